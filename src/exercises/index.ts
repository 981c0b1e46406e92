// Every chapter's exercises, by set name (the chapter file's path without .mdx). A translation
// (./chapters/zh/<set>.ts) carries only the words of each exercise; exerciseSet(name, 'zh') lays them over
// the English set, so numbers, answers, tolerances and links are defined once for both editions.
import type { Locale } from '../i18n/locales';
import type { Exercise, ExerciseSet, ExerciseTranslation } from './types';

const modules = import.meta.glob<{ default: ExerciseSet }>('./chapters/*.ts', { eager: true });
const zhModules = import.meta.glob<{ default: ExerciseTranslation }>('./chapters/zh/*.ts', { eager: true });

const byName = <T>(mods: Record<string, { default: T }>, dir: string): Record<string, T> =>
  Object.fromEntries(Object.entries(mods).map(([path, m]) => [path.slice(dir.length).replace(/\.ts$/, ''), m.default]));

export const EXERCISE_SETS: Record<string, ExerciseSet> = byName(modules, './chapters/');
export const EXERCISE_TRANSLATIONS: Record<Exclude<Locale, 'en'>, Record<string, ExerciseTranslation>> = {
  zh: byName(zhModules, './chapters/zh/'),
};

/** One exercise with its translated words; a missing translation is a build error naming the exercise. */
function translated(ex: Exercise, words: ExerciseTranslation, set: string): Exercise {
  const t = words[ex.id];
  if (!t) throw new Error(`exercise set "${set}": no translation of exercise "${ex.id}"`);
  const need = <K extends keyof typeof t>(k: K) => {
    const v = t[k];
    if (v === undefined) throw new Error(`exercise set "${set}", "${ex.id}": the translation has no ${String(k)}`);
    return v as NonNullable<(typeof t)[K]>;
  };
  if (ex.kind === 'numeric') return { ...ex, question: t.question, hint: need('hint'), solution: need('solution') };
  if (ex.kind === 'choice') {
    const options = need('options');
    if (options.length !== ex.options.length)
      throw new Error(
        `exercise set "${set}", "${ex.id}": ${options.length} translated options, not ${ex.options.length}`,
      );
    return { ...ex, question: t.question, options: ex.options.map((o, i) => ({ ...o, ...options[i] })) };
  }
  return { ...ex, question: t.question, setup: need('setup'), answer: need('answer'), expect: need('expect') };
}

export function exerciseSet(name: string, locale: Locale = 'en'): ExerciseSet {
  const set = EXERCISE_SETS[name];
  if (!set) throw new Error(`no exercise set "${name}" (sets: ${Object.keys(EXERCISE_SETS).join(', ')})`);
  if (locale === 'en') return set;
  const words = EXERCISE_TRANSLATIONS[locale][name];
  if (!words)
    throw new Error(`exercise set "${name}" has no ${locale} translation (src/exercises/chapters/${locale}/)`);
  return { ...set, exercises: set.exercises.map((ex) => translated(ex, words, name)) };
}
