// The access date of a citation is the day the reader read the page, not the day the site was built.
// The build writes every format with its build day; in the browser, the page's script rewrites each
// format's access date to the reader's local day with the rules below, one per format, each anchored on
// the access date's own field (so a page updated on the same day keeps its publication date).
// No dependency: this module is bundled into the page script. A unit test checks that rewriting the
// build's text gives exactly what citation-js and cite.ts produce for the new day, in every month.
import type { Locale } from '../i18n/locales';

export interface Day {
  year: number;
  month: number; // 1–12
  day: number;
}

export const dayOfUtc = (d: Date): Day => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
});
/** The reader's calendar day, in their own time zone. */
export const localDay = (d = new Date()): Day => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

const two = (n: number) => String(n).padStart(2, '0');
export const isoOf = (d: Day) => `${d.year}-${two(d.month)}-${two(d.day)}`;
// citation-js's en-US short month terms, as the MLA style prints them.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const longDateOf = (d: Day) => `${d.day} ${LONG_MONTHS[d.month - 1]} ${d.year}`;

type Rule = (text: string, d: Day) => string;

/** How each format (by its id in cite.ts) states the access date. APA 7 prints none for these pages. */
export const ACCESS_DATE_RULES: Record<string, Rule> = {
  bibtex: (text, d) => text.replace(/(note\s*=\s*\{Accessed )\d{4}-\d{2}-\d{2}/, `$1${isoOf(d)}`),
  biblatex: (text, d) => text.replace(/(urldate\s*=\s*\{)\d{4}-\d{2}-\d{2}/, `$1${isoOf(d)}`),
  mla: (text, d) =>
    text.replace(/(Accessed )\d{1,2} [A-Z][a-z]{2}\.? \d{4}/, `$1${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`),
  ris: (text, d) => text.replace(/^(Y2 {2}- )\d{4}\/\d{2}\/\d{2}\//m, `$1${d.year}/${two(d.month)}/${two(d.day)}/`),
  csl: (text, d) => {
    const records = JSON.parse(text) as Array<{ accessed?: unknown }>;
    for (const r of records) if (r.accessed) r.accessed = { 'date-parts': [[d.year, d.month, d.day]] };
    return JSON.stringify(records, null, 2);
  },
};

/** The format's text with its access date set to `d`; formats without one come back unchanged. */
export function withAccessDate(formatId: string, text: string, d: Day): string {
  const rule = ACCESS_DATE_RULES[formatId];
  return rule ? rule(text, d) : text;
}

const en = {
  built: (d: Day) =>
    `The access date in these citations is ${longDateOf(d)}, the day this copy of the site was built; ` +
    'with JavaScript on, your browser replaces it with the day you read the page.',
  reader: (d: Day) => `The access date in these citations is today, ${longDateOf(d)}, filled in by your browser.`,
};
const chineseDate = (d: Day) => `${d.year} 年 ${d.month} 月 ${d.day} 日`;
const zh: typeof en = {
  built: (d: Day) =>
    `这些引用中的访问日期是 ${chineseDate(d)}，即本站这份副本的构建日期；启用 JavaScript 时，浏览器会把它换成你阅读本页的日期。`,
  reader: (d: Day) => `这些引用中的访问日期是今天（${chineseDate(d)}），由你的浏览器填入。`,
};

/** Reader-visible sentences about the access date, per locale. */
export const ACCESS_DATE_STRINGS: Record<Locale, typeof en> = { en, zh };
