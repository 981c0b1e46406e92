// The labeller example's behaviour. Nothing trains: each accepted change recomputes the exact label
// probabilities (feedback/bias.ts) and writes them into the tables. Settings live in the URL
// (?judge.…); a value out of range is refused with a message naming the range, the field is marked
// aria-invalid, and the figure keeps its last good settings.
import { biasSummary, candidatePairs } from '../../lib/feedback/bias';
import { CANDIDATES, PROMPTS, replyText } from '../../lib/world';
import { fillCells, setText } from '../shell/dom';
import type { WidgetStats } from '../shell/training-widget';
import { readState, stateUrl, writeState } from '../shell/url-state';
import { checkNumber } from '../fields/check';
import { checkJudgeState, JUDGE_DEFAULTS, JUDGE_RANGES, judgeBias, type JudgeKey, type JudgeState } from './options';
import { S } from './strings';

const PREFIX = 'judge';

export class JudgeWidget {
  readonly stats: WidgetStats = { steps: 0, totalStepMs: 0, longestTaskMs: 0 };
  private state: JudgeState;

  constructor(readonly root: HTMLElement) {
    this.state = readState(PREFIX, JUDGE_DEFAULTS);
  }

  private q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
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
    const problem = checkJudgeState(this.state);
    if (problem) this.state = { ...JUDGE_DEFAULTS };
    for (const input of this.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')) {
      input.value = String(this.state[input.dataset.param as JudgeKey]);
      input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () => this.fromField(input));
    }
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.run(this.state);
    if (problem) this.showError(S.linkRefused(problem));
    this.root.dataset.ready = 'true';
  }

  private fromField(input: HTMLInputElement | HTMLSelectElement) {
    const key = input.dataset.param as JudgeKey;
    const problem = checkNumber(input.value, JUDGE_RANGES[key]);
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      this.showError(`${problem} ${S.keeps}`);
      this.announce(problem);
      return;
    }
    input.removeAttribute('aria-invalid');
    if (!this.root.querySelector('[aria-invalid="true"]')) this.showError('');
    this.run({ ...this.state, [key]: Number(input.value) });
  }

  private run(state: JudgeState) {
    const t0 = performance.now();
    const pairs = candidatePairs(state.prompt, state.humanNoise, judgeBias(state));
    const summary = biasSummary(state.humanNoise, judgeBias(state));
    const ms = performance.now() - t0;
    this.stats.steps++;
    this.stats.totalStepMs += ms;
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, ms);
    this.stats.firstStepMs ??= performance.now() - (this.stats.visibleAt ?? t0);
    this.state = state;
    const c = CANDIDATES[state.prompt];
    setText(this.root, 'caption', S.tableCaption(PROMPTS[state.prompt].text));
    pairs.forEach((q, i) => {
      setText(this.root, `pair${i}`, `“${replyText(c[q.a])}” vs “${replyText(c[q.b])}”`);
      fillCells(this.root, {
        [`ua${i}`]: q.ua,
        [`ub${i}`]: q.ub,
        [`human${i}`]: q.human,
        [`first${i}`]: q.judgeAFirst,
        [`second${i}`]: q.judgeASecond,
      });
    });
    fillCells(this.root, { ...summary });
    setText(this.root, 'sentence', S.shown(summary.humanAgreement, summary.judgeAgreement));
    writeState(PREFIX, this.state, JUDGE_DEFAULTS);
    const link = this.q('[data-state-link]');
    if (link) link.textContent = S.stateLink(stateUrl(PREFIX, this.state, JUDGE_DEFAULTS));
    this.announce(S.shown(summary.humanAgreement, summary.judgeAgreement));
  }

  private async copyLink() {
    const url = stateUrl(PREFIX, this.state, JUDGE_DEFAULTS);
    try {
      await navigator.clipboard.writeText(url);
      this.announce(S.copied);
    } catch {
      this.announce(S.copyFailed(url));
    }
  }
}
