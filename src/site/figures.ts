// The site-wide register of figures, built like the equation register (./equations): read once from the
// chapter sources, so a reference on one page can show the number of a figure on another. A figure is
// `<Figure id="fig-<name>" caption="…" />` in a chapter; its number is "<chapter number>.<n>", n counting
// the figures of that file in order (the same scheme as equation numbers), its anchor "#fig-<name>".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishContentFiles, urlForId } from './pages';

export interface FigureEntry {
  id: string; // includes the "fig-" prefix
  number: string;
  caption: string;
  page: string;
  file: string;
  line: number;
}

const ID = /\bid="(fig-[a-z0-9-]+)"/;
const CAPTION = /\bcaption="([^"]*)"/;

function frontMatterNumber(source: string): string | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return /^number:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(fm)?.[1];
}

/** The figures of one chapter source, in order. Throws on a <Figure> without a valid id. */
export function figuresInSource(source: string, file: string, page: string): FigureEntry[] {
  const prefix = frontMatterNumber(source);
  const found: FigureEntry[] = [];
  // Code blocks may show the syntax; they are not figures.
  const text = source.replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ' '));
  // A fresh regex per call: a /g regex keeps lastIndex, and a throw mid-loop would leave it set.
  const tags = /<Figure\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(text))) {
    const line = text.slice(0, m.index).split('\n').length;
    const id = ID.exec(m[1])?.[1];
    if (!id) throw new Error(`${file}:${line}: <Figure> needs an id="fig-…" (lower-case letters, digits, hyphens)`);
    const n = found.length + 1;
    found.push({
      id,
      number: prefix ? `${prefix}.${n}` : String(n),
      caption: CAPTION.exec(m[1])?.[1] ?? '',
      page,
      file,
      line,
    });
  }
  return found;
}

let cache: Map<string, FigureEntry> | undefined;

export function figureRegister(contentDir = join(process.cwd(), 'content')): Map<string, FigureEntry> {
  if (cache) return cache;
  const register = new Map<string, FigureEntry>();
  for (const file of englishContentFiles(contentDir)) {
    const id = file.slice(contentDir.length + 1).replace(/\.mdx?$/, '');
    for (const fig of figuresInSource(readFileSync(file, 'utf8'), file, urlForId(id))) {
      const twin = register.get(fig.id);
      if (twin)
        throw new Error(`${fig.file}:${fig.line}: figure id "${fig.id}" is already used at ${twin.file}:${twin.line}`);
      register.set(fig.id, fig);
    }
  }
  cache = register;
  return register;
}

/** For tests and the dev server: forget the cached register. */
export function resetFigureRegister() {
  cache = undefined;
}
