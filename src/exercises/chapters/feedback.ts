// Chapter 5 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/feedback/',
  exercises: [
    {
      kind: 'numeric',
      id: 'fb-bt-wrong-order',
      question:
        'A reward model scores the chosen reply $0.3$ and the rejected one $0.8$. What is its Bradley–Terry loss $-\\log\\sigma(r^+ - r^-)$ on this pair?',
      inputs: { chosen: 0.3, rejected: 0.8 },
      compute: (i) => engine.bradleyTerryLoss(i.chosen as number, i.rejected as number),
      tolerance: 0.005,
      written: '0.974',
      hint: 'The difference is negative; $-\\log\\sigma(z) = \\log(1 + e^{-z})$.',
      solution:
        '$z = 0.3 - 0.8 = -0.5$, so the loss is $\\log(1 + e^{0.5}) = \\log 2.6487 \\approx 0.974$, well above the $\\log 2 = 0.693$ of a model that cannot tell the replies apart.',
    },
    {
      kind: 'numeric',
      id: 'fb-judge-position',
      question:
        'A simulated judge prefers the first reply with probability $\\sigma(u_1 - u_2 + b)$. Reply 1 has utility $u_1 = 1.0$, reply 2 has $u_2 = 0.6$, and the judge’s position bias is $b = 0.5$. With reply 1 shown first, what is the probability it is preferred?',
      inputs: { first: 1.0, second: 0.6, bias: 0.5 },
      compute: (i) => engine.pairwiseScore((i.first as number) + (i.bias as number), i.second as number),
      tolerance: 0.005,
      written: '0.711',
      hint: 'Add the bias to the difference of utilities.',
      solution:
        '$\\sigma(1.0 - 0.6 + 0.5) = \\sigma(0.9) = 1/(1 + e^{-0.9}) \\approx 0.711$, against $\\sigma(0.4) = 0.599$ for an unbiased judge.',
    },
    {
      kind: 'numeric',
      id: 'fb-judge-swap',
      question:
        'Same judge and replies ($u_1 = 1.0$, $u_2 = 0.6$, $b = 0.5$). You ask it twice, once in each order, and average the probabilities that reply 1 wins. What do you get?',
      inputs: { first: 1.0, second: 0.6, bias: 0.5 },
      compute: (i) => {
        const [u1, u2, b] = [i.first as number, i.second as number, i.bias as number];
        return (engine.pairwiseScore(u1 + b, u2) + (1 - engine.pairwiseScore(u2 + b, u1))) / 2;
      },
      tolerance: 0.005,
      written: '0.593',
      hint: 'Shown second, reply 1 wins with probability $1 - \\sigma(u_2 - u_1 + b) = \\sigma(u_1 - u_2 - b)$.',
      solution:
        'First: $\\sigma(0.9) = 0.7109$. Second: $\\sigma(0.4 - 0.5) = \\sigma(-0.1) = 0.4750$. The average is $(0.7109 + 0.4750)/2 \\approx 0.593$, close to the unbiased $0.599$: swapping the order cancels most of a position bias.',
    },
    {
      kind: 'choice',
      id: 'fb-rules-where',
      question: 'Where can hand-designed rules replace a learned reward model most safely?',
      options: [
        {
          text: 'Open-ended chat, where any helpful answer is acceptable',
          why: 'There is no checkable right answer in open chat, so a rule cannot tell good from bad.',
        },
        {
          text: 'Maths with known answers, proofs checked by a proof assistant, and code with unit tests',
          correct: true,
          why: 'When correctness can be checked mechanically, a rule cannot be fooled the way a learned scorer can.',
        },
        {
          text: 'Anywhere, since rules are always more reliable',
          why: 'Rules are reliable only where answers are checkable; elsewhere they miss what matters.',
        },
        {
          text: 'Only for safety filtering',
          why: 'Safety is one use, but the survey’s main examples are maths, proofs, code and translation quality estimation.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'fb-prm',
      question: 'What does a process reward model score that an outcome reward model does not?',
      options: [
        { text: 'The final answer only', why: 'That is what an outcome reward model scores.' },
        {
          text: 'Each intermediate step of a solution',
          correct: true,
          why: 'Step-level scores say where a chain of reasoning went wrong, not only whether it ended right.',
        },
        {
          text: 'The length of the reply',
          why: 'Length is a possible bias of any scorer, not what defines a process reward model.',
        },
        { text: 'The prompt’s difficulty', why: 'Neither kind scores the prompt; both score replies.' },
      ],
    },
    {
      kind: 'try',
      id: 'fb-try-overoptimisation',
      href: '/lab/?lab.data=on-policy&lab.feedback=reward-model&lab.algorithm=ppo&lab.beta=0.001&lab.lr=2&lab.rmPairs=2&lab.step=200#widget-lab',
      setup:
        'the lab’s over-optimisation preset: PPO against a reward model trained on two pairs per prompt, almost no KL penalty, 200 steps',
      question: 'Compare the reward model’s score with the hidden utility over the run. What do you see?',
      answer:
        'The reward model’s score keeps rising while the hidden utility peaks and then falls: with only two pairs per prompt the reward model is a poor proxy, and with almost no KL penalty nothing stops the policy from exploiting it.',
      expect: 'RLHF with PPO',
    },
  ],
};
export default set;
