// Chapter 6.2 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/algorithms/pair-wise/',
  exercises: [
    {
      kind: 'numeric',
      id: 'pair-dpo-weight',
      question:
        'DPO weights a pair’s gradient by $\\beta\\,\\sigma(-\\beta h)$. A pair the policy currently orders the wrong way has margin $h = -2$. With $\\beta = 0.5$, what is the weight?',
      inputs: { h: -2, beta: 0.5 },
      compute: (i) => engine.dpoWeight(i.h as number, i.beta as number),
      tolerance: 0.002,
      written: '0.366',
      hint: '$-\\beta h = 1$.',
      solution:
        '$0.5 \\times \\sigma(1) = 0.5 \\times 0.7311 \\approx 0.366$, almost the maximum $\\beta = 0.5$: pairs the implicit reward gets wrong are pushed hardest.',
    },
    {
      kind: 'numeric',
      id: 'pair-cdpo',
      question:
        'Conservative DPO assumes each label is flipped with probability $\\epsilon$ and minimises $-(1-\\epsilon)\\log\\sigma(\\beta h) - \\epsilon\\log\\sigma(-\\beta h)$. For a pair with policy log-probabilities $-4$ (chosen) and $-8$ (rejected), reference log-probabilities $-5$ and $-7$, $\\beta = 0.5$ and $\\epsilon = 0.1$, what is the loss?',
      inputs: { policyChosen: -4, policyRejected: -8, refChosen: -5, refRejected: -7, beta: 0.5, eps: 0.1 },
      compute: (i) =>
        engine.cdpoLoss(
          {
            policyChosen: i.policyChosen as number,
            policyRejected: i.policyRejected as number,
            refChosen: i.refChosen as number,
            refRejected: i.refRejected as number,
          },
          i.beta as number,
          i.eps as number,
        ),
      tolerance: 0.005,
      written: '0.413',
      hint: '$h = (-4 + 5) - (-8 + 7) = 2$, so $\\beta h = 1$. You need $-\\log\\sigma(1)$ and $-\\log\\sigma(-1)$.',
      solution:
        '$-\\log\\sigma(1) = 0.3133$ and $-\\log\\sigma(-1) = 1.3133$, so the loss is $0.9 \\times 0.3133 + 0.1 \\times 1.3133 \\approx 0.413$. Plain DPO would give $0.313$ and keep pushing; cDPO stops where $\\sigma(\\beta h) = 1 - \\epsilon$.',
    },
    {
      kind: 'numeric',
      id: 'pair-simpo',
      question:
        'SimPO uses average per-token log-probabilities and no reference: loss $-\\log\\sigma(\\beta(\\bar a^+ - \\bar a^-) - \\gamma)$. With $\\bar a^+ = -0.5$, $\\bar a^- = -1.0$, $\\beta = 2$ and $\\gamma = 0.5$, what is the loss?',
      inputs: { avgChosen: -0.5, avgRejected: -1.0, beta: 2, gamma: 0.5 },
      compute: (i) =>
        engine.simpoLoss(i.avgChosen as number, i.avgRejected as number, i.beta as number, i.gamma as number),
      tolerance: 0.005,
      written: '0.474',
      hint: 'The argument of $\\sigma$ is $2 \\times 0.5 - 0.5$.',
      solution:
        '$z = 2 \\times (-0.5 + 1.0) - 0.5 = 0.5$ and the loss is $\\log(1 + e^{-0.5}) = \\log 1.6065 \\approx 0.474$. Without the target margin $\\gamma$ it would be $0.313$.',
    },
    {
      kind: 'numeric',
      id: 'pair-hinge',
      question:
        'The SLiC-style hinge with a reference is $\\max(0, 1 - \\beta h)$. A pair has policy log-probabilities $-4$ and $-6$ and reference log-probabilities $-4.5$ and $-6$ (chosen, rejected). With $\\beta = 1$, what is the loss?',
      inputs: { policyChosen: -4, policyRejected: -6, refChosen: -4.5, refRejected: -6, beta: 1 },
      compute: (i) =>
        engine.hingeLoss(
          {
            policyChosen: i.policyChosen as number,
            policyRejected: i.policyRejected as number,
            refChosen: i.refChosen as number,
            refRejected: i.refRejected as number,
          },
          i.beta as number,
        ),
      tolerance: 0.001,
      written: '0.5',
      hint: 'Only the chosen reply has moved relative to the reference.',
      solution:
        '$h = (-4 + 4.5) - (-6 + 6) = 0.5$, so the loss is $\\max(0, 1 - 0.5) = 0.5$. Once $\\beta h \\ge 1$ the hinge is flat and the pair stops contributing.',
    },
    {
      kind: 'choice',
      id: 'pair-displacement',
      question:
        'During DPO training the margin $h$ of a pair keeps growing, yet the chosen reply’s own log-probability falls. How is that possible?',
      options: [
        {
          text: 'It is a bug: DPO always raises the chosen reply',
          why: 'DPO’s loss depends only on the difference of log-ratios, so nothing forces the chosen reply up.',
        },
        {
          text: 'The rejected reply falls faster, and the freed probability goes to other replies',
          correct: true,
          why: 'This is likelihood displacement: the margin can grow while both replies lose mass to replies outside the pair.',
        },
        {
          text: 'The reference model is being updated',
          why: 'In standard DPO the reference is frozen; the effect happens anyway.',
        },
        {
          text: 'β is too large',
          why: 'β changes how fast the weight fades, but displacement appears at any β because only the difference is constrained.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'pair-ipo-why',
      question: 'Why did IPO replace DPO’s log-sigmoid with a squared loss toward a finite margin?',
      options: [
        { text: 'To remove the reference model', why: 'IPO still measures log-ratios against $\\pi_{\\mathrm{ref}}$.' },
        {
          text: 'With deterministic preferences DPO’s optimum pushes the margin to infinity, ignoring the KL; a finite target keeps the policy near the reference',
          correct: true,
          why: 'When one reply always wins, $-\\log\\sigma(\\beta h)$ keeps decreasing as $h \\to \\infty$; the squared loss stops at $h = 1/(2\\tau)$.',
        },
        {
          text: 'Squared losses train faster',
          why: 'Speed is not the motivation; the fix is about what the optimum is.',
        },
        { text: 'To handle lists instead of pairs', why: 'IPO is still a pair-wise method.' },
      ],
    },
    {
      kind: 'try',
      id: 'pair-try-displacement',
      href: '/lab/?lab.model=bandit&lab.noise=0&lab.lr=0.5&lab.seed=3&lab.step=60#widget-lab',
      setup: 'the lab’s likelihood-displacement preset: DPO on the bandit with deterministic labels, 60 steps',
      question:
        'For the pair “maybe um” ≻ “ugh”, what happens to the margin and to the chosen reply’s own log-probability?',
      answer:
        'The margin grows while the log-probability of “maybe um” falls: its probability moves to replies that win other pairs (such as “steps”). This is likelihood displacement.',
      expect: 'Offline DPO',
    },
  ],
};
export default set;
