// The REINFORCE example's behaviour: builds the engine's two-run bandit REINFORCE trainer from the URL
// state, steps it, and writes every number of the record into the page. The shell checks the number
// fields and the URL state against REINFORCE_FIELDS: a refused field names its range and the figure keeps
// its last good state; a link's value out of range is clamped to it, with a note saying so.
import {
  banditBestUtility,
  createBanditReinforce,
  type BanditReinforceRecord,
  type ReinforceRunRecord,
} from '../../lib/algorithms/trainers/bandit-reinforce';
import { fillCells, formatNumber, setText } from '../shell/dom';
import { drawChart } from '../shell/svg-chart';
import { engineMessage } from '../shell/engine-messages';
import { TrainingWidget } from '../shell/training-widget';
import { REINFORCE_DEFAULTS, REINFORCE_FIELDS, reinforceOptions, type ReinforceState } from './options';
import { REINFORCE_STRINGS } from './strings';

const NS = 'http://www.w3.org/2000/svg';
const COLORS = { none: '#c0392b', value: '#2f6fbd' };
/** The chart palette's tones (book.css) for the two estimators: red without a baseline, blue with one. */
const TONES = { none: 2, value: 1 };
type Summary = Pick<ReinforceRunRecord, 'expectedUtility' | 'gradVariance' | 'policy'>;

export class ReinforceWidget extends TrainingWidget<ReinforceState> {
  private trainer: ReturnType<typeof createBanditReinforce> | undefined;
  private history: BanditReinforceRecord[] = [];
  private start0: Record<'none' | 'value', Summary> | undefined;
  private failure: string | undefined;
  private readonly t = REINFORCE_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'reinforce', REINFORCE_DEFAULTS, REINFORCE_FIELDS);
  }

  protected setup() {
    this.trainer?.dispose();
    this.failure = undefined;
    this.trainer = createBanditReinforce(reinforceOptions(this.state));
    this.history = [];
    this.start0 = this.trainer.initial();
  }

  protected latest() {
    return this.history.at(-1);
  }

  protected blocked() {
    return this.failure;
  }

  protected advance(): string {
    try {
      const r = this.trainer!.step();
      this.history.push(r);
      return this.t.stepMessage(r.none.stdDelta, r.value.stdDelta, r.none.expectedUtility, r.value.expectedUtility);
    } catch (error) {
      this.failure = engineMessage(error, this.locale);
      return this.t.failed(this.failure);
    }
  }

  protected render() {
    const last = this.history.at(-1);
    const none: Summary = last?.none ?? this.start0!.none;
    const value: Summary = last?.value ?? this.start0!.value;
    fillCells(this.root, {
      utilityNone: none.expectedUtility,
      utilityValue: value.expectedUtility,
      varNone: none.gradVariance,
      varValue: value.gradVariance,
      bestNone: none.policy[0][0],
      bestValue: value.policy[0][0],
    });
    if (last) {
      fillCells(this.root, {
        meanNone: last.none.meanDelta,
        meanValue: last.value.meanDelta,
        stdNone: last.none.stdDelta,
        stdValue: last.value.stdDelta,
      });
    } else {
      for (const key of ['meanNone', 'meanValue', 'stdNone', 'stdValue']) {
        this.root.querySelectorAll<HTMLElement>(`[data-cell="${key}"]`).forEach((el) => {
          el.textContent = '—';
          delete el.dataset.value;
        });
      }
    }
    setText(this.root, 'ceiling', this.t.ceiling(banditBestUtility()));
    this.drawStrip(last);
    this.drawCharts();
  }

  /** One row of dots per estimator on a shared δ axis; 0 is marked, so the centring by V(x) is visible. */
  private drawStrip(last: BanditReinforceRecord | undefined) {
    const svg = this.q<SVGSVGElement>('[data-chart="strip"]')!;
    svg.replaceChildren();
    const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
      const node = document.createElementNS(NS, name);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      svg.append(node);
    };
    if (!last) {
      setText(this.root, 'stripCaption', this.t.stripEmpty);
      svg.setAttribute('aria-label', this.t.stripLabel(0));
      return;
    }
    const all = [...last.none.samples, ...last.value.samples].map((s) => s.delta);
    const lo = Math.min(0, ...all);
    const hi = Math.max(0, ...all);
    const span = hi - lo < 1e-9 ? 1 : hi - lo;
    const left = 92;
    const right = 312;
    const x = (d: number) => left + ((d - lo) / span) * (right - left);
    el('line', { x1: x(0), y1: 8, x2: x(0), y2: 80, class: 'chart-zero' });
    el('text', { x: left, y: 92, 'text-anchor': 'start', class: 'chart-label' }, `δ ${formatNumber(lo, 2)}`);
    el('text', { x: right, y: 92, 'text-anchor': 'end', class: 'chart-label' }, formatNumber(hi, 2));
    el('text', { x: x(0), y: 92, 'text-anchor': 'middle', class: 'chart-label' }, '0');
    (['none', 'value'] as const).forEach((kind, row) => {
      const y = 26 + row * 34;
      el('text', { x: 4, y: y + 3, class: 'chart-label' }, kind === 'none' ? this.t.stripNone : this.t.stripValue);
      el('line', { x1: left, y1: y, x2: right, y2: y, class: 'chart-axis' });
      for (const s of last[kind].samples)
        el('circle', { cx: x(s.delta).toFixed(1), cy: y, r: 3.5, fill: COLORS[kind], 'fill-opacity': 0.45 });
    });
    const n = last.none.samples.length;
    svg.setAttribute('aria-label', this.t.stripLabel(n));
    setText(
      this.root,
      'stripCaption',
      `${this.t.stripLabel(n)}. ${this.t.rowStd}: ${formatNumber(last.none.stdDelta)} (${this.t.stripNone}), ` +
        `${formatNumber(last.value.stdDelta)} (${this.t.stripValue}).`,
    );
  }

  private drawCharts() {
    const h = this.history;
    const s0 = this.start0!;
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    const curve = (pick: (r: Summary) => number) =>
      (['none', 'value'] as const).map((kind) => ({
        name: kind,
        values: [pick(s0[kind]), ...h.map((r) => pick(r[kind]))],
        tone: TONES[kind],
        dash: kind === 'value',
      }));
    drawChart(
      svg('utility'),
      curve((r) => r.expectedUtility),
      { firstStep: 0 },
    );
    drawChart(
      svg('std'),
      (['none', 'value'] as const).map((kind) => ({
        name: kind,
        values: h.map((r) => r[kind].stdDelta),
        tone: TONES[kind],
        dash: kind === 'value',
      })),
    );
    drawChart(
      svg('var'),
      curve((r) => r.gradVariance),
      { firstStep: 0 },
    );
  }
}
