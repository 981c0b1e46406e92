// "Cite this page": every format names the page's URL with its anchor and the site version, and the
// BibTeX parses with a real parser (citation-js) back to the same URL and title.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { citationsFor, SURVEY_BIBTEX } from '../../../src/site/cite';
import { SITE_URL, SITE_VERSION } from '../../../src/site/identity';

const target = {
  pageTitle: 'The unified view',
  path: '/unified-view/',
  section: { title: 'The gradient coefficient', anchor: 'gradient-coefficient' },
  updated: new Date('2026-11-20T10:00:00Z'),
  accessed: new Date('2026-11-24T10:00:00Z'),
};
const url = `${SITE_URL}/unified-view/#gradient-coefficient`;

describe('cite this section', () => {
  const c = citationsFor(target);
  it('emits BibTeX that parses back to the URL, title and version', () => {
    const [entry] = new Cite(c.bibtex).data as Array<{ URL: string; title: string; version?: string }>;
    expect(entry.URL).toBe(url);
    expect(entry.title).toContain('The gradient coefficient');
    expect(c.bibtex).toMatch(new RegExp(`version = \\{${SITE_VERSION.replace(/\./g, '\\.')}\\}`));
  });
  it('gives APA and MLA with the URL, the dates and the version', () => {
    expect(c.apa).toContain(url);
    expect(c.apa).toContain('2026, November 20');
    expect(c.mla).toContain(url);
    expect(c.mla).toContain(`version ${SITE_VERSION}`);
    expect(c.mla).toMatch(/Accessed 24 Nov\.? 2026/);
  });
  it('gives CSL-JSON', () => {
    const [record] = JSON.parse(c.csl);
    expect(record.URL).toBe(url);
    expect(record.version).toBe(SITE_VERSION);
  });
  it('cites a whole page without an anchor', () => {
    const page = citationsFor({ ...target, section: undefined });
    expect(JSON.parse(page.csl)[0].URL).toBe(`${SITE_URL}/unified-view/`);
  });
  it('gives the survey\'s own BibTeX, which parses', () => {
    const [survey] = new Cite(SURVEY_BIBTEX).data as Array<{ title: string; author: unknown[] }>;
    expect(survey.title).toMatch(/Unified View of Preference Learning/);
    expect(survey.author).toHaveLength(25);
  });
});
