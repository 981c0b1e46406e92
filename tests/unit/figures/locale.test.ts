// Every figure drawn for a Chinese page: the same picture (as many <text> elements, the same numbers in
// each) with Chinese words wherever the English one has words, panel names and a description in
// Chinese with the same numbers; the figure dictionaries have a Chinese entry for every English one.
// The wrapping of Chinese text breaks between characters and keeps closing punctuation on its line.
import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/figures/draw';
import { OTHER_STRINGS } from '../../../src/figures/drawings/other-strings';
import { PLOT_STRINGS } from '../../../src/figures/drawings/plots-strings';
import { SURVEY_STRINGS } from '../../../src/figures/drawings/survey-strings';
import { drawFigure, FIGURES } from '../../../src/figures/registry';
import { FIGURE_STRINGS } from '../../../src/figures/strings';
import { toSvgString } from '../../../src/widgets/shell/svg-chart';
import { chineseShare, dictionaryProblems, hasWords, numbersIn } from '../i18n/dictionary';

/** The text of every <text> element of an SVG (its tspans joined), in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const unquoted = (t: string) => t.replace(/“[^”]*”/g, ' ');

describe.each(Object.keys(FIGURES))('%s in Chinese', (id) => {
  const en = drawFigure(id, 'en');
  const zh = drawFigure(id, 'zh');

  it('draws the same picture with Chinese words and the same numbers', () => {
    expect(zh.panels.length).toBe(en.panels.length);
    zh.panels.forEach((panel, i) => {
      const a = texts(toSvgString(en.panels[i].node));
      const b = texts(toSvgString(panel.node));
      expect(b.length).toBe(a.length);
      const problems = a.flatMap((t, k) => [
        // Quoted replies are the toy's vocabulary (“here please”) and stay as they are.
        ...(hasWords(unquoted(t)) && !/[\u4e00-\u9fff]/.test(b[k]) ? [`English left: "${b[k]}" for "${t}"`] : []),
        ...(numbersIn(t).join(' ') !== numbersIn(b[k]).join(' ') ? [`numbers: "${t}" vs "${b[k]}"`] : []),
      ]);
      expect(problems).toEqual([]);
      if (en.panels[i].label) expect(chineseShare(panel.label!)).toBeGreaterThan(0.5);
    });
  });

  it('describes it in Chinese with the same numbers', () => {
    expect(chineseShare(zh.description)).toBeGreaterThan(0.6);
    expect(numbersIn(zh.description)).toEqual(numbersIn(en.description));
    expect(zh.description).not.toMatch(/NaN|Infinity|undefined/);
    // The taxonomy's lists: every category in Chinese (the methods keep their published names).
    if (en.html) for (const label of Object.values(SURVEY_STRINGS.zh.taxonomy.labels)) expect(zh.html).toContain(label);
  });
});

describe('figure dictionaries', () => {
  it.each([
    ['FIGURE_STRINGS', FIGURE_STRINGS, true],
    ['SURVEY_STRINGS', SURVEY_STRINGS, false],
    ['PLOT_STRINGS', PLOT_STRINGS, false],
    ['OTHER_STRINGS', OTHER_STRINGS, false],
  ] as const)('%s has a Chinese entry for every English one', (_name, dict, functions) => {
    expect(dictionaryProblems(dict.en, dict.zh, { functions })).toEqual([]);
  });
});

describe('wrap', () => {
  it('breaks English at spaces, as before', () => {
    expect(wrap('next-token prediction on web text', 16)).toEqual(['next-token', 'prediction on', 'web text']);
  });
  it('breaks Chinese between characters, about twice as wide as Latin letters', () => {
    const lines = wrap('在网络文本上预测下一个词元：模型学会什么样的文本更可能出现', 20);
    expect(lines.join('')).toBe('在网络文本上预测下一个词元：模型学会什么样的文本更可能出现');
    expect(lines.every((l) => l.length <= 11)).toBe(true);
    expect(lines.length).toBe(3);
    // Closing punctuation never starts a line; Latin words stay whole and keep their spaces.
    expect(wrap('一二三四五六七八九，十', 18.5)).toEqual(['一二三四五六七八九，', '十']);
    expect(wrap('使用 DPO 训练策略模型', 8)).toEqual(['使用 DPO', '训练策略', '模型']);
  });
});
