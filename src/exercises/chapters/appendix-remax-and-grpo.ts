// Appendix B exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/appendix/remax-and-grpo/',
  exercises: [
    {
      kind: 'numeric',
      id: 'rg-remax',
      question:
        'ReMax weights a sampled reply by $r(y) - r(\\hat y)$, where $\\hat y$ is the greedy reply. The sample scores $0.7$ and the greedy reply $0.9$. What is the sample’s coefficient $\\delta$?',
      inputs: { reward: 0.7, baseline: 0.9 },
      compute: (i) => engine.reinforceDelta(i.reward as number, i.baseline as number),
      tolerance: 0.001,
      written: '-0.2',
      hint: 'Reward minus baseline.',
      solution:
        '$\\delta = 0.7 - 0.9 = -0.2$: the sample is worse than what the policy already does greedily, so its tokens are pushed down, although its reward is positive.',
    },
    {
      kind: 'numeric',
      id: 'rg-grpo-clipped',
      question:
        'A GRPO token has advantage $\\hat A = -1$, ratio $\\rho = 1.25$, $\\epsilon = 0.2$, and equal policy and reference log-probabilities ($-0.5$ each) with $\\beta = 0.04$. What is $\\delta$?',
      inputs: { advantage: -1, ratio: 1.25, eps: 0.2, logp: -0.5, refLogp: -0.5, beta: 0.04 },
      compute: (i) =>
        engine.grpoDelta(
          i.advantage as number,
          i.ratio as number,
          i.eps as number,
          i.logp as number,
          i.refLogp as number,
          i.beta as number,
        ),
      tolerance: 0.001,
      written: '-1.25',
      hint: 'For a negative advantage the clip is inactive above $1 - \\epsilon$; the KL term vanishes when the two log-probabilities are equal.',
      solution:
        'The ratio $1.25$ is above $1 - \\epsilon = 0.8$, so the clipped term is inactive and gives $\\hat A\\rho = -1.25$; the KL term is $0.04 \\times (e^{0} - 1) = 0$. So $\\delta = -1.25$: a bad token that became more likely is pushed down hard.',
    },
    {
      kind: 'choice',
      id: 'rg-baseline-unbiased',
      question: 'Why does subtracting a baseline not bias the policy gradient?',
      options: [
        {
          text: 'Because the baseline is small',
          why: 'Size does not matter; any baseline independent of the sampled reply leaves the expectation unchanged.',
        },
        {
          text: 'Because $\\mathbb{E}_{y \\sim \\pi}[\\nabla \\log\\pi(y)] = 0$, so a term $b \\cdot \\nabla\\log\\pi(y)$ averages to zero when $b$ does not depend on $y$',
          correct: true,
          why: 'The gradient of a normalised distribution’s total probability is zero, so the baseline only changes the variance.',
        },
        { text: 'Because it is learned', why: 'ReMax’s greedy baseline is not learned, and it is still unbiased.' },
        {
          text: 'It does bias it, slightly',
          why: 'A baseline that does not depend on the sampled reply introduces no bias at all; it only changes the variance.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'rg-classification',
      question:
        'GRPO computes each reply’s advantage from a group of replies to the same prompt. Why does the survey list it as list-wise rather than point-wise?',
      options: [
        {
          text: 'Because its loss depends on a ranking supplied by people',
          why: 'GRPO needs only scalar rewards, no ranking.',
        },
        {
          text: 'Because each reply’s weight depends on the rewards of the other replies in its group',
          correct: true,
          why: 'The group mean and standard deviation tie the replies together, which is what list-wise contrast means here.',
        },
        {
          text: 'Because it uses a reference model',
          why: 'Point-wise PPO uses one too; the reference does not decide the family.',
        },
        { text: 'Because it is trained offline', why: 'GRPO is on-policy and online.' },
      ],
    },
    {
      kind: 'try',
      id: 'rg-try-remax',
      href: '/lab/?lab.data=on-policy&lab.feedback=reward-model&lab.algorithm=remax#widget-lab',
      setup: 'the lab with ReMax on on-policy samples scored by a reward model',
      question: 'Which method does the lab name for this combination?',
      answer:
        'ReMax: REINFORCE on sampled replies, each weighted by its reward minus the reward of the greedy reply to the same prompt, so no critic is trained.',
      expect: 'ReMax',
    },
  ],
};
export default set;
