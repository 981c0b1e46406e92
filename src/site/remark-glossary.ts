// Glossary links: the first use on a page of a term listed in content/data/notation.json becomes a link
// to its entry on /notation/, with a preview of the definition shown on hover, keyboard focus and tap.
// The preview reuses the citation preview's markup and behaviour (class `cite`, data-action="cite"; see
// remark-citations.ts and scripts/enhance.ts), so Escape, touch and focus work the same way.
//
// Decisions:
// - One link per entry per page, at its first use in running text: a page full of links reads badly.
// - Never inside headings (their text becomes ids and ToC labels), links, code, math, or raw HTML
//   elements written in MDX; never inside a citation (those nodes carry no mdast children).
// - Longer phrases win over their prefixes ("reward model" before "reward"), and a match must stand as a
//   whole word: "policy" inside "on-policy" or "policies" is not a use of "policy".
// - `$…$` in a definition is rendered by KaTeX (as MathML, see meaningHast).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementContent } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import katex from 'katex';
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { GLOSSARY_ENTRY, type GlossaryEntry } from './glossary-schema';
import { localeOfFile } from './pages';

export const GLOSSARY_FILE = join(process.cwd(), 'content', 'data', 'notation.json');

let cache: { text: string; entries: GlossaryEntry[] } | undefined;

/** The glossary, checked against the collection's schema (the build fails on a malformed entry). */
export function loadGlossary(path = GLOSSARY_FILE): GlossaryEntry[] {
  const text = readFileSync(path, 'utf8');
  if (cache?.text === text) return cache.entries;
  const raw = JSON.parse(text) as unknown[];
  const entries = raw.map((e, i) => {
    const parsed = GLOSSARY_ENTRY.safeParse(e);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${path}: entry ${i} (${(e as { id?: string }).id ?? 'no id'}): ${issue.path.join('.')}: ${issue.message}`,
      );
    }
    return parsed.data;
  });
  cache = { text, entries };
  return entries;
}

export const glossaryHref = (id: string) => `/notation/#sym-${id}`;

const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'inlineMath', 'math', 'citation']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A preview is hidden until asked for, and a page holds dozens of them, so their math is KaTeX's MathML
// alone (Chromium renders MathML natively): a few elements per symbol instead of KaTeX's nested HTML
// twin, which keeps the page light for readers and for the axe scan of every page.
const previewCache = new Map<string, ElementContent[]>();
function mathml(tex: string): ElementContent[] {
  const html = katex.renderToString(tex, { output: 'mathml', throwOnError: true, strict: 'error' });
  return fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[];
}

/** "a $x$ b" → hast: text, and MathML for the math. */
export function meaningHast(meaning: string): ElementContent[] {
  let cached = previewCache.get(meaning);
  if (!cached) {
    cached = meaning
      .split(/(\$[^$]+\$)/)
      .filter(Boolean)
      .flatMap((part) =>
        part.startsWith('$') && part.endsWith('$') && part.length > 2
          ? mathml(part.slice(1, -1))
          : [{ type: 'text', value: part } as ElementContent],
      );
    previewCache.set(meaning, cached);
  }
  // A fresh copy per use: later rehype plugins may change the nodes of one page.
  return structuredClone(cached);
}

function isRawHtmlElement(node: { type: string; name?: string | null }): boolean {
  return (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && !!node.name && /^[a-z]/.test(node.name)
  );
}

export function remarkGlossary() {
  return (tree: Root, file: VFile) => {
    // A Chinese twin (content/zh/) links the glossary's Chinese terms and previews the Chinese definition.
    const chinese = localeOfFile(file.path) === 'zh';
    const entries = loadGlossary().map((e) =>
      chinese ? { ...e, terms: e.zh?.terms ?? [], name: e.zh?.name ?? e.name, meaning: e.zh?.meaning ?? e.meaning } : e,
    );
    const phrases = entries
      .flatMap((entry) => entry.terms.map((term) => ({ term, entry })))
      .sort((a, b) => b.term.length - a.term.length);
    if (phrases.length === 0) return;
    // Whole words only; Chinese has no spaces between words, so a Chinese term needs no boundary (the
    // longest phrase still wins: 同策略 is matched before 策略).
    const bounded = (term: string) =>
      /^[\x00-\x7f–]+$/.test(term) ? `(?<![\\p{L}\\p{N}-])${escape(term)}(?![\\p{L}\\p{N}-])` : escape(term);
    const pattern = new RegExp(`(${phrases.map((p) => bounded(p.term)).join('|')})`, 'giu');
    const byTerm = new Map(phrases.map((p) => [p.term.toLowerCase(), p.entry]));
    const linked = new Set<string>();
    let count = 0;
    const jobs: Array<{ node: Text; parent: Parent }> = [];
    // A plain walk in document order that does not enter skipped nodes.
    const walk = (parent: Parent) => {
      for (const child of parent.children) {
        if (child.type === 'text') jobs.push({ node: child, parent });
        else if ('children' in child && !SKIP.has(child.type) && !isRawHtmlElement(child as never))
          walk(child as Parent);
      }
    };
    walk(tree);
    // Replace after the walk, in document order, so the first use on the page is the one linked.
    for (const { node, parent } of jobs) {
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(pattern)) {
        const entry = byTerm.get(m[1].toLowerCase());
        if (!entry || linked.has(entry.id)) continue;
        linked.add(entry.id);
        const previewId = `gloss-${++count}`;
        parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        parts.push({
          type: 'glossaryTerm',
          data: { hName: 'span', hProperties: { className: ['cite', 'gloss'] } },
          children: [
            {
              type: 'link',
              url: glossaryHref(entry.id),
              data: {
                hProperties: {
                  className: ['gloss-link'],
                  dataAction: 'cite',
                  dataGloss: entry.id,
                  ariaDescribedBy: previewId,
                },
              },
              children: [{ type: 'text', value: m[1] }],
            },
            {
              type: 'glossaryPreview',
              data: {
                hName: 'span',
                hProperties: {
                  className: ['cite-preview', 'gloss-preview'],
                  role: 'tooltip',
                  id: previewId,
                  dataPagefindIgnore: 'all',
                },
                hChildren: [
                  {
                    type: 'element',
                    tagName: 'strong',
                    properties: {},
                    children: [{ type: 'text', value: `${entry.name}${chinese ? '：' : ': '}` }],
                  },
                  ...meaningHast(entry.meaning),
                ],
              },
              children: [],
            },
          ],
        } as unknown as PhrasingContent);
        last = m.index! + m[0].length;
      }
      if (last === 0) continue;
      parts.push({ type: 'text', value: node.value.slice(last) });
      const at = parent.children.indexOf(node as never);
      parent.children.splice(at, 1, ...(parts.filter((p) => p.type !== 'text' || p.value) as never[]));
    }
    file.data.glossaryLinks = [...linked];
  };
}
