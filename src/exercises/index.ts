// Every chapter's exercises, by set name (the chapter file's path without .mdx).
import type { ExerciseSet } from './types';

const modules = import.meta.glob<{ default: ExerciseSet }>('./chapters/*.ts', { eager: true });

export const EXERCISE_SETS: Record<string, ExerciseSet> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [path.replace(/^\.\/chapters\//, '').replace(/\.ts$/, ''), m.default]),
);

export function exerciseSet(name: string): ExerciseSet {
  const set = EXERCISE_SETS[name];
  if (!set) throw new Error(`no exercise set "${name}" (sets: ${Object.keys(EXERCISE_SETS).join(', ')})`);
  return set;
}
