// Every exercise set has a Chinese translation of its words (src/exercises/chapters/zh/<set>.ts) and
// nothing else: same ids, the fields each kind needs, the same options in the same order, the same math and
// markup, the worked answer still in the solution. Numbers and answers stay in the English set, so both
// editions check the same value (the laid-over set is what the Chinese page renders).
import { describe, expect, it } from 'vitest';
import { EXERCISE_SETS, EXERCISE_TRANSLATIONS, exerciseSet } from '../../../src/exercises/index';
import type { Exercise } from '../../../src/exercises/types';

const math = (s = '') => (s.match(/\$[^$]+\$/g) ?? []).sort();
const tags = (s = '') => (s.match(/<\/?[a-z][^>]*>/g) ?? []).sort();
const cjk = (s = '') => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
/** Whether a field has words outside its math (a hint may be a formula alone). */
const hasWords = (s = '') => (s.replace(/\$[^$]+\$/g, '').match(/[A-Za-z]{2,}/g) ?? []).length > 0;

/** The words of an exercise, field by field, as [name, English, Chinese]. */
function fields(en: Exercise, zh: Exercise): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [['question', en.question, zh.question]];
  if (en.kind === 'numeric' && zh.kind === 'numeric')
    out.push(['hint', en.hint, zh.hint], ['solution', en.solution, zh.solution]);
  if (en.kind === 'choice' && zh.kind === 'choice')
    en.options.forEach((o, i) =>
      out.push([`option ${i}`, o.text, zh.options[i].text], [`why ${i}`, o.why, zh.options[i].why]),
    );
  if (en.kind === 'try' && zh.kind === 'try') out.push(['setup', en.setup, zh.setup], ['answer', en.answer, zh.answer]);
  return out;
}

describe('Chinese exercises', () => {
  it('every set has a translation and every translation a set', () => {
    expect(Object.keys(EXERCISE_TRANSLATIONS.zh).sort()).toEqual(Object.keys(EXERCISE_SETS).sort());
  });

  for (const [name, set] of Object.entries(EXERCISE_SETS)) {
    describe(name, () => {
      it('translates exactly the exercises of the English set', () => {
        expect(Object.keys(EXERCISE_TRANSLATIONS.zh[name] ?? {}).sort()).toEqual(set.exercises.map((e) => e.id).sort());
      });
      it('keeps the numbers, answers and links, and each field’s math and markup', () => {
        const zh = exerciseSet(name, 'zh');
        zh.exercises.forEach((ex, i) => {
          const en = set.exercises[i];
          expect(ex.id).toBe(en.id);
          expect(ex.kind).toBe(en.kind);
          if (ex.kind === 'numeric' && en.kind === 'numeric') {
            expect(ex.compute(ex.inputs)).toBe(en.compute(en.inputs));
            expect(ex.solution, `${ex.id}: the solution states the answer`).toContain(en.written);
          }
          if (ex.kind === 'choice' && en.kind === 'choice')
            expect(ex.options.map((o) => Boolean(o.correct))).toEqual(en.options.map((o) => Boolean(o.correct)));
          if (ex.kind === 'try' && en.kind === 'try') expect(ex.href).toBe(en.href);
          for (const [field, a, b] of fields(en, ex)) {
            expect(math(b), `${ex.id} ${field}: math`).toEqual(math(a));
            expect(tags(b), `${ex.id} ${field}: markup`).toEqual(tags(a));
            if (hasWords(a)) expect(cjk(b), `${ex.id} ${field}: written in Chinese`).toBeGreaterThan(0);
          }
        });
      });
    });
  }

  it('a translation that lacks a field fails loudly', () => {
    const [name, set] = Object.entries(EXERCISE_SETS).find(([, s]) => s.exercises.some((e) => e.kind === 'numeric'))!;
    const numeric = set.exercises.find((e) => e.kind === 'numeric')!;
    const saved = EXERCISE_TRANSLATIONS.zh[name][numeric.id];
    EXERCISE_TRANSLATIONS.zh[name][numeric.id] = { question: '只有题目' };
    try {
      expect(() => exerciseSet(name, 'zh')).toThrow(/no hint/);
    } finally {
      EXERCISE_TRANSLATIONS.zh[name][numeric.id] = saved;
    }
  });
});
