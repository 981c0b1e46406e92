// The lab's failure-mode presets reproduce their effect: each is run with the engine alone (no page;
// the lab e2e spec checks that the page shows this same run).
import { describe, expect, it } from 'vitest';
import { composeTrainer, trainRewardScorer, type LabRecord } from '../../../src/lib';
import { labChoice, LAB_DEFAULTS, PRESETS, type LabState } from '../../../src/widgets/lab/options';

async function run(state: Partial<LabState>, steps: number): Promise<LabRecord[]> {
  const s = { ...LAB_DEFAULTS, ...state };
  const needsRm = ['reward-model', 'pairwise-scorer'].includes(s.feedback);
  const rewardModel = needsRm ? await trainRewardScorer(s.seed, 100, undefined, s.rmPairs) : undefined;
  const t = composeTrainer({ ...labChoice(s), rewardModel });
  const out = Array.from({ length: steps }, () => t.step());
  t.dispose();
  return out;
}

const preset = (id: string) => PRESETS.find((x) => x.id === id)!.state;

describe('lab presets', () => {
  it("reward over-optimisation: the reward model's score rises while the hidden utility falls", async () => {
    const h = await run(preset('over-optimisation'), 200);
    const best = h.reduce((b, r, i) => (r.utility > h[b].utility ? i : b), 0);
    expect(h[best].utility - h[199].utility).toBeGreaterThan(0.3);
    expect(h[199].watch.score).toBeGreaterThan(h[best].watch.score);
  });

  it("a judge's verbosity bias makes replies longer and worse", async () => {
    const biased = (await run(preset('verbosity'), 60))[59];
    const fair = (await run({ ...preset('verbosity'), verbosityBias: 0 }, 60))[59];
    expect(biased.watch.length).toBeGreaterThan(fair.watch.length + 0.2);
    expect(biased.utility).toBeLessThan(fair.utility);
  });

  it('likelihood displacement: the margin grows while the chosen reply loses probability', async () => {
    const h = await run(preset('displacement'), 60);
    expect(h[59].watch.margin).toBeGreaterThan(h[0].watch.margin + 0.3);
    expect(h[59].watch.chosenLogp).toBeLessThan(h[0].watch.chosenLogp - 0.3);
  });

  it('off-policy drift: a fixed old dataset ends with larger margins and lower utility than fresh pairs', async () => {
    const offline = (await run(preset('off-policy-drift'), 80))[79];
    const online = (await run({ ...preset('off-policy-drift'), data: 'on-policy' }, 80))[79];
    expect(online.utility).toBeGreaterThan(offline.utility);
    expect(offline.watch.margin).toBeGreaterThan(online.watch.margin);
  });
});
