// Chapter 6 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const PAIR =
  'A pair has summed log-probabilities $\\log\\pi_\\theta(y^+) = -10$, $\\log\\pi_\\theta(y^-) = -12$ under the policy and $\\log\\pi_{\\mathrm{ref}}(y^+) = -11$, $\\log\\pi_{\\mathrm{ref}}(y^-) = -11$ under the reference.';
const pair = { policyChosen: -10, policyRejected: -12, refChosen: -11, refRejected: -11 };

const set: ExerciseSet = {
  page: '/algorithms/',
  exercises: [
    {
      kind: 'numeric',
      id: 'alg-dpo-loss',
      question: `${PAIR} With $\\beta = 0.1$, what is the DPO loss $-\\log\\sigma(\\beta h)$?`,
      inputs: { ...pair, beta: 0.1 },
      compute: (i) => engine.dpoLoss(pair, i.beta as number),
      tolerance: 0.005,
      written: '0.598',
      hint: 'First the margin: $h = (\\log\\pi_\\theta(y^+) - \\log\\pi_{\\mathrm{ref}}(y^+)) - (\\log\\pi_\\theta(y^-) - \\log\\pi_{\\mathrm{ref}}(y^-))$.',
      solution:
        '$h = (-10 + 11) - (-12 + 11) = 1 - (-1) = 2$, so $\\beta h = 0.2$ and the loss is $\\log(1 + e^{-0.2}) = \\log 1.8187 \\approx 0.598$.',
    },
    {
      kind: 'numeric',
      id: 'alg-ipo-loss',
      question: `${PAIR} With $\\tau = 1$, what is the IPO loss $(h - 1/(2\\tau))^2$?`,
      inputs: { ...pair, tau: 1 },
      compute: (i) => engine.ipoLoss(pair, i.tau as number),
      tolerance: 0.005,
      written: '2.25',
      hint: 'The margin is the same as for DPO; IPO’s target margin is $1/(2\\tau)$.',
      solution:
        '$h = 2$ and the target is $1/(2 \\times 1) = 0.5$, so the loss is $(2 - 0.5)^2 = 2.25$. Unlike DPO, IPO now pushes the margin back down: it has overshot its target.',
    },
    {
      kind: 'choice',
      id: 'alg-family-rrhf',
      question:
        'RRHF scores several candidate replies and penalises every pair that is ordered against the reward. Which family does the survey put it in?',
      options: [
        {
          text: 'Point-wise',
          why: 'Point-wise methods weight each reply on its own; RRHF’s terms always involve two replies of a list.',
        },
        {
          text: 'Pair-wise contrast',
          why: 'RRHF does compare pairs, but inside a ranked list of several candidates, which is what makes it list-wise.',
        },
        {
          text: 'List-wise contrast',
          correct: true,
          why: 'It consumes a ranking of several candidates per prompt and contrasts all of them.',
        },
        { text: 'Training-free alignment', why: 'RRHF updates the model’s weights.' },
      ],
    },
    {
      kind: 'choice',
      id: 'alg-what-ignored',
      question:
        'The survey sorts algorithms by what they contrast. Which of these does that classification deliberately ignore?',
      options: [
        {
          text: 'Whether the data is sampled online or collected offline',
          correct: true,
          why: 'The survey treats the data source as a separate component, so the same algorithm can be run online or offline without changing its family.',
        },
        {
          text: 'How many replies a training term compares',
          why: 'That is exactly what sorts methods into point-, pair- and list-wise families.',
        },
        {
          text: 'Whether the weights are updated at all',
          why: 'That separates training-free alignment from the rest.',
        },
        {
          text: 'The form of the gradient coefficient',
          why: 'The coefficient is what the unified view compares across methods.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'alg-try-pl',
      href: '/lab/?lab.model=bandit&lab.algorithm=plackett-luce#widget-lab',
      setup: 'the lab with the bandit model and a Plackett–Luce loss',
      question: 'Which named method does the lab report for a Plackett–Luce loss on rankings of the four candidates?',
      answer: 'Plackett–Luce (list-wise DPO, as in LiPO/PRO): the list generalisation of DPO’s Bradley–Terry loss.',
      expect: 'Plackett–Luce (list-wise DPO',
    },
  ],
};
export default set;
