// RLHF stage 1 in the page: the engine's reward-model trainer, stepped and drawn.
import { createRewardModelTrainer, validatePairs, type Pair, type RewardModelRecord } from '../../lib';
import { fillCells, setText } from '../shell/dom';
import { drawChart } from '../shell/svg-chart';
import { TrainingWidget, type Invalid, type Parsed } from '../shell/training-widget';
import { RM_DEFAULTS, RM_FIELDS, rewardModelOptions, type RmState } from './options';
import { RLHF_STRINGS } from './strings';

export class RewardModelWidget extends TrainingWidget<RmState, Pair[]> {
  private trainer: ReturnType<typeof createRewardModelTrainer> | undefined;
  private history: RewardModelRecord[] = [];
  private readonly t = RLHF_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'rm', RM_DEFAULTS, RM_FIELDS);
  }
  protected setup() {
    this.trainer?.dispose();
    this.trainer = createRewardModelTrainer(rewardModelOptions(this.state, this.userData));
    this.history = [];
  }
  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    return this.t.rmStepped(r.loss.toFixed(3), (r.heldOutAccuracy * 100).toFixed(0));
  }
  protected latest() {
    return this.history.at(-1);
  }
  protected render() {
    const r = this.history.at(-1);
    if (r) {
      fillCells(this.root, {
        loss: r.loss,
        trainAccuracy: r.trainAccuracy,
        heldOutAccuracy: r.heldOutAccuracy,
        ...Object.fromEntries(r.weights.map((w, i) => [`w${i}`, w.weight])),
        ...Object.fromEntries(
          r.comparison.flatMap((c, i) => [
            [`learned${i}`, c.learned],
            [`hidden${i}`, c.hidden],
          ]),
        ),
      });
      r.comparison.forEach((c, i) => {
        setText(this.root, `cp${i}`, this.shell.prompts[c.prompt]);
        setText(this.root, `cr${i}`, this.shell.quote(c.reply));
      });
    }
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    drawChart(svg('loss'), [{ name: 'loss', values: this.history.map((h) => h.loss), tone: 1 }], {
      yLabel: this.t.rm.axisLoss,
    });
    drawChart(svg('accuracy'), [{ name: 'held-out', values: this.history.map((h) => h.heldOutAccuracy), tone: 4 }], {
      yLabel: this.t.rm.axisAccuracy,
    });
  }
  protected parseData(text: string): Parsed<Pair[]> | Invalid {
    const result = validatePairs(text);
    return result.ok ? { ok: true, data: result.value } : result;
  }
}
