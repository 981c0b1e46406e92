// Build-time rendering of the exercises' hand-written HTML: `$…$` becomes KaTeX (HTML + MathML), with
// KaTeX's visual twin and TeX annotation kept out of the search index as in the chapters.
import katex from 'katex';

type Output = 'htmlAndMathml' | 'mathml';

export function tex(source: string, output: Output = 'htmlAndMathml'): string {
  return katex
    .renderToString(source, { throwOnError: true, output, strict: 'error' })
    .replace('<annotation ', '<annotation data-pagefind-ignore="all" ')
    .replace('<span class="katex-html"', '<span class="katex-html" data-pagefind-ignore="all"');
}

/**
 * Hand-written HTML with inline `$…$` TeX; a KaTeX error names the exercise. The print-only answers
 * list uses MathML alone (`mathml`), which prints well and adds far fewer elements to the page.
 */
export function richText(html: string, where: string, output: Output = 'htmlAndMathml'): string {
  return html.replace(/\$([^$]+)\$/g, (_, source: string) => {
    try {
      return tex(source, output);
    } catch (error) {
      throw new Error(`exercise ${where}: bad TeX "${source}": ${(error as Error).message}`);
    }
  });
}

/** An exercise's number: the chapter's number (from its front matter) and its index on the page. */
export const exerciseNumber = (chapter: string, index: number) => `${chapter}.${index + 1}`;

/** The engine's value as the page stores it for the checker: full precision, never NaN. */
export function storedAnswer(value: number, id: string): string {
  if (!Number.isFinite(value)) throw new Error(`exercise ${id}: the engine returned ${value}`);
  return String(value);
}
