// The site-wide register of numbered equations. A display equation is numbered when its first line is
// `% label: <id>`; its number is "<chapter number>.<n>" (n counts labelled equations in the file), its
// anchor "#eq-<id>". The register is read from the source files, once, so that a reference in one
// chapter can show the number of an equation in another chapter without any build ordering.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishContentFiles, urlForId } from './pages';

export interface EquationEntry {
  label: string;
  number: string;
  page: string; // URL path of the page that holds it
  file: string;
  line: number;
}

const LABEL = /^\s*%\s*label:\s*([a-z0-9][a-z0-9-]*)\s*$/m;

export function labelOf(tex: string): string | undefined {
  const first = tex.split('\n').find((l) => l.trim() !== '');
  return first ? LABEL.exec(first)?.[1] : undefined;
}

/** The TeX without its `% label:` line: what readers copy. */
export function texWithoutLabel(tex: string): string {
  const lines = tex.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '');
  if (i >= 0 && LABEL.test(lines[i])) lines.splice(i, 1);
  return lines.join('\n').trim();
}

function frontMatterNumber(source: string): string | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const m = /^number:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(fm);
  return m?.[1];
}

/** Labelled display equations of one source file, in order. */
export function equationsInSource(source: string, file: string, page: string): EquationEntry[] {
  const prefix = frontMatterNumber(source);
  const found: EquationEntry[] = [];
  const display = /\$\$([\s\S]+?)\$\$/g;
  let m: RegExpExecArray | null;
  while ((m = display.exec(source))) {
    const label = labelOf(m[1]);
    if (!label) continue;
    const n = found.length + 1;
    found.push({
      label,
      number: prefix ? `${prefix}.${n}` : String(n),
      page,
      file,
      line: source.slice(0, m.index).split('\n').length,
    });
  }
  return found;
}

let cache: Map<string, EquationEntry> | undefined;

export function equationRegister(contentDir = join(process.cwd(), 'content')): Map<string, EquationEntry> {
  if (cache) return cache;
  const register = new Map<string, EquationEntry>();
  for (const file of englishContentFiles(contentDir)) {
    const id = file.slice(contentDir.length + 1).replace(/\.mdx?$/, '');
    for (const eq of equationsInSource(readFileSync(file, 'utf8'), file, urlForId(id))) {
      const twin = register.get(eq.label);
      if (twin) {
        throw new Error(
          `${eq.file}:${eq.line}: equation label "${eq.label}" is already used at ${twin.file}:${twin.line}`,
        );
      }
      register.set(eq.label, eq);
    }
  }
  cache = register;
  return register;
}

/** For tests and the dev server: forget the cached register. */
export function resetEquationRegister() {
  cache = undefined;
}
