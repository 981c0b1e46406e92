// Chapter 4 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

// The toy world's utility, as the questions state it: word values, a topic bonus and a cost per word.
const TOY =
  'In the book’s toy world a reply’s hidden utility is the sum of the values of its distinct words (steps $+1.2$, here $+1.0$, thanks $+0.8$, please $+0.6$, …), plus $0.8$ if it contains the prompt’s topic word, minus $0.4$ per word.';

const set: ExerciseSet = {
  page: '/preference-data/',
  exercises: [
    {
      kind: 'numeric',
      id: 'pd-bon-kl',
      question:
        'Best-of-N keeps the best of $N$ samples. How far can the kept replies drift from the sampling policy? Compute the bound $\\log N - (N-1)/N$ on $\\mathrm{KL}(\\pi_{\\mathrm{BoN}} \\,\\|\\, \\pi)$ for $N = 8$ (natural log).',
      inputs: { n: 8 },
      compute: (i) => engine.bestOfNKlBound(i.n as number),
      tolerance: 0.005,
      written: '1.204',
      hint: '$\\log 8 = 3 \\log 2$.',
      solution:
        '$\\log 8 = 2.0794$ and $(8-1)/8 = 0.875$, so the bound is $2.0794 - 0.875 \\approx 1.204$ nats. It grows only like $\\log N$: doubling $N$ adds less than $0.7$ nats.',
    },
    {
      kind: 'numeric',
      id: 'pd-utility',
      question: `${TOY} For the prompt “How do I reset my password?” (topic word: steps), what is the utility of the reply “steps please”? The values needed are steps $1.2$, please $0.6$, bonus $0.8$, cost $0.4$.`,
      inputs: { steps: 1.2, please: 0.6, bonus: 0.8, cost: 0.4 },
      compute: () => engine.utility(0, 'steps please'),
      tolerance: 0.001,
      written: '1.8',
      hint: 'Two distinct words, the topic word is present, two words long.',
      solution: '$1.2 + 0.6 + 0.8 - 2 \\times 0.4 = 1.8$.',
    },
    {
      kind: 'numeric',
      id: 'pd-utility-repeat',
      question: `${TOY} For the prompt “My friend sent me a gift.” (topic word: thanks), what is the utility of “thanks thanks”? The values needed are thanks $0.8$, bonus $0.8$, cost $0.4$.`,
      inputs: { thanks: 0.8, bonus: 0.8, cost: 0.4 },
      compute: () => engine.utility(1, 'thanks thanks'),
      tolerance: 0.001,
      written: '0.8',
      hint: 'A repeated word counts once for its value but twice for length.',
      solution:
        'One distinct word ($0.8$), the topic bonus ($0.8$), and two words of length ($-0.8$): $0.8 + 0.8 - 0.8 = 0.8$, less than the $1.2$ of plain “thanks”.',
    },
    {
      kind: 'choice',
      id: 'pd-checkpoint',
      question:
        'Pairs were sampled from last week’s checkpoint of the model you are now training. Is that data on-policy?',
      options: [
        {
          text: 'Yes, because the same model wrote them',
          why: 'Only the current policy counts; last week’s weights are a different policy.',
        },
        {
          text: 'No: it is off-policy, because the current policy did not write the replies',
          correct: true,
          why: 'Whether data is on-policy depends only on who wrote the responses, and an earlier self is someone else.',
        },
        {
          text: 'It depends on whether people or a reward model labelled the pairs',
          why: 'The labeller decides the feedback, not whether the responses are on-policy.',
        },
        {
          text: 'Yes, as long as it is used within one epoch',
          why: 'The number of passes over the data has nothing to do with who generated it.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'pd-temperature',
      question:
        'You lower the sampling temperature to $T = 0.3$ when generating two replies per prompt for preference pairs. What is the most likely effect on the pairs?',
      options: [
        {
          text: 'More informative pairs, because each reply is better',
          why: 'Replies may be individually likelier, but two near-identical replies teach little about which is better.',
        },
        {
          text: 'The two replies are often identical or nearly so, so many pairs carry little signal',
          correct: true,
          why: 'A low temperature concentrates sampling on the likeliest tokens, so diversity drops and pairs become ties or near-ties.',
        },
        {
          text: 'No effect, since temperature only matters at evaluation time',
          why: 'Temperature changes which replies the data contains; it matters whenever you sample.',
        },
        {
          text: 'The data becomes off-policy',
          why: 'The replies still come from the current policy, only with a sharpened distribution; whether a tempered sampler still counts as on-policy is a fine point, but diversity is the main effect.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'pd-try-raft',
      href: '/lab/?lab.data=on-policy&lab.feedback=reward-model&lab.algorithm=raft#widget-lab',
      setup: 'the lab with RAFT (reward-ranked fine-tuning) on plain on-policy samples',
      question: 'RAFT is a best-of-N method. What does the lab say about running it on plain on-policy samples?',
      answer:
        'It refuses and says RAFT runs on best-of-N samples in this engine: RAFT needs the sample-N-keep-the-best step, so switch the data to best-of-N samples.',
      expect: 'RAFT runs on best-of-N samples',
    },
  ],
};
export default set;
