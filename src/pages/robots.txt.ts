// /robots.txt: everything may be crawled; the sitemap's address follows SITE_URL and BASE_PATH.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/base';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
