// Loading chapters for pages: the collection of a locale, each entry with its source path id and URL, and
// the navigation. English chapters come from content/, their Chinese twins from content/zh/ (same path ids;
// URLs under /zh/).
import { getCollection, type CollectionEntry } from 'astro:content';
import { localizedPath, type Locale } from '../i18n/locales';
import { buildNavigation, readingOrder, type NavItem } from './navigation';
import { urlForId } from './pages';
import { SITE_STRINGS } from './ui-strings';

export type Chapter = (CollectionEntry<'chapters'> | CollectionEntry<'chaptersZh'>) & {
  pathId: string;
  url: string;
  locale: Locale;
};

/** Extra pages that are not MDX chapters; they join the navigation like chapters. */
export function extraPages(locale: Locale): NavItem[] {
  const t = SITE_STRINGS[locale].nav;
  return [
    { title: t.methods, href: localizedPath('/methods/', locale), order: 195, children: [] },
    { title: t.notation, href: localizedPath('/notation/', locale), order: 196, children: [] },
    { title: t.references, href: localizedPath('/references/', locale), order: 200, children: [] },
  ];
}

export async function getChapters(locale: Locale = 'en'): Promise<Chapter[]> {
  const entries: Array<CollectionEntry<'chapters'> | CollectionEntry<'chaptersZh'>> =
    locale === 'zh' ? await getCollection('chaptersZh') : await getCollection('chapters');
  return entries.map((e) => {
    const pathId = (e.filePath ?? e.id).replace(/^content\/(zh\/)?/, '').replace(/\.mdx?$/, '');
    return Object.assign(e, { pathId, url: localizedPath(urlForId(pathId), locale), locale });
  });
}

export async function getNavigation(locale: Locale = 'en') {
  const chapters = await getChapters(locale);
  const nav = buildNavigation(
    chapters.map((c) => ({ id: c.pathId, data: c.data })),
    extraPages(locale),
    locale,
  );
  return { chapters, nav, order: readingOrder(nav) };
}
