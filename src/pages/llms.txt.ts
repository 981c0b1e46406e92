// /llms.txt: what this site is, in the llms.txt convention, with a Markdown twin link for every chapter.
import type { APIRoute } from 'astro';
import { getNavigation } from '../site/chapters';
import { absoluteUrl } from '../site/base';
import { SITE_TITLE, SITE_VERSION, SURVEY } from '../site/identity';

export const GET: APIRoute = async () => {
  const { order, chapters } = await getNavigation();
  const lines = [
    `# ${SITE_TITLE}`,
    '',
    `> An interactive, citable edition of "${SURVEY.title}" (arXiv:${SURVEY.arxiv}, ${SURVEY.version}). Every chapter is written anew; equations are checked against the original papers; worked examples run in the page on a toy world. Site version ${SITE_VERSION}.`,
    '',
    'Each chapter has a plain-Markdown twin (math as TeX, equation numbers as \\tag{}) at the address below.',
    '',
    '## Chapters',
    '',
  ];
  for (const item of order) {
    const chapter = chapters.find((c) => c.url === item.href);
    if (!chapter) {
      lines.push(`- [${item.title}](${absoluteUrl(item.href!)})`);
      continue;
    }
    const twin = absoluteUrl(`${chapter.url.replace(/\/$/, '')}.md`);
    lines.push(`- [${item.number ? `${item.number} ` : ''}${item.title}](${twin}): ${chapter.data.description}`);
  }
  lines.push(
    '',
    '## Optional',
    '',
    `- [The survey on arXiv](${SURVEY.url})`,
    `- [References](${absoluteUrl('/references/')})`,
    '',
  );
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
