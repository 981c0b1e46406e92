// The lab in the page: builds the engine's composed trainer from the URL state, names the combination
// from content/data/recipes.json (or explains why it cannot run), trains, pins a run for comparison and
// sweeps β for the reward–KL frontier.
import recipes from '../../../content/data/recipes.json';
import { checkComposition, composeTrainer, nameRecipe, trainRewardScorer, type LabRecord, type Recipe, type Scorer } from '../../lib/algorithms/trainers';
import { url } from '../../site/base';
import { fillCells, setText } from '../shell/dom';
import { drawChart, type Series } from '../shell/svg-chart';
import { TrainingWidget } from '../shell/training-widget';
import { labChoice, LAB_DEFAULTS, type LabState } from './options';

const WATCH_NAMES: Record<string, string> = {
  score: 'mean score of the samples under the training reward', length: 'mean reply length (words)', margin: 'implicit reward margin',
  chosenLogp: 'log-probability of the chosen reply', agreement: 'agreement with the target ranking',
};

export class LabWidget extends TrainingWidget<LabState> {
  private trainer: ReturnType<typeof composeTrainer> | undefined;
  private history: LabRecord[] = [];
  private pinned: LabRecord[] | undefined;
  private scorers = new Map<string, Scorer>();
  private why: string | undefined;

  constructor(root: HTMLElement) {
    super(root, 'lab', LAB_DEFAULTS);
    this.q('[data-control="pin"]')?.addEventListener('click', () => this.pin());
    this.q('[data-control="sweep"]')?.addEventListener('click', () => void this.sweep());
  }

  private rmKey() {
    return `${this.state.seed}/${this.state.rmPairs}`;
  }

  protected async prepare() {
    const needsRm = ['reward-model', 'pairwise-scorer'].includes(this.state.feedback);
    if (!needsRm || this.scorers.has(this.rmKey())) return;
    this.announce('Training the reward model for this seed…');
    this.scorers.set(this.rmKey(), await trainRewardScorer(this.state.seed, 100, () => new Promise((r) => setTimeout(r, 0)), this.state.rmPairs));
  }

  protected blocked() {
    return this.why;
  }

  protected setup() {
    this.trainer?.dispose();
    this.trainer = undefined;
    this.history = [];
    const choice = labChoice(this.state);
    this.why = checkComposition(choice);
    const recipe = nameRecipe(recipes as Recipe[], choice);
    const name = this.q('[data-text="recipe"]');
    if (name) {
      name.replaceChildren();
      if (this.why) name.textContent = 'a combination this engine cannot train.';
      else if (recipe) {
        const a = document.createElement('a');
        a.href = url(recipe.href);
        a.textContent = recipe.name;
        name.append(a, recipe.note ? ` — ${recipe.note}` : '');
      } else name.textContent = 'no named method in the survey — an open cell of the taxonomy.';
    }
    setText(this.root, 'why', this.why ? `Why not: ${this.why}` : '');
    this.root.toggleAttribute('data-blocked', Boolean(this.why));
    if (!this.why) this.trainer = composeTrainer({ ...choice, rewardModel: this.scorers.get(this.rmKey()) });
  }

  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    return `loss ${r.loss.toFixed(3)}, hidden utility ${r.utility.toFixed(3)}, KL ${r.kl.toFixed(3)}.`;
  }

  protected render() {
    const r = this.history.at(-1);
    if (r) {
      fillCells(this.root, {
        loss: r.loss, utility: r.utility, kl: r.kl,
        ...Object.fromEntries(r.example.deltas.slice(0, 6).map((d, i) => [`delta${i}`, d.delta])),
        ...Object.fromEntries(r.distribution.flatMap((d, i) => [[`ref${i}`, d.reference], [`pol${i}`, d.policy]])),
      });
      setText(this.root, 'example', r.example.text);
      r.example.deltas.slice(0, 6).forEach((d, i) => setText(this.root, `dl${i}`, d.label));
      r.distribution.forEach((d, i) => setText(this.root, `dr${i}`, `“${d.reply}”`));
      this.root.querySelectorAll<HTMLElement>('[data-delta-row]').forEach((row) => (row.hidden = Number(row.dataset.deltaRow) >= r.example.deltas.length));
      this.root.querySelectorAll<HTMLElement>('[data-dist-row]').forEach((row) => (row.hidden = Number(row.dataset.distRow) >= r.distribution.length));
    }
    this.drawCharts();
  }

  private drawCharts() {
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`);
    const h = this.history;
    const pinned = (f: (r: LabRecord) => number): Series[] => (this.pinned ? [{ name: 'pinned', values: this.pinned.map(f), color: '#8a8a8a', dash: '4 3' }] : []);
    const u = svg('utility');
    if (u) drawChart(u, [...pinned((r) => r.utility), { name: 'utility', values: h.map((r) => r.utility), color: '#2e7d32' }]);
    const k = svg('kl');
    if (k) drawChart(k, [...pinned((r) => r.kl), { name: 'kl', values: h.map((r) => r.kl), color: '#8a4b08' }]);
    const key = h.at(-1) ? Object.keys(h.at(-1)!.watch)[0] : undefined;
    const w = svg('watch');
    if (w && key) {
      setText(this.root, 'watchName', WATCH_NAMES[key] ?? key);
      drawChart(w, [{ name: key, values: h.map((r) => r.watch[key]), color: '#2f6fbd' }]);
    }
  }

  private pin() {
    this.pinned = [...this.history];
    this.drawCharts();
    this.announce(`Pinned this run (${this.history.length} steps); change a component and train to compare.`);
  }

  /** The reward–KL frontier: the current combination at six values of β, 60 steps each, in slices. */
  private async sweep() {
    if (this.why) return this.announce(`Cannot sweep: ${this.why}`);
    const betas = [0.02, 0.05, 0.1, 0.2, 0.5, 1];
    const points: Array<{ beta: number; kl: number; utility: number }> = [];
    for (const beta of betas) {
      const t = composeTrainer({ ...labChoice({ ...this.state, beta }), rewardModel: this.scorers.get(this.rmKey()) });
      let last: LabRecord | undefined;
      for (let i = 0; i < 60; i++) {
        last = t.step();
        if (i % 10 === 9) await new Promise((r) => setTimeout(r, 0));
      }
      t.dispose();
      points.push({ beta, kl: last!.kl, utility: last!.utility });
      this.announce(`Sweep: β = ${beta} done (${points.length} of ${betas.length}).`);
    }
    const f = this.q<SVGSVGElement>('[data-chart="frontier"]');
    if (f) {
      // Utility against KL: the points are ordered by KL along the horizontal axis (the axis label gives
      // the KL range), one point per β.
      points.sort((a, b) => a.kl - b.kl);
      drawChart(f, [{ name: 'frontier', values: points.map((p) => p.utility), color: '#6a3d9a' }], { yLabel: `KL ${points[0].kl.toFixed(2)} → ${points.at(-1)!.kl.toFixed(2)}` });
      f.dataset.points = JSON.stringify(points);
    }
    this.announce(`Frontier ready: ${points.map((p) => `β ${p.beta}: KL ${p.kl.toFixed(2)}, utility ${p.utility.toFixed(2)}`).join('; ')}.`);
  }
}
