// /changelog.xml: the changes and corrections as an Atom feed (see site/changelog-feed.ts).
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { atomFeed } from '../site/changelog-feed';
import { lastUpdated } from '../site/git-dates';
import { SITE_TITLE, SITE_VERSION } from '../site/identity';

const FILE = 'content/changelog.mdx';

export const GET: APIRoute = () =>
  new Response(
    atomFeed({
      title: `${SITE_TITLE}: changes`,
      source: readFileSync(FILE, 'utf8'),
      updated: lastUpdated(FILE),
      version: SITE_VERSION,
    }),
    {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
    },
  );
