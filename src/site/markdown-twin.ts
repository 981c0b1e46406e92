// The plain-Markdown twin of a chapter, for readers' tools (served at /<page>.md and listed in
// /llms.txt): the same text with math kept as TeX, equation numbers as \tag{}, citations and equation
// references written out, and the site's components turned into ordinary Markdown.
// It is built from the MDX syntax tree (remark-parse + remark-mdx + remark-math + remark-gfm), with the
// site's own plugins for heading ids and citations, so code blocks stay code (a `$$` or `[@key]` inside
// a fence is left alone) and components nest (a callout in a callout is a quote in a quote).
import type { BlockContent, Heading, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Locale } from '../i18n/locales';
import { SITE_STRINGS } from './ui-strings';
import { exercisesMarkdown } from '../exercises/markdown';
import { equationRegister, labelOf, texWithoutLabel } from './equations';
import { figureRegister } from './figures';
import { absoluteUrl } from './base';
import { chinesePath } from './localize-html';
import { SITE_VERSION, SURVEY } from './identity';
import { remarkCitations } from './remark-citations';
import { escapeHeadingIds, remarkHeadingIds } from './remark-heading-ids';
import { texForLatex } from './tex-copy';

interface TwinInput {
  title: string;
  description: string;
  path: string;
  survey?: string;
  /** The chapter's number, which numbers its exercises. */
  number?: string;
  body: string; // MDX source without front matter
  file?: string; // source path, for error messages
  locale?: Locale;
}

/** The twin's own words, per locale (the page's words come from its MDX). */
const TWIN_STRINGS = {
  en: {
    drawing: 'drawing',
    figure: (n: string, caption: string) => `Figure ${n}: ${caption} (`,
    figureRef: (n: string) => `Figure ${n}`,
    interactive: (name: string) => `(Interactive ${name}: open `,
    toRun: ' to run it.)',
    source: (url: string, version: string) => `Source: ${url} (site version ${version})`,
    follows: (survey: string, title: string, arxiv: string, version: string) =>
      `. Follows ${survey} of "${title}" (arXiv:${arxiv} ${version})`,
    end: '.',
    colon: ': ',
  },
  zh: {
    drawing: '图形',
    figure: (n: string, caption: string) => `图 ${n}：${caption}（`,
    figureRef: (n: string) => `图 ${n}`,
    interactive: (name: string) => `（交互示例 ${name}：打开 `,
    toRun: ' 即可运行。）',
    source: (url: string, version: string) => `来源：${url}（网站版本 ${version}）`,
    follows: (survey: string, title: string, arxiv: string, version: string) =>
      `。对应“${title}”（arXiv:${arxiv} ${version}）的 ${survey}`,
    end: '。',
    colon: '：',
  },
} satisfies Record<Locale, unknown>;

const EQ_HREF = /^(?:(\/[^#]*))?#eq-([a-z0-9-]+)$/;
const FIG_HREF = /^(?:(\/[^#]*))?#(fig-[a-z0-9-]+)$/;
/** Full URLs of the book's pages in the twin's language: a Chinese twin links to Chinese pages. */
const localAbsolute = (locale: Locale) => (path: string) => absoluteUrl(locale === 'zh' ? chinesePath(path) : path);
/** Markdown written by a helper (the exercises), parsed into the twin's tree so it is not escaped. */
const parseMarkdown = (md: string) =>
  (unified().use(remarkParse).use(remarkMath).use(remarkGfm).parse(md) as Root).children;
const AT_A_GLANCE = ['consumes', 'reference', 'rewardModel', 'setting', 'hyper', 'trl'] as const;

type Jsx = MdxJsxFlowElement;
const attributes = (node: Jsx) =>
  Object.fromEntries(
    node.attributes
      .filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
      .map((a) => [a.name, a.value as string]),
  );
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const para = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** The site's components as ordinary Markdown; anything else capitalised is a worked example. */
function component(node: Jsx, pageUrl: string, chapter: string, locale: Locale): RootContent[] {
  const a = attributes(node);
  const t = TWIN_STRINGS[locale];
  const site = SITE_STRINGS[locale];
  const children = node.children as RootContent[];
  if (node.name === 'Exercises' && a.set)
    return parseMarkdown(exercisesMarkdown(a.set, chapter, localAbsolute(locale), locale));
  if (node.name === 'Figure') {
    // Its number and caption; the drawing itself is on the page.
    const fig = figureRegister().get(a.id ?? '');
    if (!fig) return [];
    const link: PhrasingContent = {
      type: 'link',
      url: localAbsolute(locale)(`${fig.page}#${fig.id}`),
      children: [text(t.drawing)],
    };
    const close = locale === 'zh' ? '）' : ')';
    return [para([{ type: 'emphasis', children: [text(t.figure(fig.number, a.caption ?? '')), link, text(close)] }])];
  }
  if (node.name === 'AtAGlance') {
    const rows = AT_A_GLANCE.filter((key) => a[key]).map((key) => ({
      type: 'listItem' as const,
      spread: false,
      children: [
        para([text(`${site.glance[key]}${t.colon}${key === 'consumes' ? site.glance.kinds[a[key]] : a[key]}`)]),
      ],
    }));
    return [
      para([{ type: 'strong', children: [text(a.title ?? site.glance.title)] }]),
      { type: 'list', ordered: false, spread: false, children: rows },
      ...children,
    ];
  }
  if (node.name === 'Callout') {
    const head: PhrasingContent = {
      type: 'strong',
      children: [text(`${a.title ?? site.callout[a.kind ?? 'note'] ?? site.callout.note}${t.end}`)],
    };
    const [first, ...rest] = children;
    const body: RootContent[] =
      first?.type === 'paragraph' ? [para([head, text(' '), ...first.children]), ...rest] : [para([head]), ...children];
    return [{ type: 'blockquote', children: body as BlockContent[] }];
  }
  if (node.name && /^[A-Z]/.test(node.name)) {
    const name = node.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    const link: PhrasingContent = { type: 'link', url: pageUrl, children: [text(pageUrl)] };
    return [para([{ type: 'emphasis', children: [text(t.interactive(name)), link, text(t.toRun)] }])];
  }
  return children; // a plain HTML block element: keep its content
}

/** The twin's own step: MDX-only nodes out, components as Markdown, equations numbered, references filled. */
function remarkTwin({
  pageUrl,
  file,
  chapter,
  locale,
}: {
  pageUrl: string;
  file: string;
  chapter: string;
  locale: Locale;
}) {
  const register = equationRegister();
  const absolute = localAbsolute(locale);
  return (tree: Root) => {
    // Bottom-up, so a component inside a component is converted before its parent.
    const convert = (parent: { children: RootContent[] }) => {
      parent.children = parent.children.flatMap((node): RootContent[] => {
        if ('children' in node) convert(node as { children: RootContent[] });
        switch (node.type) {
          case 'mdxjsEsm':
          case 'mdxFlowExpression':
          case 'mdxTextExpression':
            return [];
          case 'mdxJsxFlowElement':
            return component(node, pageUrl, chapter, locale);
          case 'mdxJsxTextElement':
            // Inline HTML such as <sub>: kept as HTML, which every Markdown reader passes through.
            return node.name ? [{ type: 'html', value: `<${node.name}>${toString(node)}</${node.name}>` }] : [];
          default:
            return [node];
        }
      });
    };
    convert(tree);
    visit(tree, (node) => {
      if (node.type === 'math') {
        const label = labelOf(node.value);
        const tex = texForLatex(texWithoutLabel(node.value));
        const eq = label ? register.get(label) : undefined;
        if (label && !eq) throw new Error(`${file}: equation label "${label}" is not in the register`);
        node.value = eq ? `${tex} \\tag{${eq.number}}` : tex;
      } else if (node.type === 'inlineMath') {
        node.value = texForLatex(node.value);
      } else if (node.type === 'link') {
        const f = FIG_HREF.exec(node.url);
        if (f) {
          const fig = figureRegister().get(f[2]);
          if (!fig) throw new Error(`${file}: reference to unknown figure "${f[2]}"`);
          node.url = absolute(`${fig.page}#${fig.id}`);
          if (toString(node).trim() === '')
            (node as Link).children = [text(TWIN_STRINGS[locale].figureRef(fig.number))];
          return;
        }
        const m = EQ_HREF.exec(node.url);
        if (!m) {
          // Links between pages become full URLs, so the twin works wherever it is read (and under BASE_PATH).
          if (node.url.startsWith('/') && !node.url.startsWith('//')) node.url = absolute(node.url);
          return;
        }
        const eq = register.get(m[2]);
        if (!eq) throw new Error(`${file}: reference to unknown equation "${m[2]}"`);
        node.url = absolute(`${eq.page}#eq-${eq.label}`);
        if (toString(node).trim() === '') (node as Link).children = [text(`(${eq.number})`)];
      } else if (node.type === 'heading') {
        // Explicit ids stay written as {#id}, the convention Markdown readers with attribute support use.
        const id = (node as Heading).data?.hProperties?.id;
        if (typeof id === 'string') (node as Heading).children.push(text(` {#${id}}`));
      }
    });
  };
}

export function markdownTwin(input: TwinInput): string {
  const { title, description, path, survey, number = '', body, file = path, locale = 'en' } = input;
  const t = TWIN_STRINGS[locale];
  const absolute = localAbsolute(locale);
  const pageUrl = absoluteUrl(path);
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMath)
    .use(remarkGfm)
    .use(remarkHeadingIds)
    .use(remarkCitations, { linkBase: absolute })
    .use(remarkTwin, { pageUrl, file, chapter: number, locale });
  // MDX reads `{#id}` as an expression: escape explicit heading ids as the site's build does.
  const vfile = new VFile({ path: file, value: escapeHeadingIds(body) });
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  // Written without remark-mdx's serializer, so braces and angle brackets in prose are not escaped for JSX.
  const md = toMarkdown(tree, {
    extensions: [mathToMarkdown(), gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
  }).trim();
  const follows = survey ? t.follows(survey, SURVEY.title, SURVEY.arxiv, SURVEY.version) : '';
  const header = [`# ${title}`, '', `> ${description}`, '', `${t.source(pageUrl, SITE_VERSION)}${follows}${t.end}`, ''];
  return `${header.join('\n')}\n${md}\n`;
}
