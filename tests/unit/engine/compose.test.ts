// The lab's binary feedback (good/bad labels for KTO and RFT) must use the trainer's random generator,
// so its noise knob changes the labels: people say "good" with probability σ(u/noise). With noise 0 the
// label is exactly u > 0; with a large noise, labels disagree with the sign of u about half the time.
import { describe, expect, it } from 'vitest';
import { composeTrainer, type LabChoice } from '../../../src/lib/algorithms';
import { parseReply, utility } from '../../../src/lib/world';

const base: LabChoice = {
  model: 'autoregressive',
  reference: true,
  data: 'off-policy',
  feedback: 'human',
  algorithm: 'kto',
  seed: 1,
  lr: 0.5,
  beta: 0.5,
  noise: 0,
  n: 6,
  positionBias: 0,
  verbosityBias: 0,
};

/** For the first step of each seed: (utility of the shown reply, whether it was labelled good). */
function labels(choice: Partial<LabChoice>): Array<[number, boolean]> {
  const out: Array<[number, boolean]> = [];
  for (let seed = 1; seed <= 6; seed++) {
    const t = composeTrainer({ ...base, ...choice, seed });
    const r = t.step();
    // KTO's example lists replies with their desirable label; RFT's lists samples with δ = 1 (kept) or 0.
    const ex = r.example;
    if (ex.kind === 'labelled')
      for (const d of ex.replies) out.push([utility(d.prompt, parseReply(d.reply) as number[]), d.desirable]);
    else if (ex.kind === 'samples')
      for (const d of ex.samples) out.push([utility(d.prompt, parseReply(d.reply) as number[]), d.delta === 1]);
    else throw new Error(`unexpected example kind ${ex.kind}`);
    t.dispose();
  }
  return out;
}
const disagreements = (xs: Array<[number, boolean]>) => xs.filter(([u, good]) => good !== u > 0).length;

describe('the lab: binary feedback follows the noise knob (KTO and RFT)', () => {
  for (const algorithm of ['kto', 'rft'] as const) {
    const data = algorithm === 'rft' ? 'on-policy' : 'off-policy';
    it(`${algorithm}: noise 0 labels by the sign of u; noise 20 flips many labels`, () => {
      const exact = labels({ algorithm, data, noise: 0 });
      expect(exact.length).toBeGreaterThan(20);
      expect(disagreements(exact)).toBe(0);
      const noisy = labels({ algorithm, data, noise: 20 });
      expect(disagreements(noisy)).toBeGreaterThan(noisy.length / 5);
    });
  }
});
