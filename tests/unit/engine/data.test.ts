// Data: the documented JSON format (src/lib/data/README.md) and its validator's messages, and the
// off-policy datasets drawn once from a fixed older policy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLists, validatePairs } from '../../../src/lib/data';
import { offPolicyData, offPolicyLists, rankReplies } from '../../../src/lib/data/off-policy';
import { AutoregressivePolicy } from '../../../src/lib/model/policy';
import { createRng } from '../../../src/lib/random';
import { replyText, utility } from '../../../src/lib/world';
import { dataMessage } from '../../../src/widgets/shell/engine-messages';

const readme = readFileSync(new URL('../../../src/lib/data/README.md', import.meta.url), 'utf8');
const pairRow = (o: Record<string, unknown>) => JSON.stringify({ pairs: [o] });

describe('the JSON format a reader can paste', () => {
  it('the README example validates, pairs and lists', () => {
    const example = readme.match(/```json\n([\s\S]*?)```/)![1];
    expect(validatePairs(example)).toMatchObject({
      ok: true,
      value: [
        { prompt: 0, chosen: [0], rejected: [4, 5] },
        { prompt: 1, chosen: [2], rejected: [6, 7] },
      ],
    });
    expect(validateLists(example)).toMatchObject({
      ok: true,
      value: [{ prompt: 2, ranking: [[1, 2], [1], [4], [6, 7]] }],
    });
  });

  const cases: Array<[string, string, { candidatesOnly?: boolean }?]> = [
    ['{"pairs": {}}', 'expected an object with a "pairs" array'],
    ['{"pairs": []}', '"pairs" is empty: give at least one pair'],
    [
      JSON.stringify({ pairs: new Array(201).fill({ prompt: 0, chosen: 'steps', rejected: 'ugh' }) }),
      '"pairs" has 201 entries; at most 200 are allowed',
    ],
    ['{"pairs": [7]}', 'pairs[0]: must be an object'],
    [pairRow({ prompt: 5, chosen: 'steps', rejected: 'ugh' }), 'pairs[0].prompt: must be a prompt index 0–2, got 5'],
    [pairRow({ prompt: 0, chosen: 3, rejected: 'ugh' }), 'pairs[0].chosen: must be a string of words, got 3'],
    [pairRow({ prompt: 0, chosen: '  ', rejected: 'ugh' }), 'pairs[0].chosen: a reply needs at least one word'],
    [
      pairRow({ prompt: 0, chosen: 'steps here thanks please', rejected: 'ugh' }),
      'pairs[0].chosen: a reply has at most 3 words, got 4',
    ],
    [
      JSON.stringify({
        pairs: [
          { prompt: 0, chosen: 'steps', rejected: 'ugh' },
          { prompt: 1, chosen: 'thanks', rejected: 'ugh' },
          { prompt: 2, chosen: 'helo', rejected: 'ugh' },
        ],
      }),
      'pairs[2].chosen: unknown word "helo" (the words are: steps, here, thanks, please, maybe, um, no, ugh)',
    ],
    [
      pairRow({ prompt: 0, chosen: 'steps here', rejected: 'ugh' }),
      'pairs[0].chosen: "steps here" is not a candidate of prompt 0 (candidates: "steps", "here please", "maybe um", "ugh")',
      { candidatesOnly: true },
    ],
    [pairRow({ prompt: 0, chosen: 'ugh', rejected: 'ugh' }), 'pairs[0]: chosen and rejected are the same reply'],
  ];
  for (const [input, message, options] of cases) {
    it(`pairs: ${message.slice(0, 60)}`, () => {
      const result = validatePairs(input, options);
      expect(result).toMatchObject({ ok: false, message });
      // The widgets write the reader's sentence from the code; in English it is the engine's message.
      expect(!result.ok && dataMessage(result, 'en')).toBe(message);
      expect(readme).toContain(`\`${message}\``);
    });
  }

  const listCases: Array<[string, string]> = [
    ['{"pairs": []}', 'expected an object with a "lists" array'],
    ['{"lists": []}', '"lists" is empty: give at least one ranking'],
    [
      '{"lists": [{"prompt": 0, "ranking": ["steps"]}]}',
      'lists[0].ranking: must list at least two replies, best first',
    ],
    ['{"lists": [{"prompt": 0, "ranking": ["steps", "steps"]}]}', 'lists[0].ranking[1]: "steps" appears twice'],
  ];
  for (const [input, message] of listCases) {
    it(`lists: ${message}`, () => {
      const result = validateLists(input);
      expect(result).toMatchObject({ ok: false, message });
      expect(!result.ok && dataMessage(result, 'en')).toBe(message);
      expect(readme).toContain(`\`${message}\``);
    });
  }

  it('never throws on junk', () => {
    for (const junk of [
      '',
      'null',
      '[]',
      '"x"',
      '{"pairs": [null]}',
      '{"lists": [{"prompt": 0, "ranking": [1, 2]}]}',
      '{"pairs": [{"prompt": 0.5}]}',
    ]) {
      expect(() => validatePairs(junk)).not.toThrow();
      expect(() => validateLists(junk)).not.toThrow();
      expect(validatePairs(junk).ok).toBe(false);
    }
    expect(
      validatePairs('{').ok === false &&
        (validatePairs('{') as { message: string }).message.startsWith('not valid JSON: '),
    ).toBe(true);
  });
});

describe('off-policy datasets from a fixed older policy', () => {
  it('are built once, deterministically, with every kind of label', () => {
    const a = offPolicyData({ seed: 4 });
    const b = offPolicyData({ seed: 4 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.pairs.length).toBeGreaterThan(10);
    expect(a.lists.length).toBe(12);
    expect(a.unpaired).toHaveLength(24);
    expect(a.demonstrations).toHaveLength(6);
    expect(a.unpaired.some((u) => u.desirable) && a.unpaired.some((u) => !u.desirable)).toBe(true);
    // Unpaired labels without noise: desirable exactly when the hidden utility is above 0.
    for (const u of a.unpaired) expect(u.desirable).toBe(utility(u.prompt, u.reply) > 0);
    // Changing one dataset's size leaves the others unchanged (each has its own stream).
    const c = offPolicyData({ seed: 4, pairsPerPrompt: 3 });
    expect(JSON.stringify(c.lists)).toBe(JSON.stringify(a.lists));
  });

  it('ranks lists best first (noise 0) with distinct replies; demonstrations beat the average sample', () => {
    const policy = new AutoregressivePolicy(createRng(2), 0.3);
    const lists = offPolicyLists(policy, createRng(3), 2, 4, 0);
    for (const l of lists) {
      const u = l.ranking.map((r) => utility(l.prompt, r));
      expect(u).toEqual([...u].sort((x, y) => y - x));
      expect(new Set(l.ranking.map(replyText)).size).toBe(l.ranking.length);
    }
    policy.table.dispose();
    const d = offPolicyData({ seed: 2 });
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean(d.demonstrations.map((s) => utility(s.prompt, s.reply)))).toBeGreaterThan(
      mean(d.unpaired.map((s) => utility(s.prompt, s.reply))),
    );
  });

  it('a noisy ranking is a permutation, and bad sizes are named', () => {
    const replies = [[0], [7], [1, 3]];
    const ranked = rankReplies(0, replies, createRng(1), 5);
    expect(ranked.map(replyText).sort()).toEqual(replies.map(replyText).sort());
    expect(() => rankReplies(0, replies, createRng(1), -1)).toThrow(
      'rankReplies: noise must be a finite number ≥ 0, got -1',
    );
    expect(() => offPolicyData({ seed: 1, listSize: 1 })).toThrow(
      'offPolicyLists: listSize must be a whole number ≥ 2, got 1',
    );
    expect(() => offPolicyData({ seed: 0.5 })).toThrow('offPolicyData: seed must be an integer, got 0.5');
  });
});
