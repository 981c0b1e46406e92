// RLHF stage 2 in the page: the engine's PPO trainer against the stage-1 reward model (or the hidden
// utility), with the per-token table of one sampled reply.
import { createPpoTrainer, trainRewardScorer, type PpoRecord, type Scorer } from '../../lib';
import { fillCells, setText } from '../shell/dom';
import { drawChart } from '../shell/svg-chart';
import { TrainingWidget } from '../shell/training-widget';
import { PPO_DEFAULTS, PPO_FIELDS, ppoOptions, type PpoState } from './options';
import { RLHF_STRINGS } from './strings';

export class PpoWidget extends TrainingWidget<PpoState> {
  private trainer: ReturnType<typeof createPpoTrainer> | undefined;
  private history: PpoRecord[] = [];
  private scorers = new Map<number, Scorer>();
  private readonly t = RLHF_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'ppo', PPO_DEFAULTS, PPO_FIELDS);
  }
  /** Stage 1's reward model for this seed, trained in slices so the page never freezes. */
  protected async prepare() {
    if (this.state.reward !== 'rm' || this.scorers.has(this.state.seed)) return;
    this.announce(this.t.trainingRewardModel);
    const pause = () => new Promise<void>((r) => setTimeout(r, 0));
    this.scorers.set(this.state.seed, await trainRewardScorer(this.state.seed, 100, pause));
  }

  protected setup() {
    this.trainer?.dispose();
    this.trainer = createPpoTrainer(ppoOptions(this.state, this.scorers.get(this.state.seed)));
    this.history = [];
  }
  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    return this.t.ppoStepped(r.meanScore.toFixed(3), r.utility.toFixed(3), r.kl.toFixed(3));
  }
  protected latest() {
    return this.history.at(-1);
  }
  protected render() {
    const r = this.history.at(-1);
    if (r) {
      setText(this.root, 'reply', this.shell.quote(r.sample.reply));
      setText(this.root, 'prompt', this.shell.quote(this.shell.prompts[r.sample.prompt]));
      const cells: Record<string, number> = {
        score: r.sample.score,
        loss: r.loss,
        valueLoss: r.valueLoss,
        meanScore: r.meanScore,
        utility: r.utility,
        kl: r.kl,
      };
      this.root.querySelectorAll<HTMLElement>('[data-token-row]').forEach((row) => {
        const t = Number(row.dataset.tokenRow);
        row.hidden = t >= r.sample.tokens.length;
      });
      r.sample.tokens.forEach((tok, t) => {
        setText(this.root, `token${t}`, tok.token);
        for (const [k, v] of Object.entries(tok)) if (typeof v === 'number') cells[`${k}${t}`] = v;
      });
      fillCells(this.root, cells);
    }
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    drawChart(
      svg('reward'),
      [
        { name: 'score', values: this.history.map((h) => h.meanScore), tone: 1 },
        { name: 'utility', values: this.history.map((h) => h.utility), tone: 4, dash: true },
      ],
      { yLabel: this.t.ppo.axisReward },
    );
    drawChart(svg('kl'), [{ name: 'kl', values: this.history.map((h) => h.kl), tone: 3 }], {
      yLabel: this.t.ppo.axisKl,
    });
  }
}
