// Which pages preload KaTeX's faces: the characters of text before the first formula, counted by hand.
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { OPENING_CHARACTERS, rehypeOpeningMath, textBeforeFirstMath } from '../../../src/site/rehype-opening-math';

const text = (value: string): RootContent => ({ type: 'text', value });
const el = (tagName: string, children: RootContent[], className: string[] = []): Element => ({
  type: 'element',
  tagName,
  properties: { className },
  children: children as Element['children'],
});
const math = () => el('span', [text('x^2 and a long annotation')], ['katex']);
const root = (...children: RootContent[]): Root => ({ type: 'root', children });

describe('rehype-opening-math', () => {
  it('counts the text before the first formula, not the formula itself', () => {
    // "Hello" (5) + "world" (5, the whitespace node counts 0) before the math; "after" is not counted.
    const tree = root(el('p', [text('Hello'), text('  '), el('em', [text('world')]), math(), text('after')]));
    expect(textBeforeFirstMath(tree)).toBe(10);
  });
  it('says there is no math on a page without any', () => {
    expect(textBeforeFirstMath(root(el('p', [text('only words')])))).toBeUndefined();
  });
  it('counts an empty component (a widget) as a screen of its own', () => {
    const widget = {
      type: 'mdxJsxFlowElement',
      name: 'LabExample',
      attributes: [],
      children: [],
    } as unknown as RootContent;
    expect(textBeforeFirstMath(root(el('p', [text('ab')]), widget, el('p', [math()])))).toBe(2 + OPENING_CHARACTERS);
  });
  it('marks the frontmatter of a page whose formula is within the opening, and only those', () => {
    const mark = (tree: Root) => {
      const file = { data: {} as Record<string, unknown> };
      rehypeOpeningMath()(tree, file);
      return (file.data.astro as { frontmatter: { openingMath: boolean } }).frontmatter.openingMath;
    };
    expect(mark(root(el('p', [text('a'.repeat(OPENING_CHARACTERS)), math()])))).toBe(true);
    expect(mark(root(el('p', [text('a'.repeat(OPENING_CHARACTERS + 1)), math()])))).toBe(false);
    expect(mark(root(el('p', [text('no math')])))).toBe(false);
  });
});
