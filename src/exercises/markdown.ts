// A chapter's exercises as plain Markdown, for the page's Markdown twin (site/markdown-twin.ts): the
// questions first, then the answers, as in print. TeX stays as `$…$`.
import { exerciseSet } from './index';
import { exerciseNumber } from './render';
import type { Locale } from '../i18n/locales';
import { EXERCISE_STRINGS } from './strings';

const letter = (i: number) => String.fromCharCode(97 + i);
const plain = (html: string) => html.replace(/<[^>]+>/g, '');

export function exercisesMarkdown(
  set: string,
  chapter: string,
  abs: (path: string) => string,
  locale: Locale = 'en',
): string {
  const S = EXERCISE_STRINGS[locale];
  const { exercises, page } = exerciseSet(set, locale);
  const label = (i: number) => `${S.exercise} ${exerciseNumber(chapter, i)}`;
  const questions = exercises.map((ex, i) => {
    const head = `**[${label(i)}](${abs(`${page}#ex-${ex.id}`)})** (${S.kinds[ex.kind]}). ${plain(ex.question)}`;
    if (ex.kind === 'numeric') return `${head} ${S.tolerance(String(ex.tolerance))}`;
    if (ex.kind === 'choice')
      return [head, '', ...ex.options.map((o, j) => `- (${letter(j)}) ${plain(o.text)}`)].join('\n');
    return `${head} [${S.open}: ${ex.setup}](${abs(ex.href)})`;
  });
  const answers = exercises.map((ex, i) => {
    if (ex.kind === 'numeric') return `- **${label(i)}.** ${plain(ex.solution)}`;
    if (ex.kind === 'try') return `- **${label(i)}.** ${plain(ex.answer)}`;
    const whys = ex.options.map(
      (o, j) => `  - (${letter(j)}) ${o.correct ? S.correctOption : S.wrongOption}. ${plain(o.why)}`,
    );
    return [`- **${label(i)}.**`, ...whys].join('\n');
  });
  return [...questions.flatMap((q) => [q, '']), `### ${S.answersHeading}`, '', ...answers].join('\n');
}
