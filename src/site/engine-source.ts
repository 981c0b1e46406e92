// The engine files a widget's "Show the code" view can show, highlighted once at build time. Each file is
// its own small page (src/pages/code/[...file].astro) that the view fetches when it is opened, instead of
// every widget page carrying the highlighted source inline (that doubled the pair-wise chapter's HTML).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { codeToHtml } from 'shiki';

const LIB = join(process.cwd(), 'src', 'lib');

/** Every .ts file of the engine, relative to src/lib (`algorithms/losses.ts`). */
export function engineFiles(dir = LIB): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return engineFiles(path);
    return name.endsWith('.ts') ? [relative(LIB, path).split(sep).join('/')] : [];
  });
}

/** Where the code view of an engine file is served (root-absolute; the base is added on render). */
export const codeHref = (file: string) => `/code/${file.replace(/\.ts$/, '')}/`;

export async function highlightEngineFile(file: string): Promise<string> {
  const code = readFileSync(join(LIB, file), 'utf8');
  const html = await codeToHtml(code, {
    lang: 'ts',
    themes: { light: 'github-light-default', dark: 'github-dark-default' },
    defaultColor: false,
  });
  return html.replace('<pre class="shiki', '<pre class="astro-code shiki');
}
