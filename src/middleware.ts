// The one place the base path (BASE_PATH) reaches rendered HTML: every page, whoever wrote its markup
// (MDX chapters, layouts, widgets), writes root-absolute links such as `/algorithms/pair-wise/`, and this
// middleware prefixes the base to every root-absolute href, src, srcset, action, poster and meta-refresh
// URL of the HTML it renders (at build time for this static site). Endpoints that are not HTML (the
// Markdown twins, llms.txt, feeds) build their URLs with src/site/base.ts instead.
import { defineMiddleware } from 'astro:middleware';
import { BASE, rebaseHtml } from './site/rebase-html';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (BASE === '/' || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = rebaseHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
