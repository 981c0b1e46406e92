// Reader-visible default titles of the callout kinds (kept together for the translated edition).
export const CALLOUT_TITLES = {
  note: 'Note',
  warning: 'Watch out',
  'paper-differs': 'Where the survey’s printed form differs',
  practice: 'For practitioners',
} as const;
