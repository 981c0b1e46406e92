// The decoding example's behaviour. Nothing trains: each accepted change recomputes the engine's exact
// reply distribution and best-of-N pair statistics for the settings, and draws one data set from them
// (LiveWidget). Settings live in the URL (?decoding.…); the shell checks fields and links.
import { pageLocale } from '../../i18n/locales';
import { baseLogits, bestOfNPairs, drawPair, replyDistribution } from '../../lib/data/decoding';
import { createRng } from '../../lib/random';
import { fillCells, setNumber, setText } from '../shell/dom';
import { LiveWidget } from '../shell/live-widget';
import {
  BASE_SCALE,
  DECODING_DEFAULTS,
  DECODING_RANGES,
  decodingFields,
  decodingOptions,
  drawSeed,
  TOP_ROWS,
  type DecodingState,
} from './options';
import { DECODING_STRINGS } from './strings';

export class DecodingWidget extends LiveWidget<DecodingState> {
  private readonly S = DECODING_STRINGS[pageLocale()];

  constructor(root: HTMLElement) {
    super(root, 'decoding', DECODING_DEFAULTS, decodingFields(pageLocale()));
  }

  start() {
    this.q('[data-control="draw"]')?.addEventListener('click', () => {
      this.state.draw = (this.state.draw + 1) % (DECODING_RANGES.draw.max + 1);
      this.refresh();
    });
    super.start();
  }

  /** A new base policy or decoding rule starts again from the first draw. */
  protected changed(_key: string) {
    this.state.draw = 0;
    this.refresh();
  }

  protected update(): string {
    const state = this.state;
    const { logits } = baseLogits(state.seed, BASE_SCALE);
    const entries = replyDistribution(logits, state.prompt, decodingOptions(state));
    const pairs = bestOfNPairs(entries, state.n);
    const drawn = drawPair(entries, state.n, createRng(drawSeed(state)));
    fillCells(this.root, {
      top10: entries.slice(0, TOP_ROWS).reduce((s, e) => s + e.p, 0),
      expSample: pairs.expectedSample,
      expChosen: pairs.expectedChosen,
      expRejected: pairs.expectedRejected,
      tie: pairs.tie,
    });
    fillCells(this.root, { support: entries.length }, 0);
    const body = this.q('[data-rows]')!;
    body.replaceChildren(
      ...entries.slice(0, TOP_ROWS).map((e, i) => {
        const tr = document.createElement('tr');
        const reply = document.createElement('td');
        reply.textContent = `“${e.text}”`;
        reply.dataset.text = `reply${i}`;
        tr.append(reply);
        for (const [key, value] of [
          ['utility', e.utility],
          ['sample', e.p],
          ['chosen', pairs.chosen[i]],
          ['rejected', pairs.rejected[i]],
        ] as const) {
          const td = document.createElement('td');
          td.className = 'num';
          td.dataset.cell = `${key}${i}`;
          setNumber(td, value);
          tr.append(td);
        }
        return tr;
      }),
    );
    const S = this.S;
    setText(this.root, 'drawnCaption', S.drawnCaption(state.n, state.draw));
    setText(this.root, 'samples', drawn.samples.map((s) => `“${s.text}”`).join(S.listSep));
    const pair = state.n === 1 ? S.onePair : drawn.tie ? S.tiePair : S.pair(drawn.chosen.text, drawn.rejected.text);
    setText(this.root, 'pair', pair);
    return S.shown(entries.length, pairs.expectedChosen, pairs.expectedRejected);
  }
}
