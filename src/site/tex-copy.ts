// The TeX that "Copy TeX" puts on the clipboard: the equation's source rewritten so it compiles in LaTeX
// with amsmath, amssymb and mathtools, pasted inside \[ … \] or an equation environment. KaTeX accepts
// more than those packages define; each KaTeX-only macro either has a standard spelling here, or it
// cannot be copied faithfully and fails the build (the author then writes the standard form).
// The `% label:` line is dropped (the reader's document numbers its own equations). The full check,
// every copied equation through pdflatex, is tests/e2e/latex.spec.ts.

/** The preamble the copied TeX is written for, stated next to every Copy TeX button. */
export const COPY_TEX_PREAMBLE = '\\usepackage{amsmath, amssymb, mathtools}';

/**
 * KaTeX-only macros (from KaTeX's list of supported functions) and their standard LaTeX spelling.
 * Replacements that are several tokens are braced ({\mathbb{R}}) so `x_\R` stays one subscript; operators
 * are not, so that their limits still go below them.
 */
export const KATEX_TO_LATEX: Record<string, string> = {
  '\\lt': '<',
  '\\gt': '>',
  '\\R': '{\\mathbb{R}}',
  '\\Reals': '{\\mathbb{R}}',
  '\\reals': '{\\mathbb{R}}',
  '\\N': '{\\mathbb{N}}',
  '\\natnums': '{\\mathbb{N}}',
  '\\Z': '{\\mathbb{Z}}',
  '\\Complex': '{\\mathbb{C}}',
  '\\cnums': '{\\mathbb{C}}',
  '\\argmax': '\\operatorname*{arg\\,max}',
  '\\argmin': '\\operatorname*{arg\\,min}',
  '\\bold': '\\mathbf',
  '\\Bbb': '\\mathbb',
  '\\bm': '\\boldsymbol',
  '\\empty': '\\emptyset',
  '\\infin': '\\infty',
  '\\isin': '\\in',
  '\\sub': '\\subset',
  '\\sube': '\\subseteq',
  '\\supe': '\\supseteq',
  '\\sdot': '\\cdot',
  '\\plusmn': '\\pm',
  '\\exist': '\\exists',
  '\\lang': '\\langle',
  '\\rang': '\\rangle',
  '\\larr': '\\leftarrow',
  '\\rarr': '\\rightarrow',
  '\\lArr': '\\Leftarrow',
  '\\rArr': '\\Rightarrow',
  '\\Larr': '\\Leftarrow',
  '\\Rarr': '\\Rightarrow',
  '\\harr': '\\leftrightarrow',
  '\\lrarr': '\\leftrightarrow',
  '\\hArr': '\\Leftrightarrow',
  '\\Harr': '\\Leftrightarrow',
  '\\lrArr': '\\Leftrightarrow',
  '\\Lrarr': '\\Leftrightarrow',
  '\\uarr': '\\uparrow',
  '\\darr': '\\downarrow',
  '\\Alpha': '{\\mathrm{A}}',
  '\\Beta': '{\\mathrm{B}}',
  '\\Epsilon': '{\\mathrm{E}}',
  '\\Zeta': '{\\mathrm{Z}}',
  '\\Eta': '{\\mathrm{H}}',
  '\\Iota': '{\\mathrm{I}}',
  '\\Kappa': '{\\mathrm{K}}',
  '\\Mu': '{\\mathrm{M}}',
  '\\Nu': '{\\mathrm{N}}',
  '\\Rho': '{\\mathrm{P}}',
  '\\Tau': '{\\mathrm{T}}',
  '\\Chi': '{\\mathrm{X}}',
  '\\thetasym': '\\vartheta',
  '\\alefsym': '\\aleph',
  '\\alef': '\\aleph',
  '\\real': '\\Re',
  '\\image': '\\Im',
  '\\weierp': '\\wp',
  '\\bull': '\\bullet',
  '\\clubs': '\\clubsuit',
  '\\diamonds': '\\diamondsuit',
  '\\hearts': '\\heartsuit',
  '\\spades': '\\spadesuit',
  '\\Dagger': '\\ddagger',
};

/** KaTeX extensions with no meaning under amsmath, amssymb and mathtools: refused. */
const REFUSED = [
  '\\htmlClass',
  '\\htmlId',
  '\\htmlStyle',
  '\\htmlData',
  '\\href',
  '\\url',
  '\\includegraphics',
  '\\color',
  '\\textcolor',
  '\\colorbox',
  '\\fcolorbox',
  '\\cancel',
  '\\bcancel',
  '\\xcancel',
  '\\sout',
  '\\ce',
  '\\pu',
  '\\bra',
  '\\ket',
  '\\braket',
  '\\Bra',
  '\\Ket',
  '\\Braket',
  '\\set',
  '\\Set',
  '\\label',
  '\\eqref',
  '\\ref',
];

const MACRO = /\\([A-Za-z]+)(?![A-Za-z])/g;

/** The equation's TeX as readers copy it: standard LaTeX, no label line. Throws on a refused macro. */
export function texForLatex(tex: string): string {
  return tex.replace(MACRO, (whole: string, _name: string, offset: number) => {
    // `\\R` is a line break followed by R, not the macro \R.
    const before = tex.slice(0, offset).match(/\\*$/)![0].length;
    if (before % 2 === 1) return whole;
    if (REFUSED.includes(whole)) {
      throw new Error(`${whole} only renders in KaTeX; write it with amsmath/amssymb/mathtools so "Copy TeX" compiles`);
    }
    const latex = KATEX_TO_LATEX[whole];
    if (latex === undefined) return whole;
    return latex;
  });
}
