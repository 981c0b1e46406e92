// Checks of a typed { en, zh } dictionary (src/i18n/locales.ts), shared by the dictionary tests: every
// entry (function entries called with sample numbers) is non-empty in Chinese and mostly Chinese where
// the English has words to translate, and both languages show the same numbers, formatted the same way.

/** Sample arguments for function entries: numbers with several digits, so formatting differences show. */
const SAMPLES = [0.4567, 1.2345, 0.0789, 3];

export interface Entry {
  path: string;
  en: string;
  zh: string;
}

/**
 * Every leaf of the two dictionaries, paired by path; a function entry is called with sample numbers
 * (or left out with `functions` false, for entries that take records: test what they build instead).
 */
export function entries(en: unknown, zh: unknown, path = '', functions = true): Entry[] {
  if (typeof en === 'function') {
    if (!functions) return [];
    const args = SAMPLES.slice(0, en.length);
    return entries(en(...args), (zh as (...a: number[]) => unknown)(...args), `${path}(…)`, functions);
  }
  if (typeof en === 'string') return [{ path, en, zh: zh as string }];
  if (Array.isArray(en)) return en.flatMap((v, i) => entries(v, (zh as unknown[])[i], `${path}[${i}]`, functions));
  if (en && typeof en === 'object')
    return Object.keys(en).flatMap((k) =>
      entries(
        (en as Record<string, unknown>)[k],
        (zh as Record<string, unknown>)?.[k],
        path ? `${path}.${k}` : k,
        functions,
      ),
    );
  return [];
}

// Symbols and names that stay as they are in Chinese text (units, functions, names of methods, losses
// and models); a word with two capitals (KTO, ReMax, SimPO) is a method's name too.
const KEPT = new Set(['ref', 'exp', 'log', 'nats', 'top', 'best', 'of', 'hinge', 'softmax', 'Plackett', 'Luce']);
const isName = (w: string) => KEPT.has(w) || KEPT.has(w.toLowerCase()) || (w.match(/[A-Z]/g) ?? []).length >= 2;

/** Whether an English string has words to translate (not only symbols, numbers, names and math). */
export function hasWords(text: string): boolean {
  return (text.match(/[A-Za-z]{3,}/g) ?? []).some((w) => !isName(w));
}

export function chineseShare(text: string): number {
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length / 3;
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin);
}

/** The numbers a string shows, as written (a true minus sign and a dot as the decimal mark), sorted. */
export function numbersIn(text: string): string[] {
  return (text.match(/[−-]?\d+(\.\d+)?/g) ?? []).sort();
}

/** Problems of one dictionary pair, one line each; an empty list is a pass. */
export function dictionaryProblems(en: unknown, zh: unknown, { minShare = 0.5, functions = true } = {}): string[] {
  const problems: string[] = [];
  for (const e of entries(en, zh, '', functions)) {
    if (typeof e.zh !== 'string' || e.zh.trim() === '') {
      problems.push(`${e.path}: empty in Chinese`);
      continue;
    }
    if (hasWords(e.en) && chineseShare(e.zh) < minShare)
      problems.push(`${e.path}: not mostly Chinese: ${JSON.stringify(e.zh)}`);
    if (numbersIn(e.en).join(' ') !== numbersIn(e.zh).join(' '))
      problems.push(`${e.path}: numbers differ: ${numbersIn(e.en)} vs ${numbersIn(e.zh)}`);
    if (/[,.;:?!]$/.test(e.zh) && /[\u4e00-\u9fff]/.test(e.zh.slice(-3)))
      problems.push(`${e.path}: half-width punctuation after Chinese: ${JSON.stringify(e.zh)}`);
  }
  return problems;
}
