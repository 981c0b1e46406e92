// The point-wise example's engine surface: readers' demonstrations ({"demos": …}) are validated with a
// message naming the first problem and SFT trains on them; ReMax reports its greedy baseline; the
// trainer reports its starting point; ICDPO refuses a bad alpha.
import { describe, expect, it } from 'vitest';
import { replyPositions } from '../../../src/lib/model/policy';
import * as E from '../../../src/lib/algorithms';
import { validateDemos } from '../../../src/lib/data';
import { allReplies, parseReply, utility } from '../../../src/lib/world';

describe('validateDemos', () => {
  it('accepts demonstrations and parses their replies', () => {
    expect(validateDemos('{"demos": [{"prompt": 0, "reply": "steps here"}, {"prompt": 2, "reply": " ugh "}]}')).toEqual(
      {
        ok: true,
        value: [
          { prompt: 0, reply: [0, 1] },
          { prompt: 2, reply: [7] },
        ],
      },
    );
  });
  it('names the first problem', () => {
    const message = (text: string) => {
      const r = validateDemos(text);
      return r.ok ? 'ok' : r.message;
    };
    expect(message('{"demos": [')).toMatch(/^not valid JSON/);
    expect(message('{"pairs": []}')).toMatch(/^expected an object with a "demos" array/);
    expect(message('[]')).toMatch(/^expected an object with a "demos" array/);
    expect(message('{"demos": []}')).toBe('"demos" is empty: give at least one demonstration');
    expect(message('{"demos": [3]}')).toBe('demos[0]: must be an object with "prompt" and "reply"');
    expect(message('{"demos": [{"prompt": 0, "reply": "steps"}, {"prompt": 3, "reply": "steps"}]}')).toBe(
      'demos[1].prompt: must be a prompt index 0–2, got 3',
    );
    expect(message('{"demos": [{"prompt": 1, "reply": "helo"}]}')).toMatch(/^demos\[0\]\.reply: unknown word "helo"/);
    expect(message('{"demos": [{"prompt": 1, "reply": "steps here thanks please"}]}')).toBe(
      'demos[0].reply: a reply has at most 3 words, got 4',
    );
    expect(message('{"demos": [{"prompt": 1, "reply": ""}]}')).toBe('demos[0].reply: a reply needs at least one word');
    expect(message('{"demos": [{"prompt": 1, "reply": ["steps"]}]}')).toMatch(
      /^demos\[0\]\.reply: must be a string of words/,
    );
    expect(message(JSON.stringify({ demos: Array.from({ length: 201 }, () => ({ prompt: 0, reply: 'steps' })) }))).toBe(
      '"demos" has 201 entries; at most 200 are allowed',
    );
  });
});

describe('createPointwiseTrainer', () => {
  it('SFT trains on the given demonstrations, each with δ = 1', () => {
    const demos = [
      { prompt: 0, reply: parseReply('ugh') as number[] },
      { prompt: 1, reply: parseReply('ugh no') as number[] },
    ];
    const t = E.createPointwiseTrainer({ seed: 1, lr: 1, method: 'sft', demos });
    let rec = t.step();
    expect(rec.samples).toEqual([
      { prompt: 0, reply: 'ugh', delta: 1 },
      { prompt: 1, reply: 'ugh no', delta: 1 },
    ]);
    for (let i = 0; i < 20; i++) rec = t.step();
    // Imitating bad replies lowers the hidden utility.
    expect(rec.utility).toBeLessThan(t.initial.utility - 0.1);
    t.dispose();
  });
  it('SFT without demos uses the built-in ones; an empty list is refused', () => {
    const t = E.createPointwiseTrainer({ seed: 1, lr: 1, method: 'sft' });
    expect(t.step().samples.map((s) => s.reply)).toEqual(
      E.demonstrations().map((d) =>
        d.reply.map((w) => ['steps', 'here', 'thanks', 'please', 'maybe', 'um', 'no', 'ugh'][w]).join(' '),
      ),
    );
    t.dispose();
    expect(() => E.createPointwiseTrainer({ seed: 1, lr: 1, method: 'sft', demos: [] })).toThrow(/demos is empty/);
  });
  it('reports the starting point, and its KL after a step matches an enumeration over all replies', () => {
    const t = E.createPointwiseTrainer({ seed: 3, lr: 0.5, method: 'rft' });
    const refProbs = t.reference.probabilities();
    // The reference's expected utility, enumerated here over all 584 replies of each prompt.
    const lp = (probs: Float32Array, p: number, r: number[]) =>
      replyPositions(p, r).reduce((s, q) => s + Math.log(probs[q.ctx * 9 + q.out]), 0);
    const replies = allReplies();
    const expected =
      [0, 1, 2].reduce((a, p) => a + replies.reduce((s, r) => s + Math.exp(lp(refProbs, p, r)) * utility(p, r), 0), 0) /
      3;
    expect(t.initial.utility).toBeCloseTo(expected, 9);
    const rec = t.step();
    const now = t.policy.table.probabilities();
    const kl =
      [0, 1, 2].reduce(
        (a, p) => a + replies.reduce((s, r) => s + Math.exp(lp(now, p, r)) * (lp(now, p, r) - lp(refProbs, p, r)), 0),
        0,
      ) / 3;
    expect(kl).toBeGreaterThan(1e-4); // the step moved the policy
    expect(rec.kl).toBeCloseTo(kl, 9);
    t.dispose();
  });
  it('ReMax reports the greedy reply and its reward, and δ = score − baseline', () => {
    const t = E.createPointwiseTrainer({ seed: 2, lr: 0.5, method: 'remax' });
    for (let i = 0; i < 3; i++) {
      for (const s of t.step().samples) {
        expect(typeof s.greedy).toBe('string');
        expect(s.baseline).toBeCloseTo(utility(s.prompt, parseReply(s.greedy!) as number[]), 12);
        expect(s.score).toBeCloseTo(utility(s.prompt, parseReply(s.reply) as number[]), 12);
        expect(s.delta).toBe(s.score! - s.baseline!);
      }
    }
    t.dispose();
  });
});

describe('icdpoSelect', () => {
  it('refuses a negative or non-finite alpha', () => {
    expect(() => E.icdpoSelect({ seed: 1, alpha: -1 })).toThrow(/alpha must be a finite number ≥ 0, got -1/);
    expect(() => E.icdpoSelect({ seed: 1, alpha: Number.NaN })).toThrow(/alpha must be a finite number ≥ 0, got NaN/);
  });
  it('with alpha = 0 the demonstrations change nothing: every score is 0', () => {
    for (const r of E.icdpoSelect({ seed: 1, alpha: 0 }))
      for (const c of r.candidates) expect(c.score).toBeCloseTo(0, 9);
  });
});
