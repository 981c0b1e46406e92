// /llms.txt: what this site is, in the llms.txt convention, with a Markdown twin link for every chapter, then
// the same list for the Chinese edition (its own section: titles and descriptions in Chinese, /zh/ twins).
import type { APIRoute } from 'astro';
import { getNavigation } from '../site/chapters';
import { absoluteUrl } from '../site/base';
import { SITE_TITLE, SITE_TITLES, SITE_VERSION, SURVEY } from '../site/identity';

type Navigation = Awaited<ReturnType<typeof getNavigation>>;

/** One line per page of a navigation: the Markdown twin when the page has one, else the page itself. */
function pageLines({ order, chapters }: Navigation): string[] {
  return order.map((item) => {
    const chapter = chapters.find((c) => c.url === item.href);
    if (!chapter) return `- [${item.title}](${absoluteUrl(item.href!)})`;
    const twin = absoluteUrl(`${chapter.url.replace(/\/$/, '')}.md`);
    return `- [${item.number ? `${item.number} ` : ''}${item.title}](${twin}): ${chapter.data.description}`;
  });
}

export const GET: APIRoute = async () => {
  const english = await getNavigation('en');
  const chinese = await getNavigation('zh');
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
  lines.push(...pageLines(english));
  lines.push(
    '',
    `## 中文版（Chinese edition）：${SITE_TITLES.zh.title}`,
    '',
    '每一章都有中文版，地址为 /zh/ 加上英文版的路径；公式编号、锚点与引用键与英文版相同。每章的纯 Markdown 版本见下列链接。',
    '',
    ...pageLines(chinese),
  );
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
