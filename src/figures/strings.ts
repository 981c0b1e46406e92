// Reader-visible strings of the figure frame, in one place for the translated edition.
export const FIGURE_STRINGS = {
  figure: 'Figure',
  describe: 'Describe this figure in words',
  scrolls: (n: string) => `Figure ${n} (scrolls sideways)`,
  redraws: (n: number) => `A redrawing of the survey's Figure ${n}`,
};
