// The lab in the page: builds the engine's composed trainer from the URL state, names the combination
// from the recipes the page carries (LabExample.astro, from content/data/recipes.json) or explains why it
// cannot run, trains, pins a run for comparison and sweeps β for the reward–KL frontier.
import {
  checkComposition,
  composeTrainer,
  nameRecipe,
  trainRewardScorer,
  type LabAlgorithm,
  type LabRecord,
  type Recipe,
  type Scorer,
} from '../../lib';
import { url } from '../../site/base';
import { fillCells, setText } from '../shell/dom';
import { inRange, type FieldSpec } from '../shell/fields';
import { drawChart, type Series } from '../shell/svg-chart';
import { hasNonFinite, TrainingWidget } from '../shell/training-widget';
import { drawFrontier, type FrontierPoint } from './frontier';
import { algorithmNeeds, fieldApplies, nearestValid, type LabParam, type LabSelector } from './guidance';
import { labBetaField, labChoice, LAB_DEFAULTS, LAB_FIELDS, type LabState } from './options';
import { RANKING_STRINGS } from '../ranking/strings';
import { LAB_STRINGS } from './strings';
import { compositionText, distributionRows, exampleView } from './view';

const pause = () => new Promise<void>((r) => setTimeout(r, 0));

export class LabWidget extends TrainingWidget<LabState> {
  private trainer: ReturnType<typeof composeTrainer> | undefined;
  private history: LabRecord[] = [];
  private pinned: LabRecord[] | undefined;
  private scorers = new Map<string, Scorer>();
  private why: string | undefined;
  private readonly t = LAB_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'lab', LAB_DEFAULTS, LAB_FIELDS);
    this.q('[data-control="pin"]')?.addEventListener('click', () => this.pin());
    this.q('[data-control="sweep"]')?.addEventListener('click', () => void this.sweep());
    // The nearest-valid button is rebuilt with the body at every reset, so its click is caught here.
    this.root.addEventListener('click', (e) => {
      if ((e.target as Element).closest?.('[data-control="nearest"]')) void this.useNearest();
    });
  }

  /** Switches the fewest selectors that make the combination trainable, then focuses the first one changed. */
  private async useNearest() {
    const near = nearestValid(this.state);
    if (!near) return;
    this.state = { ...this.state, ...near.changes };
    this.syncInputsFromState();
    await this.reset();
    this.announce(this.t.settingsNowValid(this.q('[data-text="recipe"]')?.textContent ?? ''));
    this.q<HTMLElement>(`[data-param="${near.keys[0]}"]`)?.focus();
  }

  /** The reader's name for a selector's value: the option's own text (the checkbox: on/off). */
  private choiceText(key: LabSelector, value: unknown): string {
    const L = this.t;
    if (key === 'reference') return `${L.selector.reference} ${value ? L.referenceOn : L.referenceOff}`;
    const option = this.q<HTMLSelectElement>(`select[data-param="${key}"]`)?.querySelector(`option[value="${value}"]`);
    return L.choice(L.selector[key], option?.textContent?.trim() ?? String(value));
  }

  /** What the chosen algorithm needs, which fields apply, and (when blocked) the nearest valid combination. */
  private guide() {
    const a = this.state.algorithm as LabAlgorithm;
    const T = this.t;
    const title = T.algorithmTitle[a] ?? T.algorithmName[a] ?? a;
    setText(
      this.root,
      'needs',
      T.needs(
        title,
        algorithmNeeds(a).map((n) => T.need[n]),
      ),
    );
    const short = a.toUpperCase();
    for (const key of ['beta', 'n', 'noise', 'positionBias', 'verbosityBias', 'rmPairs'] as LabParam[]) {
      const input = this.q<HTMLInputElement>(`input[data-param="${key}"]`);
      const note = this.q<HTMLElement>(`[data-na="${key}"]`);
      if (!input || !note) continue;
      const applies = fieldApplies(key, this.state);
      const na = T.notApplies[key];
      const why = typeof na === 'function' ? na(short) : na;
      const described = (input.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter((id) => id && id !== note.id);
      input.disabled = !applies;
      note.hidden = applies;
      note.textContent = applies ? '' : why;
      if (applies) input.removeAttribute('title');
      else input.title = why;
      const ids = applies ? described : [...described, note.id];
      if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
      else input.removeAttribute('aria-describedby');
    }
    const box = this.q<HTMLElement>('[data-suggest]');
    if (!box) return;
    box.replaceChildren();
    const near = this.why ? nearestValid(this.state) : undefined;
    box.hidden = !near;
    if (!near) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.control = 'nearest';
    button.textContent = T.useInstead(near.keys.map((k) => this.choiceText(k, near.changes[k])));
    box.append(button);
  }

  protected fieldSpec(key: string, state: LabState = this.state): FieldSpec | undefined {
    return key === 'beta' ? labBetaField(String(state.algorithm)) : LAB_FIELDS[key];
  }

  private rmKey() {
    return `${this.state.seed}/${this.state.rmPairs}`;
  }

  protected async prepare() {
    const needsRm = ['reward-model', 'pairwise-scorer'].includes(this.state.feedback);
    if (!needsRm || this.scorers.has(this.rmKey())) return;
    this.announce(this.t.trainingRewardModel);
    this.scorers.set(this.rmKey(), await trainRewardScorer(this.state.seed, 100, pause, this.state.rmPairs));
  }

  protected blocked() {
    return this.why;
  }

  /** β = 0 chosen for PPO stays when the algorithm changes to one that needs β > 0: say so at β. */
  private checkBeta(): string | undefined {
    const spec = labBetaField(this.state.algorithm);
    const input = this.q<HTMLInputElement>('input[data-param="beta"]');
    if (input) input.min = String(spec.min);
    if (inRange(spec, this.state.beta)) {
      if (input?.dataset.betaRule) {
        this.setFieldError(input, '');
        delete input.dataset.betaRule;
      }
      return undefined;
    }
    const why = this.t.betaZero(this.state.algorithm.toUpperCase());
    if (input) {
      this.setFieldError(input, why);
      input.dataset.betaRule = 'true';
    }
    return why;
  }

  protected setup() {
    this.trainer?.dispose();
    this.trainer = undefined;
    this.history = [];
    const choice = labChoice(this.state);
    const issue = checkComposition(choice);
    this.why = this.checkBeta() ?? (issue && compositionText(issue, this.t));
    const recipes = JSON.parse(this.q('script[data-recipes]')?.textContent ?? '[]') as Recipe[];
    const recipe = nameRecipe(recipes, choice);
    const name = this.q('[data-text="recipe"]');
    if (name) {
      name.replaceChildren();
      if (this.why) name.textContent = this.t.cannotTrain;
      else if (recipe) {
        const a = document.createElement('a');
        a.href = url(recipe.href);
        a.textContent = recipe.name;
        name.append(a, recipe.note ? this.t.recipeNote(recipe.note) : '');
      } else name.textContent = this.t.unnamed;
    }
    setText(this.root, 'why', this.why ? this.t.whyNot(this.why) : '');
    this.root.toggleAttribute('data-blocked', Boolean(this.why));
    this.guide();
    if (!this.why) this.trainer = composeTrainer({ ...choice, rewardModel: this.scorers.get(this.rmKey()) });
  }

  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    return this.t.stepped(r.loss.toFixed(3), r.utility.toFixed(3), r.kl.toFixed(3));
  }

  protected latest() {
    return this.history.at(-1);
  }

  protected render() {
    const r = this.history.at(-1);
    if (r) {
      const example = exampleView(r.example, this.t, RANKING_STRINGS[this.locale]);
      const dist = distributionRows(r.distribution);
      fillCells(this.root, {
        loss: r.loss,
        utility: r.utility,
        kl: r.kl,
        ...Object.fromEntries(example.rows.map((d, i) => [`delta${i}`, d.delta])),
        ...Object.fromEntries(
          dist.flatMap((d, i) => [
            [`ref${i}`, d.reference],
            [`pol${i}`, d.policy],
          ]),
        ),
      });
      setText(this.root, 'example', example.text);
      example.rows.forEach((d, i) => setText(this.root, `dl${i}`, d.label));
      dist.forEach((d, i) => setText(this.root, `dr${i}`, this.shell.quote(d.reply)));
      this.root
        .querySelectorAll<HTMLElement>('[data-delta-row]')
        .forEach((row) => (row.hidden = Number(row.dataset.deltaRow) >= example.rows.length));
      this.root
        .querySelectorAll<HTMLElement>('[data-dist-row]')
        .forEach((row) => (row.hidden = Number(row.dataset.distRow) >= dist.length));
    }
    this.drawCharts();
  }

  private drawCharts() {
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`);
    const h = this.history;
    const pinned = (f: (r: LabRecord) => number): Series[] =>
      this.pinned ? [{ name: 'pinned', values: this.pinned.map(f), tone: 6, dash: true }] : [];
    const u = svg('utility');
    if (u)
      drawChart(u, [...pinned((r) => r.utility), { name: 'utility', values: h.map((r) => r.utility), tone: 4 }], {
        yLabel: this.t.chart.utilityAxis,
      });
    const k = svg('kl');
    if (k)
      drawChart(k, [...pinned((r) => r.kl), { name: 'kl', values: h.map((r) => r.kl), tone: 3 }], {
        yLabel: this.t.chart.klAxis,
      });
    const key = h.at(-1) ? Object.keys(h.at(-1)!.watch)[0] : undefined;
    const w = svg('watch');
    if (w && key) {
      setText(this.root, 'watchName', this.t.watch[key] ?? key);
      drawChart(w, [{ name: key, values: h.map((r) => r.watch[key]), tone: 1 }]);
    }
  }

  private pin() {
    this.pinned = [...this.history];
    this.drawCharts();
    this.announce(this.t.pinned(this.history.length));
  }

  /** The reward–KL frontier: the current combination at six values of β, 60 steps each, in slices. */
  private async sweep() {
    const T = this.t;
    if (this.why) return this.announce(T.cannotSweep(this.why));
    const betas = [0.02, 0.05, 0.1, 0.2, 0.5, 1];
    const points: FrontierPoint[] = [];
    const skipped: string[] = [];
    for (const [i, beta] of betas.entries()) {
      const t = composeTrainer({ ...labChoice({ ...this.state, beta }), rewardModel: this.scorers.get(this.rmKey()) });
      let last: LabRecord | undefined;
      try {
        for (let s = 0; s < 60 && !hasNonFinite(last); s++) {
          last = t.step();
          if (s % 10 === 9) await pause();
        }
      } catch {
        last = undefined;
      }
      t.dispose();
      // A run that overflowed has no point on the frontier; the announcement says which β was left out.
      if (last && !hasNonFinite(last)) points.push({ beta, kl: last.kl, utility: last.utility });
      else skipped.push(T.sweepSkipped(beta));
      this.announce(T.sweepProgress(beta, i + 1, betas.length));
    }
    const f = this.q<SVGSVGElement>('[data-chart="frontier"]');
    if (f) {
      drawFrontier(f, points, T);
      f.dataset.points = JSON.stringify(points);
    }
    const listed = points.map((p) => T.frontierPoint(p.beta, p.kl.toFixed(2), p.utility.toFixed(2)));
    this.announce(T.frontierReady([...listed, ...skipped].join(T.listSeparator)));
  }
}
