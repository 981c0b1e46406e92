// The win-rate example's behaviour. Nothing trains: each accepted change recomputes, for every prompt,
// the two policies and the exact win rates of B over A by the hidden utility and by the biased judge
// (feedback/bias.ts), and writes them into the table and the bars. Settings live in the URL
// (?winrate.…); a value out of range is refused with a message and the last good settings stay.
import { tiltedPolicy, winRate, type WinRate } from '../../lib/feedback/bias';
import { P } from '../../lib/world';
import { fillCells, formatNumber, setText } from '../shell/dom';
import type { WidgetStats } from '../shell/training-widget';
import { readState, stateUrl, writeState } from '../shell/url-state';
import { checkNumber } from '../fields/check';
import { checkWinState, WIN_DEFAULTS, WIN_RANGES, winJudge, type WinKey, type WinState } from './options';
import { S } from './strings';

const PREFIX = 'winrate';
const NS = 'http://www.w3.org/2000/svg';
const FIELDS: Array<[string, keyof WinRate]> = [
  ['lenA', 'meanLengthA'],
  ['lenB', 'meanLengthB'],
  ['uA', 'utilityA'],
  ['uB', 'utilityB'],
  ['true', 'trueWinRate'],
  ['judged', 'judgedWinRate'],
];

export class WinRateWidget {
  readonly stats: WidgetStats = { steps: 0, totalStepMs: 0, longestTaskMs: 0 };
  private state: WinState;

  constructor(readonly root: HTMLElement) {
    this.state = readState(PREFIX, WIN_DEFAULTS);
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
    const problem = checkWinState(this.state);
    if (problem) this.state = { ...WIN_DEFAULTS };
    for (const input of this.root.querySelectorAll<HTMLInputElement>('[data-param]')) {
      input.value = String(this.state[input.dataset.param as WinKey]);
      input.addEventListener('input', () => this.fromField(input));
    }
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.run(this.state);
    if (problem) this.showError(S.linkRefused(problem));
    this.root.dataset.ready = 'true';
  }

  private fromField(input: HTMLInputElement) {
    const key = input.dataset.param as WinKey;
    const problem = checkNumber(input.value, WIN_RANGES[key]);
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

  private run(state: WinState) {
    const t0 = performance.now();
    const judge = winJudge(state);
    const per = [...Array(P).keys()].map((p) =>
      winRate(p, tiltedPolicy(p, state.tau, state.bonusA), tiltedPolicy(p, state.tau, state.bonusB), judge),
    );
    const ms = performance.now() - t0;
    this.stats.steps++;
    this.stats.totalStepMs += ms;
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, ms);
    this.stats.firstStepMs ??= performance.now() - (this.stats.visibleAt ?? t0);
    this.state = state;
    const cells: Record<string, number> = {};
    for (const [col, key] of FIELDS) {
      per.forEach((w, p) => (cells[`${col}${p}`] = w[key]));
      cells[`${col}Mean`] = per.reduce((s, w) => s + w[key], 0) / P;
    }
    fillCells(this.root, cells);
    this.drawBars(cells.trueMean, cells.judgedMean);
    setText(this.root, 'sentence', S.shown(cells.trueMean, cells.judgedMean));
    writeState(PREFIX, this.state, WIN_DEFAULTS);
    const link = this.q('[data-state-link]');
    if (link) link.textContent = S.stateLink(stateUrl(PREFIX, this.state, WIN_DEFAULTS));
    this.announce(S.shown(cells.trueMean, cells.judgedMean));
  }

  private drawBars(truth: number, judged: number) {
    const svg = this.q<SVGSVGElement>('[data-chart="bars"]')!;
    svg.replaceChildren();
    const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
      const node = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      svg.append(node);
    };
    const left = 92;
    const width = 190;
    [
      [S.barTrue, truth, '#2e7d32'],
      [S.barJudged, judged, '#8a4b08'],
    ].forEach(([label, v, color], i) => {
      const y = 14 + i * 34;
      el('text', { x: 4, y: y + 13, class: 'chart-label' }, String(label));
      el('rect', { x: left, y, width: (width * Number(v)).toFixed(1), height: 18, fill: String(color) });
      el(
        'text',
        { x: left + width * Number(v) + 4, y: y + 13, class: 'chart-label' },
        `${formatNumber(Number(v) * 100, 1)} %`,
      );
    });
    el('line', { x1: left + width / 2, y1: 6, x2: left + width / 2, y2: 84, class: 'chart-zero' });
    el('text', { x: left + width / 2, y: 88, 'text-anchor': 'middle', class: 'chart-label' }, '50 %');
    svg.setAttribute('aria-label', S.barsLabel(truth, judged));
  }

  private async copyLink() {
    const url = stateUrl(PREFIX, this.state, WIN_DEFAULTS);
    try {
      await navigator.clipboard.writeText(url);
      this.announce(S.copied);
    } catch {
      this.announce(S.copyFailed(url));
    }
  }
}
