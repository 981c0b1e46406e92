// Loading chapters for pages: the collection, each entry with its source path id and URL, the navigation.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNavigation, readingOrder, type NavItem } from './navigation';
import { urlForId } from './pages';

export type Chapter = CollectionEntry<'chapters'> & { pathId: string; url: string };

/** Extra pages that are not MDX chapters; they join the navigation like chapters. */
export const EXTRA_PAGES: NavItem[] = [
  { title: 'Method index', href: '/methods/', order: 195, children: [] },
  { title: 'Notation', href: '/notation/', order: 196, children: [] },
  { title: 'References', href: '/references/', order: 200, children: [] },
];

export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  return entries.map((e) => {
    const pathId = (e.filePath ?? e.id).replace(/^content\//, '').replace(/\.mdx?$/, '');
    return Object.assign(e, { pathId, url: urlForId(pathId) });
  });
}

export async function getNavigation() {
  const chapters = await getChapters();
  const nav = buildNavigation(
    chapters.map((c) => ({ id: c.pathId, data: c.data })),
    EXTRA_PAGES,
  );
  return { chapters, nav, order: readingOrder(nav) };
}
