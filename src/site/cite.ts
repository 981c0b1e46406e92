// "Cite this page / this section": one record per page or section, written in every format a citer pastes
// into their own tools. BibTeX comes in two variants written here (citation-js's BibTeX output is neither
// ASCII-safe for classic bibtex nor biblatex-idiomatic): "BibTeX (natbib)" for classic bibtex with
// natbib/plainnat, as the NeurIPS, ICML and ACL templates use, and "BibLaTeX" for biber/biblatex. APA, MLA,
// RIS (Zotero, EndNote, Mendeley) and CSL-JSON come from citation-js. The site's version and the page's
// URL (with the section's anchor) are part of every format, so a citation always says which text was read.
// tests/e2e/latex.spec.ts runs every page's BibTeX through bibtex+natbib and biber+biblatex.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { dayOfUtc, isoOf, type Day } from './access-date';
import mlaStyle from './csl/mla-web.csl?raw';
import { absoluteUrl } from './base';
import { HTML_LANG, type Locale } from '../i18n/locales';
import { SITE_AUTHORS, SITE_TITLES, SITE_VERSION, SURVEY } from './identity';
import { latexText, latexTitle } from './latex-text';
import { SITE_STRINGS } from './ui-strings';

export const MLA = 'preference-learning-mla';
// citation-js 0.7 (the last line whose engines field accepts Node 20) keeps CSL styles under `templates`.
type Templates = { has(n: string): boolean; add(n: string, xml: string): void };
const styles = (plugins.config.get('@csl') as { templates: Templates }).templates;
if (!styles.has(MLA)) styles.add(MLA, mlaStyle);

export interface CiteTarget {
  pageTitle: string;
  path: string; // URL path of the page, e.g. /unified-view/
  section?: { title: string; anchor: string };
  updated: Date; // last change of the page's source
  accessed: Date;
  /** The language of the page cited (default English): it sets the book's title and the `language` fields. */
  locale?: Locale;
}

const bookTitle = (t: Pick<CiteTarget, 'locale'>) => SITE_TITLES[t.locale ?? 'en'].title;
/** The `language` field of a Chinese page's BibTeX and BibLaTeX entries. */
const BIB_LANGUAGE = { zh: { language: 'Chinese' } };

/** One format of the cite box, rendered generically by CiteThis.astro (a download link when it has a file name). */
export interface CiteFormat {
  id: 'bibtex' | 'biblatex' | 'apa' | 'mla' | 'ris' | 'csl';
  label: string;
  /** What the format is for, one short sentence for the reader. */
  hint: string;
  text: string;
  filename?: string;
  mime?: string;
}

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const parts = (d: Day) => ({ 'date-parts': [[d.year, d.month, d.day]] });

/**
 * The citation key names the page and the section, never a date or a version: the same section keeps its
 * key across updates of the book, so a reader's \cite commands survive a refreshed .bib. Paths and anchors
 * are stable by policy (tests/published-urls.txt), e.g. plinteractive:algorithms/pair-wise:dpo.
 */
export function citationKey(t: Pick<CiteTarget, 'path' | 'section'>): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9/-]+/g, '-');
  const page = clean(t.path.replace(/^\/+|\/+$/g, '')) || 'home';
  return `plinteractive:${page}${t.section ? `:${clean(t.section.anchor)}` : ''}`;
}

export const citationUrl = (t: Pick<CiteTarget, 'path' | 'section'>) =>
  absoluteUrl(t.path + (t.section ? `#${t.section.anchor}` : ''));

const titleOf = (t: CiteTarget) => (t.section ? `${t.section.title} (in “${t.pageTitle}”)` : t.pageTitle);

/** CSL-JSON: a section of a book (Zotero's "Book Section"), the book being this site. */
export function cslRecord(t: CiteTarget) {
  return {
    id: citationKey(t),
    'citation-key': citationKey(t),
    type: 'chapter',
    title: titleOf(t),
    'container-title': bookTitle(t),
    author: SITE_AUTHORS.map((literal) => ({ literal })),
    URL: citationUrl(t),
    version: SITE_VERSION,
    language: HTML_LANG[t.locale ?? 'en'],
    issued: parts(dayOfUtc(t.updated)),
    accessed: parts(dayOfUtc(t.accessed)),
    note:
      `Interactive edition of ${SURVEY.title} (arXiv:${SURVEY.arxiv} ${SURVEY.version}); ` +
      `site version ${SITE_VERSION}`,
  };
}

/** A corporate author in braces so that neither bibtex nor biber splits it into first and last names. */
export const bibAuthors = () => SITE_AUTHORS.map((a) => `{${latexText(a)}}`).join(' and ');

export function bibEntry(type: string, key: string, fields: Array<[string, string | undefined]>): string {
  const kept = fields.filter((f): f is [string, string] => f[1] !== undefined);
  const width = Math.max(...kept.map(([k]) => k.length));
  // A bare month macro (nov) is written without braces; everything else is braced.
  const body = kept.map(([k, v]) => `  ${k.padEnd(width)} = ${/^[a-z]{3}$/.test(v) && k === 'month' ? v : `{${v}}`},`);
  return `@${type}{${key},\n${body.join('\n')}\n}`;
}

/**
 * Classic BibTeX for natbib (plainnat and the conference styles built on it): @misc, the only type those
 * styles print with a URL and no publisher; the date as year plus a bare month macro; the URL once
 * (`url`, which plainnat prints with \url); the access date as a note, since these styles have no urldate.
 */
export function natbibEntry(t: CiteTarget): string {
  const updated = dayOfUtc(t.updated);
  const where = t.section ? `Section of \`\`${latexText(t.pageTitle)}'' in ` : '';
  return bibEntry('misc', citationKey(t), [
    ['author', bibAuthors()],
    ['title', latexTitle(t.section?.title ?? t.pageTitle)],
    ['howpublished', `${where}\\emph{${latexText(bookTitle(t))}}, version ${SITE_VERSION}`],
    ['year', String(updated.year)],
    ['month', MONTHS[updated.month - 1]],
    ['url', citationUrl(t)],
    ['note', `Accessed ${isoOf(dayOfUtc(t.accessed))}`],
    ['language', t.locale === 'zh' ? BIB_LANGUAGE.zh.language : undefined],
  ]);
}

/**
 * BibLaTeX for biber: @inbook (a self-contained part of a book with its own title) with the full date,
 * the version, `url` and `urldate`. A section's book title is its page, inside the site (`maintitle`).
 */
export function biblatexEntry(t: CiteTarget): string {
  return bibEntry('inbook', citationKey(t), [
    ['author', bibAuthors()],
    ['title', latexTitle(t.section?.title ?? t.pageTitle)],
    ['booktitle', latexTitle(t.section ? t.pageTitle : bookTitle(t))],
    ['maintitle', t.section ? latexTitle(bookTitle(t)) : undefined],
    // biblatex's data model has no `version` for @inbook (biber --validate-datamodel warns); `edition` takes
    // a literal string, which is what a version of a web book is.
    ['edition', `Version ${SITE_VERSION}`],
    ['date', isoOf(dayOfUtc(t.updated))],
    ['url', citationUrl(t)],
    ['urldate', isoOf(dayOfUtc(t.accessed))],
    // biblatex's langid names a babel language for hyphenation; babel has no "chinese", so a Chinese page
    // gives its language as the printed `language` field only.
    ['langid', t.locale === 'zh' ? undefined : 'english'],
    ['language', t.locale === 'zh' ? BIB_LANGUAGE.zh.language : undefined],
  ]);
}

/** citation-js's typings omit the `template` option its CSL plugin reads. */
export function bibliography(cite: Cite, template: string): string {
  return (cite.format as (format: string, options: object) => string)('bibliography', { template }).trim();
}

/**
 * RIS from citation-js's RIS mapping, written out here: citation-js wraps every value at 70 characters
 * (the old RIS line limit, which splits URLs) and cuts ID to 20, so the lines are joined from its
 * tag object instead, without the truncated ID, with the full publication date (DA) its CHAP mapping
 * leaves out and with padded dates.
 */
export function risOf(record: Pick<ReturnType<typeof cslRecord>, 'accessed' | 'issued'>): string {
  const entry = (new Cite(record).format('ris', { format: 'object' }) as Array<Record<string, unknown>>)[0];
  const ris = ([y, m, d]: number[]) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`;
  // Dates as the RIS spec writes them (YYYY/MM/DD/); citation-js leaves the access date (Y2) unpadded.
  const tags: Record<string, unknown> = {
    ...entry,
    Y2: ris(record.accessed['date-parts'][0]),
    DA: ris(record.issued['date-parts'][0]),
  };
  delete tags.ID;
  const lines = Object.entries(tags)
    .filter(([tag]) => tag !== 'TY')
    .flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v)}`));
  return [`TY  - ${String(entry.TY)}`, ...lines, 'ER  - '].join('\n');
}

export function citationFormats(t: CiteTarget): CiteFormat[] {
  const hints = SITE_STRINGS[t.locale ?? 'en'].citeHints;
  const record = cslRecord(t);
  // APA 7 and MLA 9 cite a dated web document by its full date, which their CSL styles print for web pages.
  const web = new Cite({ ...record, type: 'webpage' });
  const file = citationKey(t)
    .replace(/^plinteractive:/, 'preference-learning-')
    .replace(/[/:]/g, '-');
  return [
    {
      id: 'bibtex',
      label: 'BibTeX (natbib)',
      hint: hints.bibtex,
      text: natbibEntry(t),
    },
    {
      id: 'biblatex',
      label: 'BibLaTeX',
      hint: hints.biblatex,
      text: biblatexEntry(t),
    },
    { id: 'apa', label: 'APA', hint: hints.apa, text: bibliography(web, 'apa') },
    { id: 'mla', label: 'MLA', hint: hints.mla, text: bibliography(web, MLA) },
    {
      id: 'ris',
      label: 'RIS',
      hint: hints.ris,
      text: risOf(record),
      filename: `${file}.ris`,
      mime: 'application/x-research-info-systems',
    },
    {
      id: 'csl',
      label: 'CSL-JSON',
      hint: hints.csl,
      text: JSON.stringify([record], null, 2),
      filename: `${file}.json`,
      mime: 'application/vnd.citationstyles.csl+json',
    },
  ];
}

/** The formats by id. */
export function citationsFor(t: CiteTarget): Record<CiteFormat['id'], string> {
  return Object.fromEntries(citationFormats(t).map((f) => [f.id, f.text])) as Record<CiteFormat['id'], string>;
}

/**
 * The survey itself, for "how to cite the original": one entry that classic bibtex (natbib) and biber
 * both read without a warning, the form arXiv's own export gives.
 */
export const SURVEY_BIBTEX = bibEntry('article', 'gao2024unified', [
  ['title', latexTitle(SURVEY.title)],
  ['author', SURVEY.authors.split(', ').map(latexText).join(' and ')],
  ['journal', `arXiv preprint arXiv:${SURVEY.arxiv}`],
  ['year', '2024'],
  ['url', SURVEY.url],
]);
