// The win-rate example's behaviour. Nothing trains: each accepted change recomputes, for every prompt,
// the two policies and the exact win rates of B over A by the hidden utility and by the biased judge
// (feedback/bias.ts), and writes them into the table and the bars (LiveWidget). Settings live in the URL
// (?winrate.…); the shell checks fields and links.
import { pageLocale } from '../../i18n/locales';
import { tiltedPolicy, winRate, type WinRate } from '../../lib/feedback/bias';
import { P } from '../../lib/world';
import { fillCells, formatNumber, setText } from '../shell/dom';
import { LiveWidget } from '../shell/live-widget';
import { WIN_DEFAULTS, winFields, winJudge, type WinState } from './options';
import { WIN_STRINGS } from './strings';

const FIELDS: Array<[string, keyof WinRate]> = [
  ['lenA', 'meanLengthA'],
  ['lenB', 'meanLengthB'],
  ['uA', 'utilityA'],
  ['uB', 'utilityB'],
  ['true', 'trueWinRate'],
  ['judged', 'judgedWinRate'],
];

export class WinRateWidget extends LiveWidget<WinState> {
  private readonly S = WIN_STRINGS[pageLocale()];

  constructor(root: HTMLElement) {
    super(root, 'winrate', WIN_DEFAULTS, winFields(pageLocale()));
  }

  protected update(): string {
    const state = this.state;
    const judge = winJudge(state);
    const per = [...Array(P).keys()].map((p) =>
      winRate(p, tiltedPolicy(p, state.tau, state.bonusA), tiltedPolicy(p, state.tau, state.bonusB), judge),
    );
    const cells: Record<string, number> = {};
    for (const [col, key] of FIELDS) {
      per.forEach((w, p) => (cells[`${col}${p}`] = w[key]));
      cells[`${col}Mean`] = per.reduce((s, w) => s + w[key], 0) / P;
    }
    fillCells(this.root, cells);
    this.drawBars(cells.trueMean, cells.judgedMean);
    const sentence = this.S.shown(cells.trueMean, cells.judgedMean);
    setText(this.root, 'sentence', sentence);
    return sentence;
  }

  private drawBars(truth: number, judged: number) {
    const el = this.chart('bars');
    const left = 92;
    const width = 190;
    [
      [this.S.barTrue, truth, '#2e7d32'],
      [this.S.barJudged, judged, '#8a4b08'],
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
    this.q('[data-chart="bars"]')?.setAttribute('aria-label', this.S.barsLabel(truth, judged));
  }
}
