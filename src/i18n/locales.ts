// The book's languages. English lives at the site's root, Chinese under /zh/ with the same paths below it
// (/algorithms/pair-wise/ ↔ /zh/algorithms/pair-wise/), so anchors, equation numbers and citation keys are
// shared. Every reader-visible string has one dictionary per locale, typed so both have the same keys:
//   const en = { … };  export type FooStrings = typeof en;  const zh: FooStrings = { … };
//   export const FOO_STRINGS: Record<Locale, FooStrings> = { en, zh };
// Build-time code picks with localeOfPath(Astro.url.pathname); browser code with pageLocale().
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The value of <html lang> and of hreflang for each locale. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
/** How each locale names itself in the language switch. */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', zh: '中文' };

function stripBase(pathname: string, base: string): string {
  const b = base.replace(/\/$/, '');
  return b && pathname.startsWith(b + '/') ? pathname.slice(b.length) : pathname;
}

/** The locale of a page from its path (with or without the site's base path). */
export function localeOfPath(pathname: string, base = '/'): Locale {
  return /^\/zh(\/|$)/.test(stripBase(pathname, base)) ? 'zh' : 'en';
}

/** A site path without its locale prefix: /zh/definition/ → /definition/; /definition/ stays. */
export function unlocalizedPath(path: string): string {
  return path.replace(/^\/zh(?=\/|$)/, '') || '/';
}

/** The same page in another locale: ('/definition/#goal', 'zh') → '/zh/definition/#goal'. */
export function localizedPath(path: string, locale: Locale): string {
  const plain = unlocalizedPath(path);
  return locale === 'en' ? plain : `/zh${plain}`;
}

/** In the browser: the locale of the page being read, from <html lang>. */
export function pageLocale(doc: Document = document): Locale {
  return doc.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** At build time in an .astro file: `localeOf(Astro.url)`. */
export function localeOf(url: URL): Locale {
  return localeOfPath(url.pathname, import.meta.env.BASE_URL);
}
