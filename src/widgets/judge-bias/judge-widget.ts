// The labeller example's behaviour. Nothing trains: each accepted change recomputes the exact label
// probabilities (feedback/bias.ts) and writes them into the tables (LiveWidget). Settings live in the
// URL (?judge.…); the shell checks fields and links.
import { pageLocale } from '../../i18n/locales';
import { biasSummary, candidatePairs } from '../../lib/feedback/bias';
import { CANDIDATES, replyText } from '../../lib/world';
import { fillCells, setText } from '../shell/dom';
import { LiveWidget } from '../shell/live-widget';
import { PROMPT_TEXT } from '../shell/world-strings';
import { JUDGE_DEFAULTS, judgeBias, judgeFields, type JudgeState } from './options';
import { JUDGE_STRINGS } from './strings';

export class JudgeWidget extends LiveWidget<JudgeState> {
  private readonly lang = pageLocale();
  private readonly S = JUDGE_STRINGS[this.lang];

  constructor(root: HTMLElement) {
    super(root, 'judge', JUDGE_DEFAULTS, judgeFields(pageLocale()));
  }

  protected update(): string {
    const state = this.state;
    const pairs = candidatePairs(state.prompt, state.humanNoise, judgeBias(state));
    const summary = biasSummary(state.humanNoise, judgeBias(state));
    const c = CANDIDATES[state.prompt];
    setText(this.root, 'caption', this.S.tableCaption(PROMPT_TEXT[this.lang][state.prompt]));
    pairs.forEach((q, i) => {
      setText(this.root, `pair${i}`, this.S.pairName(replyText(c[q.a]), replyText(c[q.b])));
      fillCells(this.root, {
        [`ua${i}`]: q.ua,
        [`ub${i}`]: q.ub,
        [`human${i}`]: q.human,
        [`first${i}`]: q.judgeAFirst,
        [`second${i}`]: q.judgeASecond,
      });
    });
    fillCells(this.root, { ...summary });
    const sentence = this.S.shown(summary.humanAgreement, summary.judgeAgreement);
    setText(this.root, 'sentence', sentence);
    return sentence;
  }
}
