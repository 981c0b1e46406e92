// Chapter 3 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/unified-view/',
  exercises: [
    {
      kind: 'numeric',
      id: 'uv-dpo-delta',
      question:
        'For DPO the gradient coefficient on the chosen reply is $\\delta = \\beta\\,\\sigma(-\\beta h)$. What is it when the margin is $h = 1$ and $\\beta = 0.5$?',
      inputs: { h: 1, beta: 0.5 },
      compute: (i) => engine.dpoWeight(i.h as number, i.beta as number),
      tolerance: 0.002,
      written: '0.189',
      hint: '$\\sigma(-0.5) = 1/(1 + e^{0.5})$.',
      solution:
        '$\\beta h = 0.5$, $\\sigma(-0.5) = 1/(1 + 1.6487) = 0.3775$, so $\\delta = 0.5 \\times 0.3775 \\approx 0.189$. The rejected reply gets $-0.189$.',
    },
    {
      kind: 'numeric',
      id: 'uv-ppo-clipped',
      question:
        'A token has advantage $A = 0.8$, and after some updates its probability ratio is $\\rho = 1.3$. With PPO’s clip range $\\epsilon = 0.2$, what is its gradient coefficient $\\delta$?',
      inputs: { advantage: 0.8, ratio: 1.3, eps: 0.2 },
      compute: (i) => engine.ppoDelta(i.advantage as number, i.ratio as number, i.eps as number),
      tolerance: 0.001,
      written: '0',
      hint: 'With a positive advantage, the clipped objective stops rewarding a ratio above $1 + \\epsilon$.',
      solution:
        'The advantage is positive and the ratio $1.3$ is already above $1 + \\epsilon = 1.2$, so the clipped term is the active one and it does not depend on $\\theta$: $\\delta = 0$. The token has been pushed up enough for this batch.',
    },
    {
      kind: 'numeric',
      id: 'uv-ppo-negative',
      question:
        'Another token has advantage $A = -0.5$ and ratio $\\rho = 0.9$, with $\\epsilon = 0.2$. What is its PPO gradient coefficient $\\delta$?',
      inputs: { advantage: -0.5, ratio: 0.9, eps: 0.2 },
      compute: (i) => engine.ppoDelta(i.advantage as number, i.ratio as number, i.eps as number),
      tolerance: 0.001,
      written: '-0.45',
      hint: 'For a negative advantage the clip bites only once the ratio falls below $1 - \\epsilon$.',
      solution:
        '$0.9$ is still above $1 - \\epsilon = 0.8$, so the unclipped term is active and $\\delta = A\\rho = -0.5 \\times 0.9 = -0.45$: the token is still pushed down.',
    },
    {
      kind: 'choice',
      id: 'uv-four-components',
      question:
        'In the survey’s unified view, which component decides the gradient coefficient $\\delta$ from the data and the feedback?',
      options: [
        {
          text: 'The data source $\\mathcal{D}$',
          why: 'The data source only says where $(x, y)$ comes from (the current policy or elsewhere).',
        },
        {
          text: 'The feedback $r$',
          why: 'Feedback supplies the signal (a reward, a label, a ranking) but not the rule that turns it into a weight.',
        },
        {
          text: 'The algorithm $\\mathcal{A}$',
          correct: true,
          why: 'The algorithm is exactly the rule mapping data and feedback to $\\delta$: SFT sets it to 1, PPO to the clipped advantage, DPO to $\\pm\\beta\\sigma(-\\beta h)$.',
        },
        {
          text: 'The reference model',
          why: 'Some algorithms use a reference model inside their rule, but it is not one of the four components.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'uv-online-on-policy',
      question:
        'DPO trains on a fixed dataset of pairs that were sampled from the SFT model, which is also its starting point. Which description fits?',
      options: [
        { text: 'Online and on-policy', why: 'Nothing new is labelled during training, so it is not online.' },
        {
          text: 'Offline, and off-policy once the first update has been made',
          correct: true,
          why: 'The data is fixed (offline), and after one step the policy is no longer the model that wrote the replies, so the data is off-policy from then on.',
        },
        { text: 'Online and off-policy', why: 'Online would require fresh feedback during training.' },
        {
          text: 'On-policy throughout, because the data came from the same model',
          why: 'On-policy means sampled from the current policy; the SFT model stops being the current policy after the first update.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'uv-try-oaif',
      href: '/lab/?lab.data=on-policy&lab.feedback=judge#widget-lab',
      setup: 'the lab with DPO on on-policy data, labelled by a simulated LLM judge',
      question: 'Changing only the data source and the feedback of offline DPO, which published method do you get?',
      answer:
        'Online DPO with AI feedback (OAIF): fresh pairs sampled from the current policy at every step and labelled by an LLM annotator. The algorithm is unchanged; only $\\mathcal{D}$ and $r$ moved.',
      expect: 'Online DPO with AI feedback',
    },
  ],
};
export default set;
