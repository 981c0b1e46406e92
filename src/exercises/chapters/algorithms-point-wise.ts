// Chapter 6.1 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/algorithms/point-wise/',
  exercises: [
    {
      kind: 'numeric',
      id: 'pw-gae',
      question:
        'A three-token reply gets rewards $r = (0, 0, 1)$; the critic’s values are $V = (0.2, 0.4, 0.5)$ with a terminal value $0$. With $\\gamma = 1$ and $\\lambda = 0.95$, what is the GAE advantage $A_0$ of the first token?',
      inputs: { rewards: [0, 0, 1], values: [0.2, 0.4, 0.5, 0], gamma: 1, lambda: 0.95 },
      compute: (i) => engine.gae(i.rewards as number[], i.values as number[], i.gamma as number, i.lambda as number)[0],
      tolerance: 0.005,
      written: '0.746',
      hint: 'Work backwards: $\\delta_t = r_t + \\gamma V_{t+1} - V_t$ and $A_t = \\delta_t + \\gamma\\lambda A_{t+1}$, starting from $A_3 = 0$.',
      solution:
        'TD errors: $\\delta_2 = 1 + 0 - 0.5 = 0.5$, $\\delta_1 = 0 + 0.5 - 0.4 = 0.1$, $\\delta_0 = 0 + 0.4 - 0.2 = 0.2$. Then $A_2 = 0.5$, $A_1 = 0.1 + 0.95 \\times 0.5 = 0.575$, $A_0 = 0.2 + 0.95 \\times 0.575 \\approx 0.746$.',
    },
    {
      kind: 'numeric',
      id: 'pw-gae-lambda-zero',
      question:
        'Same reply and critic ($r = (0, 0, 1)$, $V = (0.2, 0.4, 0.5)$, terminal value $0$, $\\gamma = 1$), but $\\lambda = 0$. What is $A_0$ now?',
      inputs: { rewards: [0, 0, 1], values: [0.2, 0.4, 0.5, 0], gamma: 1, lambda: 0 },
      compute: (i) => engine.gae(i.rewards as number[], i.values as number[], i.gamma as number, i.lambda as number)[0],
      tolerance: 0.005,
      written: '0.2',
      hint: 'With $\\lambda = 0$ the advantage is a single TD error.',
      solution:
        '$A_0 = \\delta_0 = 0 + 1 \\times 0.4 - 0.2 = 0.2$. With $\\lambda = 0$ the estimate trusts the critic completely and ignores the final reward except through $V$.',
    },
    {
      kind: 'numeric',
      id: 'pw-ppo-clip-loss',
      question:
        'A token’s log-probability rose from $-1.2$ at rollout to $-0.9$ now; its advantage is $A = 1$ and $\\epsilon = 0.2$. What is PPO’s clipped loss $\\max(-A\\rho, -A\\,\\mathrm{clip}(\\rho, 1-\\epsilon, 1+\\epsilon))$ for this token?',
      inputs: { logp: -0.9, oldLogp: -1.2, advantage: 1, eps: 0.2 },
      compute: (i) => engine.ppoClipLoss(i.logp as number, i.oldLogp as number, i.advantage as number, i.eps as number),
      tolerance: 0.005,
      written: '-1.2',
      hint: '$\\rho = e^{-0.9 - (-1.2)} = e^{0.3}$.',
      solution:
        '$\\rho = e^{0.3} = 1.350$, clipped to $1.2$. The loss is $\\max(-1.350, -1.2) = -1.2$: the clipped term wins, so this token no longer contributes a gradient.',
    },
    {
      kind: 'numeric',
      id: 'pw-kl-shaped',
      question:
        'RLHF gives each token the reward $-\\beta(\\log\\pi_\\theta - \\log\\pi_{\\mathrm{ref}})$ and adds the reward model’s score at the last token. A two-token reply has policy log-probabilities $(-1, -2)$, reference log-probabilities $(-1.5, -1.5)$, score $1$ and $\\beta = 0.1$. What is the reward of the last token?',
      inputs: { score: 1, logp: [-1, -2], refLogp: [-1.5, -1.5], beta: 0.1 },
      compute: (i) =>
        engine.klShapedRewards(i.score as number, i.logp as number[], i.refLogp as number[], i.beta as number)[1],
      tolerance: 0.001,
      written: '1.05',
      hint: 'At the last token, the policy is less likely than the reference, so the KL term is a bonus.',
      solution:
        '$-0.1 \\times (-2 - (-1.5)) = 0.05$, plus the score $1$: $1.05$. (The first token gets $-0.1 \\times (-1 + 1.5) = -0.05$.)',
    },
    {
      kind: 'numeric',
      id: 'pw-kto-loss',
      question:
        'KTO sees one desirable reply with $\\log\\pi_\\theta(y) = -5$ and $\\log\\pi_{\\mathrm{ref}}(y) = -6$. With $\\beta = 0.5$, reference point $z_0 = 0.2$ and $\\lambda_D = 1$, what is its loss $\\lambda_D(1 - \\sigma(\\beta(r - z_0)))$, where $r$ is the log-ratio?',
      inputs: { policy: -5, ref: -6, beta: 0.5, z0: 0.2 },
      compute: (i) => engine.ktoLoss(i.policy as number, i.ref as number, true, i.beta as number, i.z0 as number),
      tolerance: 0.005,
      written: '0.401',
      hint: '$r = -5 - (-6) = 1$, and $1 - \\sigma(x) = \\sigma(-x)$.',
      solution:
        '$\\beta(r - z_0) = 0.5 \\times 0.8 = 0.4$, so the loss is $1 - \\sigma(0.4) = \\sigma(-0.4) \\approx 0.401$.',
    },
    {
      kind: 'choice',
      id: 'pw-remax-baseline',
      question: 'ReMax drops PPO’s critic. What does it subtract from each sampled reply’s reward instead?',
      options: [
        {
          text: 'Nothing: it is plain REINFORCE',
          why: 'Without a baseline the gradient estimate would be much noisier; ReMax’s point is a cheap baseline.',
        },
        {
          text: 'The reward of the greedy reply to the same prompt',
          correct: true,
          why: 'One extra greedy decode per prompt gives a baseline that tracks how good the policy already is on that prompt.',
        },
        {
          text: 'The mean reward of a group of samples',
          why: 'That is GRPO’s baseline, which needs several samples per prompt.',
        },
        { text: 'The KL divergence to the reference', why: 'The KL is a penalty in the reward, not a baseline.' },
      ],
    },
    {
      kind: 'try',
      id: 'pw-try-ppo-human',
      href: '/lab/?lab.data=on-policy&lab.feedback=human&lab.algorithm=ppo#widget-lab',
      setup: 'the lab with PPO on on-policy data and human labels',
      question: 'Why can the lab not train PPO with human labels directly?',
      answer:
        'PPO needs a scalar reward for every sampled reply, and human labellers compare, rank or approve replies but do not write scores. That is why RLHF first trains a reward model on the comparisons.',
      expect: 'needs a scalar reward for each reply',
    },
  ],
};
export default set;
