// The chapter's sections (src/site/rehype-sections.ts): one per h2, holding the heading and what follows
// it up to the next h2, the opening left outside; each with a guess of its height that grows with its
// content. The e2e anchors spec checks that links into the skipped sections still land on screen.
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rehypeHeadingLinks } from '../../../src/site/rehype-heading-links';
import { rehypeSections } from '../../../src/site/rehype-sections';

async function render(markdown: string): Promise<string> {
  const file = new VFile({ value: markdown, path: '/r/content/x.mdx' });
  const out = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeHeadingIds)
    .use(rehypeHeadingLinks)
    .use(rehypeSections)
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

const lines = (html: string) => [...html.matchAll(/--section-lines: (\d+)/g)].map((m) => Number(m[1]));

describe('chapter sections', () => {
  it('groups each h2 with what follows it, and leaves the opening outside', async () => {
    const html = await render('Opening.\n\n## One\n\nA.\n\n### Sub\n\nB.\n\n## Two\n\nC.\n');
    const sections = [...html.matchAll(/<section class="book-section"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1]);
    expect(sections).toHaveLength(2);
    expect(html.indexOf('<p>Opening.</p>')).toBeLessThan(html.indexOf('<section'));
    expect(sections[0]).toMatch(/^<div class="heading heading-h2"><h2 id="one">/);
    expect(sections[0]).toContain('<h3 id="sub">');
    expect(sections[0]).toContain('<p>B.</p>');
    expect(sections[0]).not.toContain('C.');
    expect(sections[1]).toMatch(/^<div class="heading heading-h2"><h2 id="two">/);
    expect(sections[1]).toContain('<p>C.</p>');
  });

  it('leaves a page without h2 as it was', async () => {
    const html = await render('Just text.\n\n### A minor heading\n\nMore.\n');
    expect(html).not.toContain('<section');
  });

  it('guesses more lines for more text, and counts a long paragraph by its length', async () => {
    const word = 'preference ';
    const short = await render(`## A\n\n${word.repeat(10)}\n`);
    const long = await render(`## A\n\n${word.repeat(700)}\n`);
    const [s] = lines(short);
    const [l] = lines(long);
    // 7,700 characters at about 70 a line: about 110 lines, plus the heading.
    expect(l).toBeGreaterThan(100);
    expect(l).toBeLessThan(125);
    expect(s).toBeLessThan(10);
  });

  it('counts a CJK character wider than a Latin letter', async () => {
    const [latin] = lines(await render(`## A\n\n${'a'.repeat(1400)}\n`));
    const [cjk] = lines(await render(`## A\n\n${'偏'.repeat(1400)}\n`));
    expect(cjk / latin).toBeGreaterThan(1.5);
  });

  it('keeps MDX imports at the root', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'mdxjsEsm', value: "import X from './x'" } as never,
        {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading', 'heading-h2'] },
          children: [{ type: 'element', tagName: 'h2', properties: { id: 'a' }, children: [] }],
        },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'x' }] },
      ],
    };
    rehypeSections()(tree);
    expect(tree.children.map((c) => c.type)).toEqual(['mdxjsEsm', 'element']);
    const section = tree.children[1];
    expect(section.type === 'element' && section.tagName).toBe('section');
  });
});
