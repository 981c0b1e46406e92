// The Markdown twin of a chapter carries its exercises as text: questions, then every answer.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { markdownTwin } from '../../../src/site/markdown-twin';

test('the Markdown twin lists the exercises and their answers, and names the boxes by kind', () => {
  const body = readFileSync('content/algorithms/pair-wise.mdx', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const md = markdownTwin({
    title: 'Pair-wise',
    description: 'd',
    path: '/algorithms/pair-wise/',
    number: '6.2',
    body,
  });
  expect(md).toContain('/algorithms/pair-wise/#ex-pair-dpo-weight)** (Compute)');
  expect(md).toContain('Exercise 6.2.3');
  expect(md).toContain('### Answers');
  expect(md).toContain('(b) Right answer.');
  expect(md).toContain('**Where the survey’s printed form differs.**');
  expect(md).toContain('**For practitioners: TR-DPO in TRL.**');
  expect(md).not.toContain('<Exercises');
  expect(md).not.toMatch(/Interactive exercises/);
});
