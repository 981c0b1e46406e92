// The point-wise example's behaviour: builds the engine's point-wise trainer from the URL state (or the
// reader's demonstrations), steps it, and writes the step's samples — score, verdict, δ — and the
// policy's exact utility and KL into the page. Every number comes from the trainer's record.
import {
  createPointwiseTrainer,
  validateDemos,
  type PointwiseMethod,
  type PolicyRecord,
  type Sample,
  type StepSample,
} from '../../lib';
import { fillCells, setNumber, setText } from '../shell/dom';
import { drawChart } from '../shell/svg-chart';
import { TrainingWidget, type Invalid, type Parsed } from '../shell/training-widget';
import {
  POINTWISE_DEFAULTS,
  POINTWISE_FIELDS,
  POINTWISE_METHODS,
  pointwiseMethod,
  pointwiseOptions,
  USES_N,
  type PointwiseState,
} from './options';
import { POINTWISE_STRINGS } from './strings';

export class PointwiseWidget extends TrainingWidget<PointwiseState, Sample[]> {
  private trainer: ReturnType<typeof createPointwiseTrainer> | undefined;
  private history: PolicyRecord[] = [];
  private readonly t = POINTWISE_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'pointwise', POINTWISE_DEFAULTS, POINTWISE_FIELDS);
  }

  protected setup() {
    this.trainer?.dispose();
    this.trainer = createPointwiseTrainer(pointwiseOptions(this.state, this.userData));
    this.history = [];
    const method = pointwiseMethod(this.state);
    const n = this.q<HTMLInputElement>('[data-param="n"]');
    if (n) n.disabled = !USES_N[method];
    const T = this.t;
    const name = POINTWISE_METHODS[method];
    setText(this.root, 'nNote', USES_N[method] ? T.nUsed(name) : T.nNotUsed(name));
    setText(this.root, 'rule', T.rule[method]);
    const source =
      method === 'sft'
        ? this.userData
          ? T.source.yours
          : T.source.builtIn
        : method === 'remax'
          ? T.source.one
          : T.source.n;
    setText(this.root, 'source', this.userData && method !== 'sft' ? T.source.yoursSftOnly(source) : source);
  }

  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    const name = POINTWISE_METHODS[pointwiseMethod(this.state)];
    return this.t.stepped(name, r.loss.toFixed(3), r.utility.toFixed(3), r.kl.toFixed(3));
  }

  protected latest() {
    return this.history.at(-1);
  }

  protected render() {
    const t = this.trainer!;
    const r = this.history.at(-1);
    if (r) {
      fillCells(this.root, { loss: r.loss, utility: r.utility, kl: r.kl });
      this.renderSamples(r.samples);
    } else {
      // Step 0: the reference policy, before any update.
      fillCells(this.root, { utility: t.initial.utility, kl: t.initial.kl });
      const loss = this.q('[data-cell="loss"]');
      if (loss) {
        loss.textContent = '—';
        delete loss.dataset.value;
      }
      const body = this.q('[data-samples]')!;
      body.replaceChildren(this.row([[this.t.noStep, '']], 'pointwise-empty', 7));
    }
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    drawChart(
      svg('utility'),
      [{ name: 'utility', values: [t.initial.utility, ...this.history.map((h) => h.utility)], tone: 4 }],
      { firstStep: 0, yLabel: this.t.chart.utilityAxis },
    );
    drawChart(svg('kl'), [{ name: 'kl', values: [t.initial.kl, ...this.history.map((h) => h.kl)], tone: 3 }], {
      firstStep: 0,
      yLabel: this.t.chart.klAxis,
    });
  }

  private row(cells: Array<[string, string]>, className = '', colspan = 0): HTMLTableRowElement {
    const tr = document.createElement('tr');
    if (className) tr.className = className;
    for (const [text, cls] of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      if (cls) td.className = cls;
      if (colspan) td.colSpan = colspan;
      tr.append(td);
    }
    return tr;
  }

  private renderSamples(samples: StepSample[]) {
    const body = this.q('[data-samples]')!;
    const rows = samples.map((s, i) => {
      const T = this.t;
      const effect = s.delta > 0 ? T.effect.up : s.delta < 0 ? T.effect.down : T.effect.ignored;
      const kept = s.kept === undefined ? '—' : s.kept ? T.kept : T.dropped;
      const tr = this.row(
        [
          [this.shell.promptNames[s.prompt], 'prompt'],
          [this.shell.quote(s.reply), 'reply'],
          ['—', 'num'],
          ['—', 'num'],
          [kept, 'kept'],
          ['', 'num'],
          [effect, 'effect'],
        ],
        s.delta > 0 ? 'up' : s.delta < 0 ? 'down' : 'dropped',
      );
      tr.dataset.sample = String(i);
      const reply = document.createElement('span');
      reply.className = 'pointwise-reply';
      reply.textContent = this.shell.quote(s.reply);
      tr.cells[1].replaceChildren(reply);
      const [, , score, baseline, , delta] = tr.cells;
      if (s.score !== undefined) {
        score.dataset.cell = `score${i}`;
        setNumber(score, s.score);
      }
      if (s.baseline !== undefined) {
        baseline.dataset.cell = `baseline${i}`;
        setNumber(baseline, s.baseline);
        // The greedy reply ȳ whose reward is the baseline, under the sampled reply.
        const greedy = document.createElement('span');
        greedy.className = 'pointwise-greedy';
        greedy.textContent = T.greedy(this.shell.quote(s.greedy ?? ''));
        tr.cells[1].append(greedy);
      }
      delta.dataset.cell = `delta${i}`;
      setNumber(delta, s.delta);
      return tr;
    });
    body.replaceChildren(...rows);
  }

  /** Validates the reader's demonstrations; when they are good, the method switches to SFT, which uses them. */
  protected parseData(text: string): Parsed<Sample[]> | Invalid {
    const result = validateDemos(text);
    if (!result.ok) return result;
    if (this.state.method !== 'sft') {
      this.state.method = 'sft';
      const select = this.q<HTMLSelectElement>('[data-param="method"]');
      if (select) select.value = 'sft';
    }
    return { ok: true, data: result.value };
  }
}
