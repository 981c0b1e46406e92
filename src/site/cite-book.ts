// "Cite this book": the whole edition as one CSL-JSON record of type book, turned into BibTeX (@book),
// APA, MLA and CSL-JSON by citation-js, as site/cite.ts does for a page. Used by the home page.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { absoluteUrl } from './base';
import { citationsFor, type Citations } from './cite';
import { SITE_AUTHORS, SITE_TITLE, SITE_VERSION, SURVEY } from './identity';

const parts = (d: Date) => ({ 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

export const bookCitationKey = (updated: Date) => `plinteractive${updated.getUTCFullYear()}book`;

export function bookRecord(updated: Date, accessed: Date) {
  const key = bookCitationKey(updated);
  return {
    id: key,
    'citation-key': key,
    type: 'book',
    title: SITE_TITLE,
    author: SITE_AUTHORS.map((literal) => ({ literal })),
    URL: absoluteUrl('/'),
    // The version goes in the edition: a CSL or BibTeX `version` makes citation-js read the record as software.
    edition: `Interactive edition, version ${SITE_VERSION}`,
    issued: parts(updated),
    accessed: parts(accessed),
    note: `Interactive edition of ${SURVEY.title} (arXiv:${SURVEY.arxiv} ${SURVEY.version}); site version ${SITE_VERSION}`,
  };
}

/** The book's citations; MLA comes from the page formatter's style so both boxes read alike. */
export function bookCitations(updated: Date, accessed: Date): Citations {
  const record = bookRecord(updated, accessed);
  const cite = new Cite(record);
  const format = (cite.format as (format: string, options?: object) => string).bind(cite);
  const bibtex = (format('bibtex') as string).trim();
  const mla = citationsFor({ pageTitle: SITE_TITLE, path: '/', updated, accessed }).mla;
  return {
    bibtex,
    apa: format('bibliography', { template: 'apa' }).trim(),
    mla,
    csl: JSON.stringify([record], null, 2),
  };
}
