// Reader-visible strings of the exercises and their checker, one dictionary per locale.
import type { Locale } from '../i18n/locales';

const en = {
  exercise: 'Exercise',
  kinds: { numeric: 'Compute', choice: 'Concept', try: 'Try it' },
  yourAnswer: 'Your answer',
  check: 'Check',
  tolerance: (t: string) => `Answers within ±${t} count as right.`,
  hint: 'Hint',
  solution: 'Worked solution',
  showAnswer: 'Show the answer and why',
  chooseOne: 'choose one answer',
  correctOption: 'Right answer',
  wrongOption: 'Not this one',
  open: 'Open it',
  answersHeading: 'Answers',
  answersIntro: 'The answers to this page’s exercises, for print and for teachers.',
  // Checker messages (src/exercises/check.ts).
  empty: 'Type a number first, for example 0.25.',
  notNumber: (raw: string) => `“${raw}” is not a number. Type a decimal such as 0.25 or -1.5.`,
  correct: (shown: string) => `Correct: ${shown} is within the tolerance of the answer.`,
  notYet: (shown: string) =>
    `Not yet: ${shown} is not within the tolerance. Try the hint, or check the worked solution.`,
  pickOne: 'Choose one of the options first.',
  choiceCorrect: 'Correct.',
  choiceWrong: 'Not yet.',
};

export type ExerciseStrings = typeof en;

const zh: ExerciseStrings = {
  exercise: '练习',
  kinds: { numeric: '计算', choice: '概念', try: '动手' },
  yourAnswer: '你的答案',
  check: '检查',
  tolerance: (t: string) => `与答案相差不超过 ±${t} 即算正确。`,
  hint: '提示',
  solution: '详细解答',
  showAnswer: '查看答案与解释',
  chooseOne: '选择一个答案',
  correctOption: '正确答案',
  wrongOption: '不是这个',
  open: '打开',
  answersHeading: '答案',
  answersIntro: '本页练习的答案，供打印和教师使用。',
  empty: '请先输入一个数，例如 0.25。',
  notNumber: (raw: string) => `“${raw}”不是一个数。请输入小数，例如 0.25 或 -1.5。`,
  correct: (shown: string) => `正确：${shown} 在答案的容差范围内。`,
  notYet: (shown: string) => `还不对：${shown} 不在容差范围内。看看提示，或者查看详细解答。`,
  pickOne: '请先选择一个选项。',
  choiceCorrect: '正确。',
  choiceWrong: '还不对。',
};

export const EXERCISE_STRINGS: Record<Locale, ExerciseStrings> = { en, zh };
