// On a Chinese page every link to another page of the book goes to that page's Chinese twin. The sources
// (MDX twins, layouts, components, widgets) write the English paths, `/definition/#goal`, as the English
// pages do, so a translation keeps its links byte-identical to its original (tests/unit/i18n/twins.test.ts);
// this rewrite, run on the rendered HTML of /zh/ pages (src/middleware.ts), adds the /zh prefix. It touches
// only href attributes of <a> and <area> whose path is a page of the book (ending in "/", optionally with a
// #fragment or ?query) and leaves alone links already under /zh/, the engine's code pages (/code/, shared
// by both languages), files (/changelog.xml, /references.bib, /x.md), and links that name their target's
// language with hreflang (the language switch).
const TAG = /<(a|area)\b[^>]*>/gi;
const HREF = /(\shref=)(["'])(\/[^"']*)\2/i;
const SHARED = /^\/(zh|code|pagefind|_astro|icons|fonts)(\/|$)/;

/** A root-absolute page path of the book → its Chinese twin; anything else comes back unchanged. */
export function chinesePath(path: string): string {
  const m = /^([^?#]*)([?#].*)?$/.exec(path)!;
  const [, pathname, rest = ''] = m;
  if (!pathname.endsWith('/') || SHARED.test(pathname)) return path;
  return `/zh${pathname}${rest}`;
}

export function localizeHtml(html: string): string {
  return html.replace(TAG, (tag) => {
    if (/\shreflang=/i.test(tag)) return tag;
    return tag.replace(HREF, (_m, name: string, q: string, value: string) => `${name}${q}${chinesePath(value)}${q}`);
  });
}
