// The cover's reader-visible words (src/pages/index.astro), in one module for the translated edition.
export const COVER = {
  kicker: 'A survey of preference learning, read anew and made runnable',
  lede:
    'Large language models are taught to follow human preferences after pre-training. This book explains ' +
    'how, and reads every method — RLHF with PPO, DPO, ranking losses, methods that need no training — as ' +
    'one gradient formula with four parts: the model, the data, the feedback and the algorithm.',
  promise:
    'Equations are numbered, linkable and copyable as TeX. Every number an example shows is computed in ' +
    'your browser by one small engine that the book’s tests check against independent values.',
  start: 'Start reading',
  lab: 'Open the lab',
  teaserTitle: 'Try it here: one step of DPO',
  teaser:
    'A toy policy answers three prompts with replies of one to three words. Press Step: DPO raises the ' +
    'chosen reply against the rejected one, and the table shows every quantity of that step, down to the ' +
    'gradient weight. The full example, with its explanation, is in the chapter',
  pathsTitle: 'Three ways through the book',
  paths: [
    {
      id: 'newcomer',
      title: 'The newcomer',
      blurb:
        'You know what a language model is and want to learn why and how it is aligned. Read the ' +
        'introduction and the definition, then watch DPO learn one preference at a time.',
      steps: ['/introduction/', '/definition/', '/examples/dpo/'],
    },
    {
      id: 'practitioner',
      title: 'The practitioner',
      blurb:
        'You train models and need to choose a method. Read the unified view, the pair-wise chapter for DPO ' +
        'and its variants, then assemble and compare combinations in the lab.',
      steps: ['/unified-view/', '/algorithms/pair-wise/', '/lab/'],
    },
    {
      id: 'researcher',
      title: 'The researcher',
      blurb:
        'You want the map and its gaps. Read the unified view, the four algorithm families with their ' +
        'equations checked against the papers, and the open problems.',
      steps: ['/unified-view/', '/algorithms/', '/future-directions/'],
    },
  ],
  // Links to the matching section of the how-to-read page (#newcomer, #practitioner, #researcher).
  pathsMore: 'This path in full',
  creditTitle: 'The survey behind it',
  credit:
    'The chapters follow the structure and the taxonomy of the survey, with its section numbers; the text ' +
    'is written anew for this edition and the interactive examples are its own. Errors are this edition’s.',
  contentsTitle: 'Contents',
};
