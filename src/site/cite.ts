// "Cite this page / this section": one CSL-JSON record per page or section, turned into BibTeX, APA,
// MLA and CSL-JSON by citation-js. The site's version and the page's URL (with the section's anchor)
// are part of every format, so a citation always says which text was read.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import mlaStyle from './csl/mla-web.csl?raw';
import { absoluteUrl } from './base';
import { SITE_AUTHORS, SITE_TITLE, SITE_VERSION, SURVEY } from './identity';

const MLA = 'preference-learning-mla';
// citation-js 0.7 (the last line whose engines field accepts Node 20) keeps CSL styles under `templates`.
const styles = (plugins.config.get('@csl') as { templates: { has(n: string): boolean; add(n: string, xml: string): void } }).templates;
if (!styles.has(MLA)) styles.add(MLA, mlaStyle);

export interface CiteTarget {
  pageTitle: string;
  path: string; // URL path of the page, e.g. /unified-view/
  section?: { title: string; anchor: string };
  updated: Date; // last change of the page's source
  accessed: Date;
}

const parts = (d: Date) => ({ 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

export function citationKey(t: CiteTarget): string {
  const slug = (t.section?.anchor ?? (t.path.replace(/\//g, ' ').trim() || 'home')).replace(/[^a-z0-9]+/gi, '');
  return `plinteractive${t.updated.getUTCFullYear()}${slug}`.toLowerCase();
}

export function cslRecord(t: CiteTarget) {
  const url = absoluteUrl(t.path + (t.section ? `#${t.section.anchor}` : ''));
  return {
    id: citationKey(t),
    'citation-key': citationKey(t),
    type: 'webpage',
    title: t.section ? `${t.section.title} (in “${t.pageTitle}”)` : t.pageTitle,
    'container-title': SITE_TITLE,
    author: SITE_AUTHORS.map((literal) => ({ literal })),
    URL: url,
    version: SITE_VERSION,
    issued: parts(t.updated),
    accessed: parts(t.accessed),
    note: `Interactive edition of ${SURVEY.title} (arXiv:${SURVEY.arxiv} ${SURVEY.version}); site version ${SITE_VERSION}`,
  };
}

/** citation-js's typings omit the `template` option its CSL plugin reads. */
function bibliography(cite: Cite, template: string): string {
  return ((cite.format as (format: string, options: object) => string)('bibliography', { template })).trim();
}

export interface Citations {
  bibtex: string;
  apa: string;
  mla: string;
  csl: string;
}

export function citationsFor(t: CiteTarget): Citations {
  const record = cslRecord(t);
  const cite = new Cite(record);
  // citation-js's BibTeX output has no version field; BibTeX keeps unknown fields, so add it.
  const bibtex = (cite.format('bibtex') as string).trim().replace(/\n}$/, `\n\tversion = {${SITE_VERSION}},\n}`);
  return {
    bibtex,
    apa: bibliography(cite, 'apa'),
    mla: bibliography(cite, MLA),
    csl: JSON.stringify([record], null, 2),
  };
}

/** The survey itself, for "how to cite the original". */
export const SURVEY_BIBTEX = `@article{gao2024unified,
  title   = {${SURVEY.title}},
  author  = {${SURVEY.authors.split(', ').join(' and ')}},
  journal = {arXiv preprint arXiv:${SURVEY.arxiv}},
  year    = {2024},
  url     = {${SURVEY.url}}
}`;
