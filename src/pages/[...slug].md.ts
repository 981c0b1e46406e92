// /<page>.md: the plain-Markdown twin of each chapter (see site/markdown-twin.ts).
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getChapters, type Chapter } from '../site/chapters';
import { markdownTwin } from '../site/markdown-twin';

export async function getStaticPaths() {
  const chapters = await getChapters('en');
  return chapters
    .filter((c) => c.url !== '/')
    .map((chapter) => ({ params: { slug: chapter.url.replace(/^\/|\/$/g, '') }, props: { chapter } }));
}

export const GET: APIRoute = ({ props }) => {
  const { chapter } = props as { chapter: Chapter };
  const source = readFileSync(chapter.filePath!, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = markdownTwin({
    ...chapter.data,
    path: chapter.url,
    body: source,
    file: chapter.filePath,
    locale: chapter.locale,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
