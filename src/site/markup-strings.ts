// Reader-visible words the build's remark/rehype plugins write into a chapter (equation tools, heading
// links, code copy buttons, figure references, citation and glossary previews), one dictionary per
// locale. A plugin knows its page's locale from the file it transforms (localeOfFile in ./pages.ts).
import type { Locale } from '../i18n/locales';

const en = {
  equationName: (n?: string) => (n ? `equation (${n})` : 'this equation'),
  copyEquationLink: (n: string) => `Copy link to equation (${n})`,
  copyTexOf: (name: string) => `Copy the TeX source of ${name}`,
  copyTexTitle: (preamble: string) =>
    `Copies LaTeX for ${preamble}: paste it inside \\[ … \\] or an equation environment`,
  copyTex: 'Copy TeX',
  equationGroup: (n?: string) => (n ? `Equation ${n}` : 'Equation'),
  sectionLink: (title: string) => `Copy link to section: ${title}`,
  copyCode: (lang: string) => `Copy this ${lang} code`,
  copy: 'Copy',
  figureRef: (n: string) => `Figure ${n}`,
};

export type MarkupStrings = typeof en;

const zh: MarkupStrings = {
  equationName: (n?: string) => (n ? `公式 (${n})` : '这个公式'),
  copyEquationLink: (n: string) => `复制公式 (${n}) 的链接`,
  copyTexOf: (name: string) => `复制${name}的 TeX 源码`,
  copyTexTitle: (preamble: string) => `复制适用于 ${preamble} 的 LaTeX：粘贴到 \\[ … \\] 或 equation 环境中`,
  copyTex: '复制 TeX',
  equationGroup: (n?: string) => (n ? `公式 ${n}` : '公式'),
  sectionLink: (title: string) => `复制小节链接：${title}`,
  copyCode: (lang: string) => `复制这段 ${lang} 代码`,
  copy: '复制',
  figureRef: (n: string) => `图 ${n}`,
};

export const MARKUP_STRINGS: Record<Locale, MarkupStrings> = { en, zh };
