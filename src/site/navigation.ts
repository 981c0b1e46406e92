// The book's table of contents, built from the chapters' paths and front matter. A folder's index.mdx is
// the parent of its siblings; a folder without one becomes an unlinked group (e.g. "Appendices"). Pages
// outside content/ (the method index, references) are appended by the caller. Only files that exist are
// listed, so a chapter appears in the navigation exactly when it has been written.
import { localizedPath, type Locale } from '../i18n/locales';
import { urlForId } from './pages';
import { SITE_STRINGS } from './ui-strings';

export interface ChapterLike {
  id: string;
  data: { title: string; order: number; number?: string };
}

export interface NavItem {
  title: string;
  href?: string;
  number?: string;
  order: number;
  children: NavItem[];
}

const GROUP_ORDER: Record<string, number> = { appendix: 100, examples: 90 };

function stripIndex(id: string) {
  return id.replace(/(^|\/)index$/, '');
}

export function buildNavigation(chapters: ChapterLike[], extra: NavItem[] = [], locale: Locale = 'en'): NavItem[] {
  const groups = SITE_STRINGS[locale].nav.groups as Record<string, string>;
  const root: NavItem[] = [];
  const folders = new Map<string, NavItem>();
  const folder = (name: string): NavItem => {
    let item = folders.get(name);
    if (!item) {
      item = { title: groups[name] ?? name, order: GROUP_ORDER[name] ?? 50, children: [] };
      folders.set(name, item);
      root.push(item);
    }
    return item;
  };
  for (const c of chapters) {
    const id = stripIndex(c.id);
    const parts = id.split('/');
    const isFolderIndex = c.id !== id && parts.length === 1 && id !== '';
    const entry: NavItem = {
      title: c.data.title,
      href: localizedPath(urlForId(c.id), locale),
      number: c.data.number,
      order: c.data.order,
      children: [],
    };
    if (isFolderIndex) {
      const item = folder(id);
      Object.assign(item, { title: entry.title, href: entry.href, number: entry.number, order: entry.order });
    } else if (parts.length === 1) {
      root.push(entry);
    } else {
      folder(parts[0]).children.push(entry);
    }
  }
  root.push(...extra);
  const sort = (items: NavItem[]) => {
    items.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
    items.forEach((i) => sort(i.children));
  };
  sort(root);
  return root;
}

/** Reading order: every linked page, depth first. Drives previous/next. */
export function readingOrder(nav: NavItem[]): NavItem[] {
  return nav.flatMap((item) => [...(item.href ? [item] : []), ...readingOrder(item.children)]);
}
