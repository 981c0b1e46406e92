// Chapter 9 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/conclusion/',
  exercises: [
    {
      kind: 'numeric',
      id: 'cc-dpo-start',
      question:
        'At the start of DPO training the policy equals the reference, so every pair has log-ratio $0$: take $\\log\\pi_\\theta(y^+) = \\log\\pi_{\\mathrm{ref}}(y^+) = -7$ and $\\log\\pi_\\theta(y^-) = \\log\\pi_{\\mathrm{ref}}(y^-) = -9$, with $\\beta = 0.3$. What is the DPO loss?',
      inputs: { policyChosen: -7, policyRejected: -9, refChosen: -7, refRejected: -9, beta: 0.3 },
      compute: (i) =>
        engine.dpoLoss(
          {
            policyChosen: i.policyChosen as number,
            policyRejected: i.policyRejected as number,
            refChosen: i.refChosen as number,
            refRejected: i.refRejected as number,
          },
          i.beta as number,
        ),
      tolerance: 0.005,
      written: '0.693',
      hint: 'What is the margin $h$ when the policy has not moved?',
      solution:
        '$h = 0$, so the loss is $-\\log\\sigma(0) = \\log 2 \\approx 0.693$ for any $\\beta$ and any pair. A DPO loss curve that does not start near $0.693$ means the policy and the reference differ.',
    },
    {
      kind: 'choice',
      id: 'cc-unified',
      question: 'Which statement best sums up the survey’s unified view?',
      options: [
        {
          text: 'Every method is a choice of data source, feedback and algorithm, and the algorithm reduces to a gradient coefficient on $\\nabla \\log\\pi_\\theta$',
          correct: true,
          why: 'This is the frame of the book: four components, one gradient form.',
        },
        {
          text: 'All methods are equivalent, so the choice does not matter',
          why: 'The forms are related, but the coefficients differ and so do the results.',
        },
        {
          text: 'RL methods are a special case of SFT',
          why: 'The claim is symmetric: both are instances of one gradient, neither reduces to the other.',
        },
        {
          text: 'Only online methods are preference learning',
          why: 'Offline methods such as DPO are central to the survey.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'cc-components',
      question:
        'You switch a working DPO pipeline from a fixed dataset to pairs sampled each step and labelled by a reward model. Which component of the unified view changed?',
      options: [
        { text: 'Only the algorithm', why: 'The loss is still DPO’s.' },
        {
          text: 'The data source and the feedback',
          correct: true,
          why: 'On-policy sampling changes $\\mathcal{D}$ and the reward-model labels change $r$; $\\mathcal{A}$ stays DPO.',
        },
        {
          text: 'Only the evaluation',
          why: 'Evaluation is how you judge the result, not part of the training recipe here.',
        },
        {
          text: 'Nothing, since DPO is offline by definition',
          why: 'DPO can be run online; the survey’s first insight is that the data source is a separate choice.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'cc-try-simpo',
      href: '/lab/?lab.reference=0&lab.algorithm=simpo#widget-lab',
      setup: 'the lab with SimPO and no reference model',
      question: 'DPO refused to run without a reference model. Does SimPO, and which method does the lab name?',
      answer:
        'Yes: the lab names it SimPO and trains, because SimPO compares length-normalised log-probabilities of the policy alone, with a target margin instead of a reference.',
      expect: 'SimPO',
    },
  ],
};
export default set;
