// Chapter 2 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/definition/',
  exercises: [
    {
      kind: 'numeric',
      id: 'def-bt-probability',
      question:
        'Under the Bradley–Terry model, reply A has reward $r_A = 2.0$ and reply B has $r_B = 0.5$. What is the probability that a person prefers A?',
      inputs: { rA: 2.0, rB: 0.5 },
      compute: (i) => Math.exp(-engine.bradleyTerryLoss(i.rA as number, i.rB as number)),
      tolerance: 0.005,
      written: '0.818',
      hint: 'Only the difference of the rewards matters: $P(A \\succ B) = \\sigma(r_A - r_B)$.',
      solution:
        '$P(A \\succ B) = \\sigma(2.0 - 0.5) = 1/(1 + e^{-1.5}) = 1/1.2231 \\approx 0.818$. Adding the same constant to both rewards would not change it.',
    },
    {
      kind: 'numeric',
      id: 'def-tilt-beta-1',
      question:
        'A reference model gives four replies the probabilities $0.4, 0.3, 0.2, 0.1$, and their rewards are $1, 0.5, 0, -1$. With $\\beta = 1$, what probability does the optimal KL-regularised policy $\\pi^* \\propto \\pi_{\\mathrm{ref}}\\, e^{r/\\beta}$ give the first reply?',
      inputs: { ref: [0.4, 0.3, 0.2, 0.1], rewards: [1, 0.5, 0, -1], beta: 1 },
      compute: (i) => engine.tilt(i.ref as number[], i.rewards as number[], i.beta as number, 0),
      tolerance: 0.005,
      written: '0.598',
      hint: 'Weight each reply by $\\pi_{\\mathrm{ref}}(y)\\, e^{r(y)/\\beta}$, then divide by the sum of the weights (that sum is $Z(x)$).',
      solution:
        'The weights are $0.4e^{1} = 1.087$, $0.3e^{0.5} = 0.495$, $0.2e^{0} = 0.2$ and $0.1e^{-1} = 0.037$; they sum to $Z = 1.819$, so $\\pi^*(y_1) = 1.087/1.819 \\approx 0.598$, up from $0.4$.',
    },
    {
      kind: 'numeric',
      id: 'def-tilt-beta-quarter',
      question:
        'Same four replies (reference probabilities $0.4, 0.3, 0.2, 0.1$; rewards $1, 0.5, 0, -1$), but now $\\beta = 0.25$. What probability does $\\pi^*$ give the first reply?',
      inputs: { ref: [0.4, 0.3, 0.2, 0.1], rewards: [1, 0.5, 0, -1], beta: 0.25 },
      compute: (i) => engine.tilt(i.ref as number[], i.rewards as number[], i.beta as number, 0),
      tolerance: 0.005,
      written: '0.900',
      hint: 'Dividing the rewards by a smaller $\\beta$ makes the exponentials differ much more.',
      solution:
        'The weights are $0.4e^{4} = 21.84$, $0.3e^{2} = 2.217$, $0.2$ and $0.1e^{-4} = 0.0018$; $Z = 24.26$ and $\\pi^*(y_1) = 21.84/24.26 \\approx 0.900$. A weaker pull toward the reference lets the best reply take most of the mass.',
    },
    {
      kind: 'choice',
      id: 'def-beta-limits',
      question:
        'In the KL-regularised objective, what happens to the optimal policy $\\pi^*$ as $\\beta$ grows very large?',
      options: [
        {
          text: 'It puts all its mass on the reply with the highest reward',
          why: 'That is the limit $\\beta \\to 0$, where the KL penalty vanishes and only reward counts.',
        },
        {
          text: 'It becomes the reference policy $\\pi_{\\mathrm{ref}}$',
          correct: true,
          why: '$e^{r/\\beta} \\to 1$ for every reply, so the tilt disappears and $\\pi^* = \\pi_{\\mathrm{ref}}$: the penalty for moving dominates any reward.',
        },
        {
          text: 'It becomes uniform over all replies',
          why: 'The KL is measured to $\\pi_{\\mathrm{ref}}$, not to the uniform distribution, so the limit is the reference.',
        },
        {
          text: 'It is undefined because $Z(x)$ diverges',
          why: '$Z(x) = \\sum_y \\pi_{\\mathrm{ref}}(y)\\, e^{r/\\beta}$ tends to $1$, which is perfectly finite.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'def-partition',
      question:
        'Why does the partition function $Z(x)$, a sum over every possible reply, not stop DPO from being trained?',
      options: [
        { text: 'DPO approximates it by sampling', why: 'No sampling is needed: DPO never computes $Z(x)$ at all.' },
        {
          text: 'It depends only on the prompt, so it cancels when two replies to the same prompt are compared',
          correct: true,
          why: 'The Bradley–Terry probability uses the difference of two rewards for the same $x$, and $\\beta \\log Z(x)$ appears in both.',
        },
        {
          text: 'It equals 1 for language models',
          why: 'That holds only when rewards are all zero (or $\\beta$ is infinite); in general $Z(x)$ is not 1.',
        },
        {
          text: 'The reward model computes it',
          why: 'DPO trains without a reward model; the reward is implicit in the policy.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'def-try-reference',
      href: '/lab/?lab.reference=0#widget-lab',
      setup: 'the lab running DPO with the reference model switched off',
      question:
        'The KL-regularised objective needs $\\pi_{\\mathrm{ref}}$. What does the lab say about DPO without it?',
      answer:
        'It refuses to train and explains that DPO measures the policy against a frozen reference model; it suggests switching the reference on or choosing a reference-free method such as SimPO, ORPO, RRHF or SFT.',
      expect: 'measures the policy against a frozen reference model',
    },
  ],
};
export default set;
