// The changelog's Atom feed: one entry per "## Version" section, each with an id, a link to its anchor and
// an <updated> date (the section's own day when it names one), and text escaped for XML.
import { describe, expect, it } from 'vitest';
import { atomFeed, changelogEntries } from '../../../src/site/changelog-feed';
import { SITE_URL } from '../../../src/site/identity';

const source = `---\ntitle: Changes\n---\n\nIntro.\n\n## Version 0.2.0 (2027-01-15) {#v0-2-0}\n\nFixed <eq> & more.\n\n## Version 0.1.0 {#v0-1-0}\n\nFirst.\n`;

describe('changelog feed', () => {
  it('finds each version section with its anchor and optional day', () => {
    expect(changelogEntries(source).map((e) => [e.id, e.day])).toEqual([
      ['v0-2-0', '2027-01-15'],
      ['v0-1-0', undefined],
    ]);
  });
  it('writes Atom with full URLs, dates and escaped text', () => {
    const xml = atomFeed({ title: 'T', source, updated: new Date('2026-12-01T00:00:00Z'), version: '0.2.0' });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`<id>${SITE_URL}/changelog/#v0-2-0</id>`);
    expect(xml).toContain('<updated>2027-01-15T00:00:00.000Z</updated>');
    expect(xml).toContain('<updated>2026-12-01T00:00:00.000Z</updated>');
    expect(xml).toContain('Fixed &lt;eq&gt; &amp; more.');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
});
