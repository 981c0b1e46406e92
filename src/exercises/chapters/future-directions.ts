// Chapter 8 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/future-directions/',
  exercises: [
    {
      kind: 'numeric',
      id: 'fd-label-noise',
      question:
        'Simulated labellers prefer the better reply with probability $\\sigma(\\Delta u / s)$, where $\\Delta u$ is the utility gap and $s$ the noise scale. For a gap $\\Delta u = 1$ and noise $s = 2$, what share of labels are correct?',
      inputs: { gap: 1, noise: 2 },
      compute: (i) => engine.pairwiseScore((i.gap as number) / (i.noise as number), 0),
      tolerance: 0.005,
      written: '0.622',
      hint: '$\\sigma(0.5)$.',
      solution:
        '$\\sigma(1/2) = 1/(1 + e^{-0.5}) \\approx 0.622$: more than a third of such labels point the wrong way, which is why better and more consistent preference data is an open direction.',
    },
    {
      kind: 'choice',
      id: 'fd-scalable-oversight',
      question: 'What problem does scalable oversight address?',
      options: [
        { text: 'Training on more GPUs', why: 'It is about supervision, not compute.' },
        {
          text: 'Giving reliable feedback on tasks too hard or too long for people to judge directly',
          correct: true,
          why: 'As models surpass their supervisors, feedback needs help: critiques from models, decomposition, debate.',
        },
        {
          text: 'Collecting larger datasets of demonstrations',
          why: 'More data does not help if no one can tell whether the answers are right.',
        },
        {
          text: 'Reducing the size of reward models',
          why: 'Model size is not the issue; the reliability of the signal is.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'fd-evaluation',
      question: 'Why is a single leaderboard number a weak summary of an aligned model?',
      options: [
        { text: 'Leaderboards are always wrong', why: 'They are useful, just incomplete.' },
        {
          text: 'It hides which abilities improved or regressed and inherits its judge’s biases',
          correct: true,
          why: 'Helpfulness, safety, reasoning and honesty can move in different directions, and an LLM judge adds its own preferences.',
        },
        {
          text: 'Numbers cannot measure language',
          why: 'Benchmarks measure many things well; the problem is collapsing them into one.',
        },
        {
          text: 'Only human evaluation counts',
          why: 'Human evaluation is valuable but expensive and also noisy; the survey asks for more comprehensive evaluation, not for one method only.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'fd-try-sft-rm',
      href: '/lab/?lab.algorithm=sft&lab.feedback=reward-model#widget-lab',
      setup: 'the lab with SFT and a reward model as its feedback',
      question: 'Why can this combination not train, and what does that say about where demonstrations come from?',
      answer:
        'SFT needs demonstrations written by people, and a reward model only scores replies; it does not write them. Better data therefore means better demonstrations or better comparisons, not only a better scorer.',
      expect: 'does not write demonstrations',
    },
  ],
};
export default set;
