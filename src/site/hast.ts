// Tiny helpers for the rehype steps: class tests and text of hast elements.
import type { Element, ElementContent } from 'hast';

export function hasClass(node: Element, name: string): boolean {
  const c: unknown = node.properties?.className;
  if (Array.isArray(c)) return c.includes(name);
  return typeof c === 'string' && c.split(/\s+/).includes(name);
}

export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export function findFirst(node: Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const deep = findFirst(child, test);
    if (deep) return deep;
  }
  return undefined;
}
