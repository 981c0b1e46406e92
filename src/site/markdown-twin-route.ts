// The route behind /<page>.md and /zh/<page>.md: one Markdown twin per chapter of a locale (the cover has
// none). src/pages/[...slug].md.ts and src/pages/zh/[...slug].md.ts only choose the locale.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { localizedPath, type Locale } from '../i18n/locales';
import { getChapters, type Chapter } from './chapters';
import { markdownTwin } from './markdown-twin';

export function markdownTwinRoute(locale: Locale) {
  const home = localizedPath('/', locale);
  const getStaticPaths = async () =>
    (await getChapters(locale))
      .filter((c) => c.url !== home)
      .map((chapter) => ({ params: { slug: chapter.url.slice(home.length).replace(/\/$/, '') }, props: { chapter } }));
  const GET: APIRoute = ({ props }) => {
    const { chapter } = props as { chapter: Chapter };
    const source = readFileSync(chapter.filePath!, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const text = markdownTwin({ ...chapter.data, path: chapter.url, body: source, file: chapter.filePath, locale });
    return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
  };
  return { getStaticPaths, GET };
}
