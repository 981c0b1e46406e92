// What citers paste, through real TeX: every distinct "Copy TeX" equation of the build compiles with
// pdflatex under amsmath, amssymb and mathtools, and every cite box's BibTeX (both variants, every page
// and section, and the survey's own entry) goes through bibtex + natbib (plainnat) and biber + biblatex
// with no error and no warning. Runs when TeX Live is installed; in CI (CI=true) a missing TeX fails.
// The checks themselves live in scripts/check-latex.mjs (also `npm run check:latex`).
import { expect, test } from '@playwright/test';
import * as latex from '../../scripts/check-latex.mjs';
import { KATEX_TO_LATEX } from '../../src/site/tex-copy';

interface Entry {
  text: string;
  kind: 'bibtex' | 'biblatex' | 'both';
  page: string;
  /** From a /zh/ page: its Chinese title goes through bibtex and biber alone (no CJK LaTeX installed). */
  chinese?: boolean;
}
interface Equation {
  tex: string;
  page: string;
}
interface Failure {
  tex: string;
  page: string;
  messages: string[];
}
const check = latex as {
  missingTools(): string[];
  collectFromDist(dist?: string): { equations: Equation[]; bib: Entry[] };
  checkEquations(eqs: Equation[]): Failure[];
  checkBibliographies(entries: Entry[]): string[];
};

const missing = check.missingTools();
const install =
  'apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended ' +
  'texlive-bibtex-extra biber';

test.describe('LaTeX, BibTeX and biber accept what the book offers to copy', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(missing.length > 0 && !process.env.CI, `TeX not installed (${missing.join(', ')} missing): ${install}`);

  test('TeX Live is installed (required in CI)', () => {
    expect(missing, `install it with: ${install}`).toEqual([]);
  });

  test('every Copy TeX equation compiles with amsmath, amssymb and mathtools', () => {
    test.setTimeout(120_000);
    const { equations } = check.collectFromDist('dist');
    expect(equations.length).toBeGreaterThan(50);
    const failures = check.checkEquations(equations);
    expect(failures.map((f) => `${f.page}: ${f.messages.join('; ')}\n${f.tex}`)).toEqual([]);
  });

  test('each KaTeX-only macro has a replacement that LaTeX compiles', () => {
    const uses = Object.values(KATEX_TO_LATEX).map((tex) => ({
      // Macros that take an argument (\mathbf, \mathbb, \boldsymbol) get one.
      tex: /^\\(mathbf|mathbb|boldsymbol)$/.test(tex) ? `${tex}{x} + a_{${tex}{R}}` : `a ${tex} b_{${tex}}`,
      page: 'KATEX_TO_LATEX',
    }));
    expect(check.checkEquations(uses).map((f) => `${f.tex}: ${f.messages.join('; ')}`)).toEqual([]);
  });

  test('every cite box BibTeX passes bibtex+natbib and biber+biblatex with no warning', () => {
    test.setTimeout(300_000);
    const { bib } = check.collectFromDist('dist');
    expect(bib.filter((e) => e.kind === 'bibtex').length).toBeGreaterThan(50);
    expect(bib.filter((e) => e.kind === 'biblatex').length).toBe(bib.filter((e) => e.kind === 'bibtex').length);
    expect(bib.filter((e) => e.kind === 'both').map((e) => e.text)).toEqual([
      expect.stringContaining('@article{gao2024unified'),
    ]);
    expect(check.checkBibliographies(bib)).toEqual([]);
  });

  test('the checks fail on what used to break: KaTeX-only TeX, raw Unicode, a month with a day, a key twice', () => {
    test.setTimeout(120_000);
    const bad = check.checkEquations([
      { tex: 'y_{\\lt t}', page: 'x' },
      { tex: 'a + b', page: 'y' },
    ]);
    expect(bad.map((f) => f.tex)).toEqual(['y_{\\lt t}']);
    const entry = (key: string, title: string, month: string) => ({
      kind: 'bibtex' as const,
      page: 'x',
      text: `@misc{${key},\n  author = {{A}},\n  title = {${title}},\n  year = {2026},\n  month = ${month},\n}`,
    });
    const problems = check.checkBibliographies([
      entry('unicode', 'Why π ≻ δ', 'nov'),
      entry('month', 'Month', '{nov 24}'),
      entry('twice', 'One', 'nov'),
      entry('twice', 'Two', 'nov'),
    ]);
    expect(problems.join('\n')).toMatch(/Unicode character/);
    expect(problems.join('\n')).toMatch(/key twice has two different entries|Repeated entry/);
    expect(problems.join('\n')).toMatch(/nov 24|month/i);
    // A Chinese page's entry may hold Chinese, nothing else beyond ASCII; and a broken one is caught by bibtex.
    const chinese = (key: string, title: string, tail = ',\n}') => ({
      kind: 'bibtex' as const,
      page: '/zh/x/',
      chinese: true,
      text: `@misc{${key},\n  author = {{A}},\n  title = {${title}},\n  year = {2026}${tail}`,
    });
    expect(check.checkBibliographies([chinese('zh-ok', '算法：成对方法')])).toEqual([]);
    const zhProblems = check.checkBibliographies([chinese('zh-pi', '算法 π'), chinese('zh-broken', '算法', ',\n')]);
    expect(zhProblems.join('\n')).toMatch(/non-ASCII character "π"/);
    expect(zhProblems.join('\n')).toMatch(/bibtex: .*(I was expecting|zh-broken|error)/);
  });
});
