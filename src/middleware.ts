// The one place the base path (BASE_PATH) and the Chinese edition's link prefix reach rendered HTML. Every
// page, whoever wrote its markup (MDX chapters, layouts, widgets), writes root-absolute English links such as
// `/algorithms/pair-wise/`. On a /zh/ page, page links first get the /zh prefix (src/site/localize-html.ts);
// then, when the book is built for a sub-path, every root-absolute href, src, srcset, action, poster and
// meta-refresh URL gets the base (src/site/rebase-html.ts), at build time for this static site. Endpoints
// that are not HTML (the Markdown twins, llms.txt, feeds) build their URLs with src/site/base.ts instead.
// Before either, on every page, the form controls and the math's visual layer in the sections a long page
// skips at load are deferred until the reader nears them (src/site/defer-far-markup.ts says why), and the
// module scripts are fetched at low priority (src/site/script-priority.ts).
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from './i18n/locales';
import { deferFarMarkup } from './site/defer-far-markup';
import { localizeHtml } from './site/localize-html';
import { BASE, rebaseHtml } from './site/rebase-html';
import { lowerScriptPriority } from './site/script-priority';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const chinese = localeOfPath(context.url.pathname, BASE) === 'zh';
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  let html = lowerScriptPriority(deferFarMarkup(await response.text()));
  if (chinese) html = localizeHtml(html);
  if (BASE !== '/') html = rebaseHtml(html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
