// The DPO example's behaviour: builds the engine's bandit pair trainer from the URL state (or the
// reader's pairs), steps it, and writes every number of the record into the page.
import { CANDIDATES, createBanditPairTrainer, replyText, validatePairs, type BanditPairRecord } from '../../lib';
import { fillCells, setText } from '../shell/dom';
import { drawChart } from '../shell/svg-chart';
import { TrainingWidget, type Invalid, type Parsed } from '../shell/training-widget';
import { DPO_DEFAULTS, DPO_FIELDS, dpoOptions, type DpoState } from './options';
import { DPO_STRINGS } from './strings';

type Pairs = Array<{ prompt: number; chosen: number; rejected: number }>;

export class DpoWidget extends TrainingWidget<DpoState, Pairs> {
  private trainer: ReturnType<typeof createBanditPairTrainer> | undefined;
  private history: BanditPairRecord[] = [];
  private readonly t = DPO_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'dpo', DPO_DEFAULTS, DPO_FIELDS);
  }

  protected setup() {
    this.trainer?.dispose();
    this.trainer = createBanditPairTrainer(dpoOptions(this.state, this.userData));
    this.history = [];
  }

  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    const name = this.t.method[this.state.method] ?? this.t.method.dpo;
    return this.t.stepped(name, r.loss.toFixed(3), (r.accuracy * 100).toFixed(0), r.tvToOptimum.toFixed(3));
  }

  protected latest() {
    return this.history.at(-1);
  }

  protected render() {
    const r = this.history.at(-1);
    if (!r) {
      // Step 0: the reference and the optimum are known before any training.
      const t = this.trainer!;
      const ref = t.policy.distribution(0);
      fillCells(
        this.root,
        Object.fromEntries([
          ...ref.map((v, k) => [`ref${k}`, v]),
          ...ref.map((v, k) => [`policy${k}`, v]),
          ...t.optimum[0].map((v, k) => [`optimum${k}`, v]),
        ]),
      );
      this.drawCharts();
      return;
    }
    const p = r.pair;
    const W = this.shell;
    setText(this.root, 'prompt', W.quote(W.prompts[p.prompt]));
    setText(this.root, 'chosen', W.quote(replyText(CANDIDATES[p.prompt][p.chosen])));
    setText(this.root, 'rejected', W.quote(replyText(CANDIDATES[p.prompt][p.rejected])));
    fillCells(this.root, {
      logRatioChosen: p.logRatioChosen,
      logRatioRejected: p.logRatioRejected,
      h: p.h,
      betaH: p.betaH,
      sigmoidBetaH: p.sigmoidBetaH,
      pairLoss: p.loss,
      weight: p.weight,
      loss: r.loss,
      accuracy: r.accuracy,
      tv: r.tvToOptimum,
      ...Object.fromEntries(r.reference[0].map((v, k) => [`ref${k}`, v])),
      ...Object.fromEntries(r.policy[0].map((v, k) => [`policy${k}`, v])),
      ...Object.fromEntries(r.optimum[0].map((v, k) => [`optimum${k}`, v])),
    });
    fillCells(this.root, { batchSize: r.batchSize }, 0);
    this.drawCharts();
  }

  private drawCharts() {
    const h = this.history;
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    const C = this.t.chart;
    drawChart(
      svg('logps'),
      [
        { name: 'chosen', values: h.map((r) => r.meanChosenLogp), tone: 1 },
        { name: 'rejected', values: h.map((r) => r.meanRejectedLogp), tone: 2, dash: true },
      ],
      { yLabel: C.logpsAxis },
    );
    drawChart(svg('margin'), [{ name: 'margin', values: h.map((r) => r.meanMargin), tone: 3 }], {
      yLabel: C.marginAxis,
    });
    drawChart(svg('accuracy'), [{ name: 'accuracy', values: h.map((r) => r.accuracy), tone: 4 }], {
      yLabel: C.accuracyAxis,
    });
  }

  protected parseData(text: string): Parsed<Pairs> | Invalid {
    const result = validatePairs(text, { candidatesOnly: true });
    if (!result.ok) return result;
    const index = (prompt: number, reply: number[]) =>
      CANDIDATES[prompt].findIndex((c) => replyText(c) === replyText(reply));
    const data = result.value.map((p) => ({
      prompt: p.prompt,
      chosen: index(p.prompt, p.chosen),
      rejected: index(p.prompt, p.rejected),
    }));
    return { ok: true, data };
  }
}
