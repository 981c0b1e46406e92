// Chapter 6.3 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/algorithms/list-wise/',
  exercises: [
    {
      kind: 'numeric',
      id: 'lw-pl-nll',
      question:
        'Three replies, ranked best to worst, have scores $s = (2, 1, 0)$. What is the Plackett–Luce negative log-likelihood $-\\sum_{k} \\big(s_k - \\log\\sum_{j \\ge k} e^{s_j}\\big)$ of that ranking?',
      inputs: { scores: [2, 1, 0] },
      compute: (i) => engine.plackettLuceNll(i.scores as number[]),
      tolerance: 0.005,
      written: '0.721',
      hint: 'Two terms: the best reply picked from all three, then the second from the last two. The last pick is certain.',
      solution:
        '$\\log(e^2 + e^1 + e^0) = 2.4076$, so the first term is $2 - 2.4076 = -0.4076$; $\\log(e^1 + e^0) = 1.3133$, so the second is $1 - 1.3133 = -0.3133$. The NLL is $0.4076 + 0.3133 \\approx 0.721$, i.e. the ranking has probability $e^{-0.721} = 0.486$.',
    },
    {
      kind: 'numeric',
      id: 'lw-rrhf',
      question:
        'RRHF sums $\\max(0, s_i - s_j)$ over every pair where reply $i$ has the lower reward. Three replies have length-normalised scores $s = (-1.0, -0.8, -1.5)$ and rewards $(2, 1, 0)$. What is the ranking loss?',
      inputs: { scores: [-1.0, -0.8, -1.5], rewards: [2, 1, 0] },
      compute: (i) => engine.rrhfLoss(i.scores as number[], i.rewards as number[]),
      tolerance: 0.005,
      written: '0.2',
      hint: 'Check the three pairs: which lower-reward reply out-scores a higher-reward one?',
      solution:
        'Reply 2 (reward 1) scores $-0.8$, above reply 1 (reward 2) at $-1.0$: that pair costs $-0.8 + 1.0 = 0.2$. Reply 3 scores below both, costing nothing. The loss is $0.2$.',
    },
    {
      kind: 'numeric',
      id: 'lw-grpo-delta',
      question:
        'GRPO’s per-token coefficient is the clipped-advantage term plus $\\beta(\\pi_{\\mathrm{ref}}/\\pi_\\theta - 1)$ from its KL estimator. At the first epoch ($\\rho = 1$, $\\epsilon = 0.2$), a token has group-normalised advantage $\\hat A = 0.5$, $\\log\\pi_\\theta = -1$, $\\log\\pi_{\\mathrm{ref}} = -1.2$, and $\\beta = 0.04$. What is $\\delta$?',
      inputs: { advantage: 0.5, ratio: 1, eps: 0.2, logp: -1, refLogp: -1.2, beta: 0.04 },
      compute: (i) =>
        engine.grpoDelta(
          i.advantage as number,
          i.ratio as number,
          i.eps as number,
          i.logp as number,
          i.refLogp as number,
          i.beta as number,
        ),
      tolerance: 0.0005,
      written: '0.4927',
      hint: '$\\pi_{\\mathrm{ref}}/\\pi_\\theta = e^{-1.2 - (-1)} = e^{-0.2}$.',
      solution:
        'The clipped term gives $\\hat A \\rho = 0.5$. The KL term is $0.04 \\times (e^{-0.2} - 1) = 0.04 \\times (-0.1813) = -0.0073$. So $\\delta \\approx 0.4927$: the policy is already more likely than the reference here, so the KL pulls slightly back.',
    },
    {
      kind: 'choice',
      id: 'lw-pl-two',
      question: 'What does the Plackett–Luce model become for a list of two replies?',
      options: [
        {
          text: 'The Bradley–Terry model',
          correct: true,
          why: 'With two replies there is one pick: $e^{s_1}/(e^{s_1} + e^{s_2}) = \\sigma(s_1 - s_2)$, exactly Bradley–Terry.',
        },
        {
          text: 'A hinge loss',
          why: 'Plackett–Luce is a probability model with a smooth log-likelihood; a hinge has a flat region.',
        },
        { text: 'Nothing: it needs at least three replies', why: 'It is defined for any list of two or more.' },
        {
          text: 'Supervised fine-tuning on the best reply',
          why: 'The likelihood still involves both replies’ scores.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'lw-grpo-critic',
      question: 'What replaces PPO’s learned critic in GRPO?',
      options: [
        {
          text: 'A reward model',
          why: 'GRPO still needs a reward (model or rule) for each reply; what it drops is the value network.',
        },
        { text: 'The greedy reply’s reward', why: 'That is ReMax’s baseline.' },
        {
          text: 'The mean and standard deviation of rewards over a group of replies to the same prompt',
          correct: true,
          why: 'Each reply’s advantage is its reward minus the group mean, divided by the group’s standard deviation.',
        },
        { text: 'A fixed constant', why: 'A constant baseline would not adapt to how hard each prompt is.' },
      ],
    },
    {
      kind: 'try',
      id: 'lw-try-grpo-offline',
      href: '/lab/?lab.data=off-policy&lab.feedback=reward-model&lab.algorithm=grpo#widget-lab',
      setup: 'the lab with GRPO on an off-policy dataset',
      question: 'What does the lab say, and why does it make sense for GRPO?',
      answer:
        'GRPO runs on on-policy data in this engine. Its baseline is the mean reward of a fresh group of replies sampled from the current policy for each prompt, so it needs on-policy sampling.',
      expect: 'runs on on-policy data',
    },
  ],
};
export default set;
