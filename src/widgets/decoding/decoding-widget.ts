// The decoding example's behaviour. Nothing trains: each accepted change recomputes the engine's exact
// reply distribution and best-of-N pair statistics for the settings, and draws one data set from them.
// Settings live in the URL (?decoding.…); a value out of range is refused with a message naming the
// range, the field is marked aria-invalid, and the figure keeps its last good settings.
import { baseLogits, bestOfNPairs, drawPair, replyDistribution } from '../../lib/data/decoding';
import { createRng } from '../../lib/random';
import { fillCells, setNumber, setText } from '../shell/dom';
import type { WidgetStats } from '../shell/training-widget';
import { readState, stateUrl, writeState } from '../shell/url-state';
import { checkNumber } from '../fields/check';
import {
  BASE_SCALE,
  checkDecodingState,
  DECODING_DEFAULTS,
  DECODING_RANGES,
  decodingOptions,
  drawSeed,
  TOP_ROWS,
  type DecodingKey,
  type DecodingState,
} from './options';
import { S } from './strings';

const PREFIX = 'decoding';

export class DecodingWidget {
  readonly stats: WidgetStats = { steps: 0, totalStepMs: 0, longestTaskMs: 0 };
  private state: DecodingState;

  constructor(readonly root: HTMLElement) {
    this.state = readState(PREFIX, DECODING_DEFAULTS);
  }

  private q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  private inputs() {
    return [...this.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')];
  }

  private announce(message: string) {
    const live = this.q('[data-status]');
    if (live) live.textContent = message;
  }

  private showError(message: string) {
    const error = this.q('[data-input-error]');
    if (error) error.textContent = message;
  }

  start() {
    this.stats.visibleAt ??= performance.now();
    const problem = checkDecodingState(this.state);
    if (problem) this.state = { ...DECODING_DEFAULTS };
    for (const input of this.inputs()) {
      input.value = String(this.state[input.dataset.param as DecodingKey]);
      input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () => this.fromField(input));
    }
    this.q('[data-control="draw"]')?.addEventListener('click', () =>
      this.run({ ...this.state, draw: (this.state.draw + 1) % (DECODING_RANGES.draw.max + 1) }),
    );
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.run(this.state);
    if (problem) this.showError(S.linkRefused(problem[1]));
    this.root.dataset.ready = 'true';
  }

  private fromField(input: HTMLInputElement | HTMLSelectElement) {
    const key = input.dataset.param as DecodingKey;
    const problem = checkNumber(input.value, DECODING_RANGES[key]);
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      this.showError(`${problem} ${S.keeps}`);
      this.announce(problem);
      return;
    }
    input.removeAttribute('aria-invalid');
    if (!this.root.querySelector('[aria-invalid="true"]')) this.showError('');
    // A new base policy or decoding rule starts again from the first draw.
    this.run({ ...this.state, [key]: Number(input.value), draw: 0 });
  }

  private run(state: DecodingState) {
    const t0 = performance.now();
    const { logits } = baseLogits(state.seed, BASE_SCALE);
    const entries = replyDistribution(logits, state.prompt, decodingOptions(state));
    const pairs = bestOfNPairs(entries, state.n);
    const drawn = drawPair(entries, state.n, createRng(drawSeed(state)));
    const ms = performance.now() - t0;
    this.stats.steps++;
    this.stats.totalStepMs += ms;
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, ms);
    this.stats.firstStepMs ??= performance.now() - (this.stats.visibleAt ?? t0);
    this.state = state;

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
    setText(this.root, 'drawnCaption', S.drawnCaption(state.n, state.draw));
    setText(this.root, 'samples', drawn.samples.map((s) => `“${s.text}”`).join(', '));
    setText(
      this.root,
      'pair',
      state.n === 1 ? S.onePair : drawn.tie ? S.tiePair : S.pair(drawn.chosen.text, drawn.rejected.text),
    );

    writeState(PREFIX, this.state, DECODING_DEFAULTS);
    const link = this.q('[data-state-link]');
    if (link) link.textContent = S.stateLink(stateUrl(PREFIX, this.state, DECODING_DEFAULTS));
    this.announce(S.shown(entries.length, pairs.expectedChosen, pairs.expectedRejected));
  }

  private async copyLink() {
    const url = stateUrl(PREFIX, this.state, DECODING_DEFAULTS);
    try {
      await navigator.clipboard.writeText(url);
      this.announce(S.copied);
    } catch {
      this.announce(S.copyFailed(url));
    }
  }
}
