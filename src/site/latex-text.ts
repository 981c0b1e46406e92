// Plain text (a page or section title, the site's name) as LaTeX text for a .bib file that classic
// BibTeX and biber both read: 7-bit ASCII only, TeX's special characters escaped, typographic dashes and
// quotes in TeX's ligature spelling, accented letters as accent commands and symbols as math in braces
// (braces so that BibTeX's case changes leave them alone). A character with no mapping is an error, so
// a new heading with an unusual character fails the build instead of breaking a reader's bibliography.

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Typography that has an ASCII spelling in TeX. */
const TEXT: Record<string, string> = {
  '\u2014': '---',
  '\u2013': '--',
  '\u2010': '-',
  '\u2011': '-',
  '\u201C': '``',
  '\u201D': "''",
  '\u2018': '`',
  '\u2019': "'",
  '\u2026': '\\ldots{}',
  '\u00A0': '~',
  '\u2009': '\\,',
  '\u00DF': '{\\ss}',
  '\u00F8': '{\\o}',
  '\u00D8': '{\\O}',
  '\u00E6': '{\\ae}',
  '\u00C6': '{\\AE}',
  '\u0153': '{\\oe}',
  '\u0152': '{\\OE}',
  '\u0142': '{\\l}',
  '\u0141': '{\\L}',
  '\u00E5': '{\\aa}',
  '\u00C5': '{\\AA}',
  '\u0131': '{\\i}',
};

/** Symbols that only exist in math mode: written as {$\macro$}. */
const MATH: Record<string, string> = {
  α: '\\alpha',
  β: '\\beta',
  γ: '\\gamma',
  δ: '\\delta',
  ε: '\\varepsilon',
  ϵ: '\\epsilon',
  ζ: '\\zeta',
  η: '\\eta',
  θ: '\\theta',
  ι: '\\iota',
  κ: '\\kappa',
  λ: '\\lambda',
  μ: '\\mu',
  ν: '\\nu',
  ξ: '\\xi',
  π: '\\pi',
  ρ: '\\rho',
  σ: '\\sigma',
  τ: '\\tau',
  υ: '\\upsilon',
  φ: '\\varphi',
  ϕ: '\\phi',
  χ: '\\chi',
  ψ: '\\psi',
  ω: '\\omega',
  Γ: '\\Gamma',
  Δ: '\\Delta',
  Θ: '\\Theta',
  Λ: '\\Lambda',
  Ξ: '\\Xi',
  Π: '\\Pi',
  Σ: '\\Sigma',
  Φ: '\\Phi',
  Ψ: '\\Psi',
  Ω: '\\Omega',
  '≻': '\\succ',
  '≺': '\\prec',
  '≽': '\\succeq',
  '≼': '\\preceq',
  '≥': '\\geq',
  '≤': '\\leq',
  '≠': '\\neq',
  '≈': '\\approx',
  '∝': '\\propto',
  '×': '\\times',
  '·': '\\cdot',
  '±': '\\pm',
  '−': '-',
  '∇': '\\nabla',
  '∞': '\\infty',
  '∈': '\\in',
  '∑': '\\sum',
  '∏': '\\prod',
  '→': '\\to',
  '←': '\\leftarrow',
  '↔': '\\leftrightarrow',
  '⇒': '\\Rightarrow',
  '′': "'",
  '‖': '\\|',
  '∣': '\\mid',
};

/** Combining accents (after Unicode decomposition) and the TeX accent command for each. */
const ACCENT: Record<string, string> = {
  '\u0301': "\\'",
  '\u0300': '\\`',
  '\u0302': '\\^',
  '\u0308': '\\"',
  '\u0303': '\\~',
  '\u0304': '\\=',
  '\u0306': '\\u',
  '\u0307': '\\.',
  '\u030A': '\\r',
  '\u030B': '\\H',
  '\u030C': '\\v',
  '\u0327': '\\c',
  '\u0328': '\\k',
};

function accented(ch: string): string | undefined {
  const [base, ...marks] = [...ch.normalize('NFD')];
  if (marks.length !== 1 || !/^[A-Za-z]$/.test(base) || !ACCENT[marks[0]]) return undefined;
  const letter = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base;
  // Letter-named accents need a space or braces; braces for all keep BibTeX's case change off them.
  return /[a-z]$/.test(ACCENT[marks[0]]) ? `{${ACCENT[marks[0]]}{${letter}}}` : `{${ACCENT[marks[0]]}${letter}}`;
}

/** CJK ideographs, CJK punctuation and full-width forms. */
const CJK = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]$/;

/** One character of text as LaTeX; throws for a character this table does not know. */
function latexChar(ch: string, context: string): string {
  if (SPECIAL[ch]) return SPECIAL[ch];
  if (/^[\x20-\x7e]$/.test(ch)) return ch;
  if (TEXT[ch]) return TEXT[ch];
  if (MATH[ch]) return `{$${MATH[ch]}$}`;
  // Chinese titles (the /zh/ pages) stay UTF-8: a document that cites them is typeset with ctex or xeCJK,
  // which read them as they are; biber and bibtex pass them through.
  if (CJK.test(ch)) return ch;
  const a = accented(ch);
  if (a) return a;
  const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  throw new Error(`No LaTeX spelling for "${ch}" (U+${code}) in "${context}": add it to src/site/latex-text.ts`);
}

/** Text as LaTeX text: ASCII-only, special characters escaped, symbols as math. */
export function latexText(text: string): string {
  // Straight double quotes become TeX quotes, opening after a space or at the start.
  const quoted = text.replace(/"([^"]*)"/g, '\u201C$1\u201D');
  return [...quoted.normalize('NFC')].map((ch) => latexChar(ch, text)).join('');
}

/**
 * A title as LaTeX with its capitals protected: classic BibTeX styles (plainnat's "t" case change) and
 * biblatex's sentence case lower-case every letter outside braces except the first, so each word that
 * holds a capital beyond a plain initial (DPO, Bradley–Terry, PPO's) is wrapped in braces.
 */
export function latexTitle(title: string): string {
  return title
    .split(/( +)/)
    .map((word, i) => {
      if (/^ +$/.test(word) || word === '') return word;
      const tex = latexText(word);
      const capitals = [...word].filter((ch) => /\p{Lu}/u.test(ch) && !MATH[ch]).length;
      const plainInitial = i === 0 && capitals === 1 && /^[A-Z]/.test(word);
      return capitals > 0 && !plainInitial ? `{${tex}}` : tex;
    })
    .join('');
}
