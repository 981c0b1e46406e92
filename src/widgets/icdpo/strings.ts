// Reader-visible sentences of the ICDPO example, in one place for the translated edition.
export const ICDPO_STRINGS = {
  label: { candidates: 'Candidates', alpha: 'α' },
  notRun: 'Not run: a setting is out of its range (see the sentence next to it). The tables still show the last run.',
  ran: (seed: number, alpha: number, picks: string) => `Ran ICDPO with seed ${seed}, α ${alpha}. ${picks}.`,
  pick: (prompt: number, icdpo: string, likely: string) =>
    `prompt ${prompt}: ICDPO picks “${icdpo}”, likelihood picks “${likely}”`,
  none: 'none',
  pickedBy: { icdpo: 'ICDPO', likelihood: 'likelihood', and: ' and ' },
};
