// What must be the same in a chapter and its translation: the skeleton of an MDX file, everything but the
// words. Two twins must have the same heading ids (same depths, same order), the same display equations
// (identical TeX, labels included), the same inline math and citation keys (as multisets: a translated
// sentence may reorder them), the same link targets, code blocks and components with the same structural
// attributes. Text attributes (a figure's caption, a callout's title, the At-a-glance prose) are translated.
import { createHash } from 'node:crypto';

/** Component attributes that carry words, and so differ between twins. */
export const TEXT_ATTRIBUTES = new Set(['caption', 'title', 'setting', 'hyper', 'trl', 'reference', 'rewardModel']);

export interface Skeleton {
  frontmatter: { order?: string; number?: string; prerequisites?: string };
  imports: string[];
  headings: string[];
  display: string[];
  inline: string[];
  cites: string[];
  links: string[];
  code: string[];
  components: string[];
}

/** The first 16 hex digits of the SHA-256 of a file's text: what a translation records as `translatedFrom`. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

function frontmatterOf(text: string): { body: string; fields: Record<string, string> } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { body: text, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]] = kv[2].trim();
  }
  return { body: text.slice(m[0].length), fields };
}

function take(text: string, re: RegExp, into: string[], map: (m: RegExpExecArray) => string): string {
  return text.replace(re, (...args) => {
    const m = args as unknown as RegExpExecArray;
    into.push(map(m));
    return ' ';
  });
}

/** Import lines without their relative prefix: the twin lives one folder deeper. */
function normaliseImport(line: string): string {
  return line.replace(/(['"])(\.\.\/)+/, '$1');
}

function attributesOf(source: string): string {
  const pairs: string[] = [];
  const re = /([A-Za-z]+)(?:=("[^"]*"|\{[^}]*\}))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    if (TEXT_ATTRIBUTES.has(m[1])) continue;
    pairs.push(m[2] === undefined ? m[1] : `${m[1]}=${m[2]}`);
  }
  return pairs.sort().join(' ');
}

const sorted = (xs: string[]) => [...xs].sort();

export function skeleton(text: string): Skeleton {
  const { body, fields } = frontmatterOf(text.replace(/\r\n/g, '\n'));
  const s: Skeleton = {
    frontmatter: { order: fields.order, number: fields.number, prerequisites: fields.prerequisites },
    imports: [],
    headings: [],
    display: [],
    inline: [],
    cites: [],
    links: [],
    code: [],
    components: [],
  };
  let rest = body;
  rest = take(rest, /^```[^\n]*\n[\s\S]*?\n```[ \t]*$/gm, s.code, (m) => m[0]);
  rest = take(rest, /^import .*$/gm, s.imports, (m) => normaliseImport(m[0]));
  rest = take(rest, /\$\$([\s\S]*?)\$\$/g, s.display, (m) => m[1].trim());
  rest = take(rest, /(?<![\\$])\$((?:\\.|[^$\\\n])+?)\$/g, s.inline, (m) => m[1].trim());
  rest = take(rest, /^(#{2,6}) .*?\{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm, s.headings, (m) => `${m[1]} ${m[2]}`);
  rest = take(rest, /<([A-Z][A-Za-z]*)((?:[^>"{]|"[^"]*"|\{[^}]*\})*?)\/?>/g, s.components, (m) =>
    `${m[1]} ${attributesOf(m[2])}`.trim(),
  );
  rest.replace(/\[([^\]]*@[^\]]*)\]/g, (_all, inner: string) => {
    for (const k of inner.matchAll(/@([A-Za-z0-9_:-]+)/g)) s.cites.push(k[1]);
    return ' ';
  });
  rest.replace(/\]\(([^)\s]+)\)/g, (_all, target: string) => {
    s.links.push(target);
    return ' ';
  });
  s.inline = sorted(s.inline);
  s.cites = sorted(s.cites);
  s.links = sorted(s.links);
  return s;
}

/** Sentences naming every way `translation` departs from `original`'s skeleton; empty when they are twins. */
export function compareSkeletons(original: Skeleton, translation: Skeleton): string[] {
  const problems: string[] = [];
  const fm = ['order', 'number', 'prerequisites'] as const;
  for (const k of fm) {
    if (original.frontmatter[k] !== translation.frontmatter[k])
      problems.push(`frontmatter ${k}: "${original.frontmatter[k]}" in English, "${translation.frontmatter[k]}" here`);
  }
  const lists = ['imports', 'headings', 'display', 'inline', 'cites', 'links', 'code', 'components'] as const;
  for (const k of lists) {
    const a = original[k];
    const b = translation[k];
    if (a.length === b.length && a.every((x, i) => x === b[i])) continue;
    const missing = a.filter((x) => !b.includes(x));
    const extra = b.filter((x) => !a.includes(x));
    const firstDiff = a.findIndex((x, i) => x !== b[i]);
    const detail = [
      missing.length ? `missing ${JSON.stringify(missing.slice(0, 4))}` : '',
      extra.length ? `extra ${JSON.stringify(extra.slice(0, 4))}` : '',
      !missing.length && !extra.length
        ? `order or count differs first at #${firstDiff} (${JSON.stringify(a[firstDiff])})`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    problems.push(`${k} (${a.length} in English, ${b.length} here): ${detail}`);
  }
  return problems;
}

/** Share of CJK characters among the letters of a text's prose (math, code, tags and URLs removed). */
export function chineseShare(text: string): number {
  const prose = text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/^import .*$/gm, ' ');
  const cjk = (prose.match(/[\u4e00-\u9fff]/g) ?? []).length;
  // A Latin word counts like one or two Chinese characters; count letters / 3 as a rough word weight.
  const latin = (prose.match(/[A-Za-z]/g) ?? []).length / 3;
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin);
}
