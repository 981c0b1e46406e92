// The markdown pipeline's own steps on small inputs: equation labels and numbers, references, explicit
// heading ids, and the build failing loudly on bad TeX.
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { equationsInSource, labelOf, texWithoutLabel } from '../../../src/site/equations';
import { rehypeKatexErrors } from '../../../src/site/rehype-katex-errors';
import { escapeHeadingIds, remarkHeadingIds } from '../../../src/site/remark-heading-ids';
import { idForFile, urlForId } from '../../../src/site/pages';
import { buildNavigation, readingOrder } from '../../../src/site/navigation';

describe('equation labels', () => {
  it('reads the label from the first line only', () => {
    expect(labelOf('\n% label: dpo-loss\nx')).toBe('dpo-loss');
    expect(labelOf('x\n% label: dpo-loss')).toBeUndefined();
    expect(texWithoutLabel('% label: a\n  \\beta h ')).toBe('\\beta h');
  });

  it('numbers labelled equations per chapter, skipping unlabelled ones', () => {
    const source = '---\ntitle: t\nnumber: "6.2"\n---\n$$\n% label: a\nx\n$$\n\n$$\ny\n$$\n\n$$\n% label: b\nz\n$$\n';
    const eqs = equationsInSource(source, 'f.mdx', '/p/');
    expect(eqs.map((e) => [e.label, e.number, e.line])).toEqual([
      ['a', '6.2.1', 5],
      ['b', '6.2.2', 14],
    ]);
  });
});

describe('page addresses', () => {
  it('are words from the file path, with index pages at the folder', () => {
    expect(urlForId('algorithms/pair-wise')).toBe('/algorithms/pair-wise/');
    expect(urlForId('algorithms/index')).toBe('/algorithms/');
    expect(idForFile('/r/content/appendix/online-vs-offline.mdx', '/r')).toBe('appendix/online-vs-offline');
    expect(idForFile('/r/src/x.mdx', '/r')).toBeUndefined();
  });
});

describe('navigation', () => {
  const chapters = [
    { id: 'unified-view', data: { title: 'Unified', order: 3, number: '3' } },
    { id: 'introduction', data: { title: 'Intro', order: 1, number: '1' } },
    { id: 'algorithms/index', data: { title: 'Algorithms', order: 6, number: '6' } },
    { id: 'algorithms/pair-wise', data: { title: 'Pair-wise', order: 2, number: '6.2' } },
    { id: 'algorithms/point-wise', data: { title: 'Point-wise', order: 1, number: '6.1' } },
    { id: 'appendix/online-vs-offline', data: { title: 'Online', order: 1, number: 'A' } },
  ];
  it('nests folders under their index page and groups index-less folders', () => {
    const nav = buildNavigation(chapters);
    expect(nav.map((n) => n.title)).toEqual(['Intro', 'Unified', 'Algorithms', 'Appendices']);
    expect(nav[2].href).toBe('/algorithms/');
    expect(nav[2].children.map((c) => c.href)).toEqual(['/algorithms/point-wise/', '/algorithms/pair-wise/']);
    expect(nav[3].href).toBeUndefined();
  });
  it('reads in order, depth first', () => {
    expect(readingOrder(buildNavigation(chapters)).map((n) => n.number)).toEqual(['1', '3', '6', '6.1', '6.2', 'A']);
  });
});

describe('explicit heading ids', () => {
  it('escapes {#id} for MDX without moving lines', () => {
    const src = '## DPO {#dpo}\ntext {#not-a-heading}\n';
    expect(escapeHeadingIds(src)).toBe('## DPO \\{#dpo\\}\ntext {#not-a-heading}\n');
  });
  it('sets the id and removes the suffix', async () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkHeadingIds)
      .runSync(unified().use(remarkParse).parse('### Contrastive PO \\{#cpo-translation\\}'));
    const heading = (tree as any).children[0];
    expect(heading.data.hProperties.id).toBe('cpo-translation');
    expect(heading.children.at(-1).value).toBe('Contrastive PO');
  });
});

describe('KaTeX errors', () => {
  const render = (md: string) =>
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex)
      .use(rehypeKatexErrors)
      .run(unified().use(remarkParse).use(remarkMath).parse(md), new VFile({ path: 'content/x.mdx', value: md }));
  it('passes good TeX', async () => {
    await expect(render('ok $\\sigma(\\beta h)$')).resolves.toBeTruthy();
  });
  it('stops the build on an unknown macro, naming file and line', async () => {
    await expect(render('line one\n\nbad $\\nosuchmacro{x}$')).rejects.toThrow(/content\/x\.mdx:3:\d+: .*nosuchmacro/);
  });
});

describe('readable heading text', async () => {
  const { texToText } = await import('../../../src/site/remark-heading-text');
  it('turns heading math into plain symbols for tables of contents', () => {
    expect(texToText('\\mathcal{D}')).toBe('D');
    expect(texToText('\\delta_{\\mathcal{A}}')).toBe('δA');
    expect(texToText('\\pi_\\theta')).toBe('πθ');
  });
});
