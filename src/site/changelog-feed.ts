// The changelog as an Atom feed: one entry per "## Version x.y.z {#id}" section of content/changelog.mdx.
// Dates: a section may name its day (`## Version 0.2.0 (2027-01-15) {#v0-2-0}`); otherwise it takes the
// day git last changed the changelog, so the feed is always valid Atom (every entry needs <updated>).
import { absoluteUrl } from './base';
import { SITE_AUTHORS } from './identity';

export interface FeedInput {
  title: string;
  source: string; // the changelog's MDX, front matter included or not
  updated: Date; // git date of the file
  version: string;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function changelogEntries(source: string) {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = body.split(/^## /m).slice(1);
  return parts.map((part) => {
    const [head, ...rest] = part.split('\n');
    const id = head.match(/\{#([a-z0-9-]+)\}\s*$/)?.[1];
    const title = head.replace(/\s*\{#[a-z0-9-]+\}\s*$/, '').trim();
    const day = title.match(/\((\d{4}-\d{2}-\d{2})\)/)?.[1];
    return { id, title, day, text: rest.join('\n').trim() };
  });
}

export function atomFeed({ title, source, updated, version }: FeedInput): string {
  const page = absoluteUrl('/changelog/');
  const entries = changelogEntries(source).map((e) => {
    const when = e.day ? new Date(`${e.day}T00:00:00Z`) : updated;
    const link = e.id ? `${page}#${e.id}` : page;
    return [
      '  <entry>',
      `    <title>${escape(e.title)}</title>`,
      `    <id>${escape(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escape(link)}"/>`,
      `    <updated>${when.toISOString()}</updated>`,
      `    <content type="text">${escape(e.text)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(title)}</title>`,
    `  <subtitle>Changes and corrections, site version ${escape(version)}</subtitle>`,
    `  <id>${escape(page)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(absoluteUrl('/changelog.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...SITE_AUTHORS.map((a) => `  <author><name>${escape(a)}</name></author>`),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
