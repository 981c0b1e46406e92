// The LaTeX that citers paste: titles as ASCII LaTeX for .bib files (escapes, dashes, quotes, accents,
// symbols as math, capitals protected), and "Copy TeX" rewritten from KaTeX's dialect to amsmath/amssymb/
// mathtools. KaTeX itself is the independent judge that each replaced macro is a KaTeX macro and that its
// replacement renders the same formula.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { latexText, latexTitle } from '../../../src/site/latex-text';
import { KATEX_TO_LATEX, texForLatex } from '../../../src/site/tex-copy';

describe('latexText', () => {
  it('spells typography, accents and symbols in ASCII LaTeX', () => {
    expect(latexText('Preference Learning for LLMs — an interactive edition')).toBe(
      'Preference Learning for LLMs --- an interactive edition',
    );
    expect(latexText('Bradley–Terry')).toBe('Bradley--Terry');
    expect(latexText('Is a frozen reward model “the environment”?')).toBe(
      "Is a frozen reward model ``the environment''?",
    );
    expect(latexText('DPO’s objective')).toBe("DPO's objective");
    expect(latexText('Why π ≻ δ')).toBe('Why {$\\pi$} {$\\succ$} {$\\delta$}');
    expect(latexText('Müller, Gómez, Çelik, naïve')).toBe('M{\\"u}ller, G{\\\'o}mez, {\\c{C}}elik, na{\\"\\i}ve');
    expect(latexText('50% of A&B #1 x_i ~ $5 {a} \\')).toBe(
      '50\\% of A\\&B \\#1 x\\_i \\textasciitilde{} \\$5 \\{a\\} \\textbackslash{}',
    );
  });
  it('refuses a character it cannot spell, naming it', () => {
    expect(() => latexText('A ☃ section')).toThrow(/U\+2603/);
  });
  it('writes ASCII only', () => {
    const all = 'αβγδεθλμπρστφψωΔΣΠΩ≻≺≥≤≠≈∝×·±−∇∞∈∑∏→←′—–“”‘’…éèêëáàâäöüñçøåß';
    expect([...latexText(all)].every((ch) => ch.charCodeAt(0) < 0x7f)).toBe(true);
  });
});

describe('latexTitle', () => {
  it('protects capitals beyond a plain initial from BibTeX case changes', () => {
    expect(latexTitle('Fixing DPO’s objective')).toBe("Fixing {DPO's} objective");
    expect(latexTitle('From pairs to lists: the Plackett–Luce model')).toBe(
      'From pairs to lists: the {Plackett--Luce} model',
    );
    expect(latexTitle('DPO in practice')).toBe('{DPO} in practice');
    expect(latexTitle('Why lists')).toBe('Why lists');
    expect(latexTitle('One gradient, four choices of δ')).toBe('One gradient, four choices of {$\\delta$}');
  });
});

/** KaTeX's MathML for a formula, without the annotation that repeats the source. */
const mathml = (tex: string) =>
  katex
    .renderToString(tex, { output: 'mathml', strict: 'error', throwOnError: true })
    .replace(/<annotation[\s\S]*?<\/annotation>/, '');

describe('texForLatex', () => {
  it('writes < and > for \\lt and \\gt, and keeps standard TeX as it is', () => {
    expect(texForLatex('y_{\\lt t} \\gt 0')).toBe('y_{< t} > 0');
    const standard = '\\mathcal{L} = -\\log\\sigma\\big(\\beta h\\big) \\qquad \\operatorname*{arg\\,max}_x f';
    expect(texForLatex(standard)).toBe(standard);
  });
  it('does not take a line break followed by a letter for a macro', () => {
    expect(texForLatex('a \\\\R b')).toBe('a \\\\R b');
    expect(texForLatex('a \\\\\\R b')).toBe('a \\\\{\\mathbb{R}} b');
  });
  it('refuses KaTeX extensions that LaTeX with these packages lacks, and labels', () => {
    expect(() => texForLatex('\\htmlClass{x}{y}')).toThrow(/only renders in KaTeX/);
    expect(() => texForLatex('\\color{red} x')).toThrow(/only renders in KaTeX/);
    expect(() => texForLatex('x \\label{eq}')).toThrow(/\\label/);
  });
  it('maps only macros KaTeX knows, each to a formula KaTeX renders the same', () => {
    for (const [from, to] of Object.entries(KATEX_TO_LATEX)) {
      const takesArgument = /^\\(mathbf|mathbb|boldsymbol)$/.test(to);
      const sample = (m: string) => (takesArgument ? `a + ${m}{x}` : `a ${m} b`);
      expect(() => mathml(sample(from)), from).not.toThrow();
      // Braces make an ordinary group in KaTeX's MathML (an extra <mrow>), which renders the same.
      const norm = (s: string) => s.replace(/<\/?mrow>/g, '');
      expect(norm(mathml(sample(to))), `${from} → ${to}`).toBe(norm(mathml(sample(from))));
    }
  });
});
