// "Cite this book": the whole edition as one record of type book, in the same formats and with the same
// rules as a page's citation (site/cite.ts): ASCII LaTeX BibTeX for natbib (@misc, see below) and for
// biblatex (@book), APA and MLA from citation-js, RIS and CSL-JSON. Used by the home page
// (components/CiteBook.astro); the LaTeX check (tests/e2e/latex.spec.ts) reads its BibTeX like every other
// cite box's.
import { Cite } from '@citation-js/core';
import { dayOfUtc, isoOf } from './access-date';
import { absoluteUrl } from './base';
import { bibAuthors, bibEntry, bibliography, MLA, MONTHS, risOf, type CiteFormat } from './cite';
import { SITE_AUTHORS, SITE_TITLE, SITE_VERSION, SURVEY } from './identity';
import type { Locale } from '../i18n/locales';
import { latexText, latexTitle } from './latex-text';
import { SITE_STRINGS } from './ui-strings';

const parts = (d: Date) => {
  const day = dayOfUtc(d);
  return { 'date-parts': [[day.year, day.month, day.day]] };
};

/** Stable across versions, like the page keys: the book is always `plinteractive:book`. */
export const BOOK_CITATION_KEY = 'plinteractive:book';

export function bookRecord(updated: Date, accessed: Date) {
  return {
    id: BOOK_CITATION_KEY,
    'citation-key': BOOK_CITATION_KEY,
    type: 'book',
    title: SITE_TITLE,
    author: SITE_AUTHORS.map((literal) => ({ literal })),
    URL: absoluteUrl('/'),
    // The version goes in the edition: a CSL `version` makes citation-js read the record as software.
    edition: `Interactive edition, version ${SITE_VERSION}`,
    language: 'en',
    issued: parts(updated),
    accessed: parts(accessed),
    note: `Interactive edition of ${SURVEY.title} (arXiv:${SURVEY.arxiv} ${SURVEY.version})`,
  };
}

export function bookCitations(updated: Date, accessed: Date, locale: Locale = 'en'): CiteFormat[] {
  const hints = SITE_STRINGS[locale].citeHints;
  const record = bookRecord(updated, accessed);
  const day = dayOfUtc(updated);
  // @misc for natbib, as for the pages: plainnat's @book wants a publisher, which a web edition has not.
  const natbib = bibEntry('misc', BOOK_CITATION_KEY, [
    ['author', bibAuthors()],
    ['title', latexTitle(SITE_TITLE)],
    ['howpublished', `Interactive edition, version ${SITE_VERSION}`],
    ['year', String(day.year)],
    ['month', MONTHS[day.month - 1]],
    ['url', absoluteUrl('/')],
    ['note', `Accessed ${isoOf(dayOfUtc(accessed))}. Based on ${latexText(SURVEY.title)}, arXiv:${SURVEY.arxiv}`],
  ]);
  const biblatex = bibEntry('book', BOOK_CITATION_KEY, [
    ['author', bibAuthors()],
    ['title', latexTitle(SITE_TITLE)],
    ['edition', `Interactive edition, version ${SITE_VERSION}`],
    ['date', isoOf(day)],
    ['url', absoluteUrl('/')],
    ['urldate', isoOf(dayOfUtc(accessed))],
    ['langid', 'english'],
  ]);
  const web = new Cite({ ...record, type: 'webpage' });
  return [
    { id: 'bibtex', label: 'BibTeX (natbib)', hint: hints.bibtex, text: natbib },
    { id: 'biblatex', label: 'BibLaTeX', hint: hints.biblatex, text: biblatex },
    { id: 'apa', label: 'APA', hint: hints.apa, text: bibliography(web, 'apa') },
    { id: 'mla', label: 'MLA', hint: hints.mla, text: bibliography(web, MLA) },
    {
      id: 'ris',
      label: 'RIS',
      hint: hints.ris,
      text: risOf(record),
      filename: 'preference-learning-book.ris',
      mime: 'application/x-research-info-systems',
    },
    {
      id: 'csl',
      label: 'CSL-JSON',
      hint: hints.csl,
      text: JSON.stringify([record], null, 2),
      filename: 'preference-learning-book.json',
      mime: 'application/vnd.citationstyles.csl+json',
    },
  ];
}
