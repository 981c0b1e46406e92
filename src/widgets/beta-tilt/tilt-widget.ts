// The β-tilt example's behaviour. Nothing trains: every accepted change of a control recomputes the
// engine's klTilt for the new settings and redraws (LiveWidget). Settings live in the URL (?tilt.beta=…&
// tilt.prompt=…&tilt.reference=…); a link with a value out of range is brought into range with a note.
import { pageLocale } from '../../i18n/locales';
import { klTilt, TILT_REFERENCES, type TiltResult } from '../../lib/algorithms/trainers/bandit-tilt';
import { CANDIDATES, replyText } from '../../lib/world';
import { fillCells, formatNumber, setText } from '../shell/dom';
import { LiveWidget } from '../shell/live-widget';
import { PROMPT_TEXT } from '../shell/world-strings';
import { BETA_GRID, isReference, TILT_DEFAULTS, TILT_RANGES, tiltFields, type TiltState } from './options';
import { TILT_STRINGS, type TiltStrings } from './strings';

export class TiltWidget extends LiveWidget<TiltState> {
  private result: TiltResult | undefined;
  private readonly lang = pageLocale();
  private readonly S: TiltStrings = TILT_STRINGS[this.lang];

  constructor(root: HTMLElement) {
    super(root, 'tilt', TILT_DEFAULTS, tiltFields(pageLocale()));
  }

  private reference() {
    return TILT_REFERENCES[isReference(this.state.reference) ? this.state.reference : 'skewed'];
  }

  protected update(): string {
    this.result = klTilt(this.state.prompt, this.reference(), this.state.beta);
    this.render();
    return this.S.shown(this.state.beta, this.result.kl, this.result.optimumReward);
  }

  private render() {
    const r = this.result!;
    const p = this.state.prompt;
    setText(this.root, 'betaValue', formatNumber(this.state.beta, 2));
    setText(this.root, 'caption', this.S.tableCaption(PROMPT_TEXT[this.lang][p]));
    CANDIDATES[p].forEach((c, k) => setText(this.root, `reply${k}`, `“${replyText(c)}”`));
    fillCells(this.root, {
      ...Object.fromEntries(r.rewards.map((v, k) => [`reward${k}`, v])),
      ...Object.fromEntries(r.reference.map((v, k) => [`ref${k}`, v])),
      ...Object.fromEntries(r.weights.map((v, k) => [`weight${k}`, v])),
      ...Object.fromEntries(r.optimum.map((v, k) => [`opt${k}`, v])),
      z: r.z,
      refReward: r.referenceReward,
      optReward: r.optimumReward,
      kl: r.kl,
      objective: r.objective,
      betaLogZ: r.betaLogZ,
    });
    setText(this.root, 'sentence', this.S.shown(this.state.beta, r.kl, r.optimumReward));
    this.drawBars(r);
    this.drawCurve();
  }

  private drawBars(r: TiltResult) {
    const el = this.chart('bars');
    const base = 130;
    const h = 110;
    el('line', { x1: 20, y1: base, x2: 312, y2: base, class: 'chart-axis' });
    el('text', { x: 16, y: base - h + 8, 'text-anchor': 'end', class: 'chart-label' }, '1');
    el('text', { x: 16, y: base, 'text-anchor': 'end', class: 'chart-label' }, '0');
    CANDIDATES[this.state.prompt].forEach((c, k) => {
      const x = 28 + k * 72;
      el('rect', { x, y: base - h * r.reference[k], width: 26, height: h * r.reference[k], fill: '#8a8a8a' });
      el('rect', { x: x + 28, y: base - h * r.optimum[k], width: 26, height: h * r.optimum[k], fill: '#2f6fbd' });
      el('text', { x: x + 27, y: base + 14, 'text-anchor': 'middle', class: 'chart-label' }, replyText(c));
      el(
        'text',
        { x: x + 41, y: base - h * r.optimum[k] - 3, 'text-anchor': 'middle', class: 'chart-label' },
        formatNumber(r.optimum[k], 2),
      );
    });
  }

  /** E_π*[r] and KL over the β grid on a log axis; both share the vertical axis (rewards and nats are
   * comparable here). */
  private drawCurve() {
    const el = this.chart('curve');
    const ref = this.reference();
    const points = BETA_GRID.map((b) => klTilt(this.state.prompt, ref, b));
    const values = points.flatMap((p) => [p.optimumReward, p.kl]);
    const lo = Math.min(0, ...values);
    const hi = Math.max(...values);
    const pad = { l: 36, r: 8, t: 8, b: 24 };
    const { min, max } = TILT_RANGES.beta;
    const x = (b: number) => pad.l + (Math.log(b / min) / Math.log(max / min)) * (320 - pad.l - pad.r);
    const y = (v: number) => pad.t + (1 - (v - lo) / (hi - lo || 1)) * (160 - pad.t - pad.b);
    el('line', { x1: pad.l, y1: 160 - pad.b, x2: 320 - pad.r, y2: 160 - pad.b, class: 'chart-axis' });
    el('line', { x1: pad.l, y1: pad.t, x2: pad.l, y2: 160 - pad.b, class: 'chart-axis' });
    if (lo < 0) el('line', { x1: pad.l, y1: y(0), x2: 320 - pad.r, y2: y(0), class: 'chart-zero' });
    el('text', { x: pad.l - 4, y: pad.t + 8, 'text-anchor': 'end', class: 'chart-label' }, formatNumber(hi, 1));
    el('text', { x: pad.l - 4, y: 160 - pad.b, 'text-anchor': 'end', class: 'chart-label' }, formatNumber(lo, 1));
    el('text', { x: pad.l, y: 156, class: 'chart-label' }, formatNumber(min, 2));
    el('text', { x: 320 - pad.r, y: 156, 'text-anchor': 'end', class: 'chart-label' }, formatNumber(max, 0));
    el('text', { x: 178, y: 156, 'text-anchor': 'middle', class: 'chart-label' }, this.S.curveAxis);
    const line = (pick: (p: TiltResult) => number, color: string, dash?: string) =>
      el('polyline', {
        points: points.map((p, i) => `${x(BETA_GRID[i]).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' '),
        fill: 'none',
        stroke: color,
        'stroke-width': 2,
        ...(dash ? { 'stroke-dasharray': dash } : {}),
      });
    line((p) => p.optimumReward, '#2e7d32');
    line((p) => p.kl, '#8a4b08', '4 3');
    const bx = x(this.state.beta);
    el('line', {
      x1: bx,
      y1: pad.t,
      x2: bx,
      y2: 160 - pad.b,
      stroke: 'currentColor',
      'stroke-width': 1,
      'stroke-dasharray': '2 2',
    });
    el('circle', { cx: bx, cy: y(this.result!.optimumReward), r: 3.5, fill: '#2e7d32' });
    el('circle', { cx: bx, cy: y(this.result!.kl), r: 3.5, fill: '#8a4b08' });
  }
}
