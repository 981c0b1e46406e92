// Reader-visible strings of the exercises and their checker, in one place for the translated edition.
export const EXERCISE_STRINGS = {
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
} as const;
