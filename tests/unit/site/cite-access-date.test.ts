// The reader's access date: the page script rewrites the build's citations with ACCESS_DATE_RULES. The
// rewrite must give exactly what cite.ts and citation-js write for that day, in every format and month,
// and must leave the publication date alone when the page was updated on the build day.
import { describe, expect, it } from 'vitest';
import { ACCESS_DATE_STRINGS, dayOfUtc, withAccessDate } from '../../../src/site/access-date';
import { citationFormats } from '../../../src/site/cite';

const built = new Date('2026-11-24T10:00:00Z');
const base = {
  pageTitle: 'The unified view',
  path: '/unified-view/',
  section: { title: 'The gradient coefficient', anchor: 'gradient-coefficient' },
  updated: new Date('2026-11-20T10:00:00Z'),
  accessed: built,
};

describe('access date filled in by the browser', () => {
  const cases = [
    ...Array.from({ length: 12 }, (_, m) => ({ ...base, read: new Date(Date.UTC(2027, m, m + 9)) })),
    // Updated on the build day: only the access date may move.
    { ...base, updated: built, read: new Date('2026-12-02T08:00:00Z') },
    { ...base, section: undefined, read: new Date('2028-02-29T23:00:00Z') },
  ];
  for (const c of cases) {
    it(`rewrites every format from ${built.toISOString().slice(0, 10)} to ${c.read.toISOString().slice(0, 10)}`, () => {
      const before = citationFormats(c);
      const expected = citationFormats({ ...c, accessed: c.read });
      for (const [i, f] of before.entries()) {
        expect(withAccessDate(f.id, f.text, dayOfUtc(c.read)), f.id).toBe(expected[i].text);
      }
      // The test has teeth: every format but APA (which prints no access date) changed.
      const changed = before.filter((f, i) => f.text !== expected[i].text).map((f) => f.id);
      expect(changed).toEqual(['bibtex', 'biblatex', 'mla', 'ris', 'csl']);
    });
  }
  it('says which day the citations carry, with and without the script', () => {
    const d = { year: 2026, month: 12, day: 1 };
    expect(ACCESS_DATE_STRINGS.en.built(d)).toContain('1 December 2026, the day this copy of the site was built');
    expect(ACCESS_DATE_STRINGS.en.reader(d)).toContain('today, 1 December 2026');
  });
});
