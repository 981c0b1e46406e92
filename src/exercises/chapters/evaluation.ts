// Chapter 7 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/evaluation/',
  exercises: [
    {
      kind: 'numeric',
      id: 'ev-length-bias',
      question:
        'A judge sees utility plus a verbosity bonus of $0.3$ per word and prefers the first reply with probability $\\sigma(\\text{seen}_1 - \\text{seen}_2)$. A reply of $3$ words has utility $0.5$; a reply of $1$ word has utility $0.7$. What is the probability the judge prefers the longer (worse) reply?',
      inputs: { uLong: 0.5, uShort: 0.7, bias: 0.3, lenLong: 3, lenShort: 1 },
      compute: (i) =>
        engine.pairwiseScore(
          (i.uLong as number) + (i.bias as number) * (i.lenLong as number),
          (i.uShort as number) + (i.bias as number) * (i.lenShort as number),
        ),
      tolerance: 0.005,
      written: '0.599',
      hint: 'Seen scores: $0.5 + 0.9$ and $0.7 + 0.3$.',
      solution:
        'The judge sees $1.4$ against $1.0$, so it prefers the longer reply with probability $\\sigma(0.4) \\approx 0.599$, although people would prefer the short one ($\\sigma(-0.2) = 0.450$). Swapping the order cannot cancel this bias.',
    },
    {
      kind: 'numeric',
      id: 'ev-swap-average',
      question:
        'A judge favours whichever reply it reads first by $b = 0.6$: it prefers the first with probability $\\sigma(d + b)$, where $d$ is the true difference of the first over the second. For two replies with $d = 0.2$ in favour of reply A, you query both orders and average the probability that A wins. What do you get?',
      inputs: { d: 0.2, bias: 0.6 },
      compute: (i) =>
        (engine.pairwiseScore((i.d as number) + (i.bias as number), 0) +
          1 -
          engine.pairwiseScore(-(i.d as number) + (i.bias as number), 0)) /
        2,
      tolerance: 0.005,
      written: '0.546',
      hint: 'A first: $\\sigma(0.8)$. A second: A wins with $1 - \\sigma(-0.2 + 0.6) = \\sigma(-0.4)$.',
      solution:
        '$\\sigma(0.8) = 0.6900$ and $\\sigma(-0.4) = 0.4013$; their mean is $0.546$, close to the unbiased $\\sigma(0.2) = 0.550$. Shown only in the first position, A would have looked like a clear $0.690$ winner.',
    },
    {
      kind: 'choice',
      id: 'ev-rule-based',
      question: 'MMLU and GSM8K are called rule-based evaluations. Why?',
      options: [
        {
          text: 'A fixed rule (exact match of the choice letter or final number) decides correctness',
          correct: true,
          why: 'Answers are checked against a key, so no judgement is needed and scores are reproducible.',
        },
        { text: 'Human raters follow a rubric', why: 'That is human evaluation, as in Chatbot Arena, not rule-based.' },
        { text: 'An LLM judge is given rules', why: 'A judge with a rubric is still LLM-based evaluation.' },
        {
          text: 'They measure whether the model follows rules',
          why: 'They measure knowledge and maths; “rule-based” refers to how answers are scored.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'ev-self-enhancement',
      question: 'Self-enhancement bias means a judge…',
      options: [
        { text: '…prefers the reply shown first', why: 'That is position bias.' },
        { text: '…prefers longer replies', why: 'That is verbosity bias.' },
        {
          text: '…rates replies written by itself, or by models like it, more highly',
          correct: true,
          why: 'A judge evaluating its own family of models can inflate their win rates, which is why judges and contestants should differ.',
        },
        {
          text: '…improves its grading over time',
          why: 'Judges do not learn during evaluation; the bias is about whose replies it favours.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'ev-try-verbosity',
      href: '/lab/?lab.data=on-policy&lab.feedback=judge&lab.verbosityBias=1&lab.step=60#widget-lab',
      setup: 'the lab’s verbosity preset: online DPO labelled by a judge that gives a bonus per extra word, 60 steps',
      question:
        'What happens to reply length and to the hidden utility, compared with setting the verbosity bias to 0?',
      answer:
        'Replies grow longer and the hidden utility ends lower than with an unbiased judge: the policy learns the judge’s taste for length, not what people want. A win rate measured by the same judge would overstate the improvement.',
      expect: 'Online DPO with AI feedback',
    },
  ],
};
export default set;
