// The figure register and references: numbering per chapter, ids checked, references filled with
// "Figure N" across pages, and an unknown reference failing the build.
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/registry';
import { figureRegister, figuresInSource } from '../../../src/site/figures';
import { rehypeFigures } from '../../../src/site/rehype-figures';
import { markdownTwin } from '../../../src/site/markdown-twin';

const CHAPTERS = [
  '/introduction/',
  '/definition/',
  '/unified-view/',
  '/preference-data/',
  '/feedback/',
  '/algorithms/',
  '/algorithms/point-wise/',
  '/algorithms/pair-wise/',
  '/algorithms/list-wise/',
  '/algorithms/training-free/',
  '/evaluation/',
  '/future-directions/',
  '/conclusion/',
  '/appendix/online-vs-offline/',
  '/appendix/remax-and-grpo/',
];

describe('figure register', () => {
  it('numbers figures per chapter like equations, ignoring code blocks', () => {
    const source =
      '---\ntitle: t\nnumber: "6.2"\n---\n<Figure id="fig-a" caption="A" />\n\n```mdx\n<Figure id="fig-x" />\n```\n\n<Figure\n  id="fig-b" caption="B" />\n';
    expect(figuresInSource(source, 'f.mdx', '/p/').map((f) => [f.id, f.number, f.caption, f.line])).toEqual([
      ['fig-a', '6.2.1', 'A', 5],
      ['fig-b', '6.2.2', 'B', 11],
    ]);
  });

  it('refuses a figure without a fig- id', () => {
    expect(() => figuresInSource('<Figure caption="x" />', 'f.mdx', '/p/')).toThrow(/f\.mdx:1: <Figure> needs an id/);
    expect(() => figuresInSource('<Figure id="loss" />', 'f.mdx', '/p/')).toThrow(/needs an id="fig-/);
  });

  it('has a renderer for every figure in the book, and no renderer without a figure', () => {
    const register = figureRegister(join(process.cwd(), 'content'));
    expect([...register.keys()].sort()).toEqual(Object.keys(FIGURES).sort());
  });

  it('puts at least one figure on every chapter page', () => {
    const pages = new Set([...figureRegister().values()].map((f) => f.page));
    expect(CHAPTERS.filter((p) => !pages.has(p))).toEqual([]);
  });

  it('gives every figure a caption', () => {
    for (const f of figureRegister().values()) expect(f.caption.length, f.id).toBeGreaterThan(20);
  });
});

async function render(markdown: string, path: string) {
  const file = new VFile({ value: markdown, path: join(process.cwd(), path) });
  const tree = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeFigures)
    .runSync(unified().use(remarkParse).parse(file), file);
  return JSON.stringify(tree);
}

describe('figure references', () => {
  const loss = () => figureRegister().get('fig-loss-geometry')!;

  it('fill an empty link with the number, on the same page and across pages', async () => {
    const same = await render('See [](#fig-loss-geometry).', 'content/algorithms/pair-wise.mdx');
    expect(same).toContain(`"value":"Figure ${loss().number}"`);
    expect(same).toContain('"href":"#fig-loss-geometry"');
    const other = await render(
      'See [](/algorithms/pair-wise/#fig-loss-geometry) and [](#fig-loss-geometry).',
      'content/conclusion.mdx',
    );
    expect(other.match(/"href":"\/algorithms\/pair-wise\/#fig-loss-geometry"/g)).toHaveLength(2);
    expect(loss().number).toBe('6.2.1');
  });

  it('keep the text of a non-empty link', async () => {
    const out = await render('See [the loss picture](#fig-loss-geometry).', 'content/conclusion.mdx');
    expect(out).toContain('the loss picture');
    expect(out).not.toContain('"value":"Figure');
  });

  it('fail the build on an unknown figure or a wrong page', async () => {
    await expect(render('See [](#fig-no-such-figure).', 'content/conclusion.mdx')).rejects.toThrow(
      /conclusion\.mdx:1: reference to unknown figure "fig-no-such-figure"/,
    );
    await expect(render('See [](/definition/#fig-loss-geometry).', 'content/conclusion.mdx')).rejects.toThrow(
      /is on \/algorithms\/pair-wise\//,
    );
  });

  it('are written out in the Markdown twin', () => {
    const md = markdownTwin({
      title: 't',
      description: 'd',
      path: '/conclusion/',
      body: 'See [](#fig-method-map).\n\n<Figure id="fig-method-map" caption="The map." />',
    });
    const n = figureRegister().get('fig-method-map')!.number;
    expect(md).toContain(`[Figure ${n}](https://`);
    expect(md).toContain(`*Figure ${n}: The map.`);
  });
});
