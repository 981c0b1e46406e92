// Chapter 6.4 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/algorithms/training-free/',
  exercises: [
    {
      kind: 'numeric',
      id: 'tf-reweight',
      question:
        'Reward-guided decoding aims at $\\pi_{\\mathrm{ref}}(y)\\, e^{r(y)/\\beta}$ without training. Two candidate replies have reference probabilities $0.7$ and $0.3$ and rewards $0$ and $1$. With $\\beta = 0.5$, what probability does the target give the second reply? (Two further replies with probability $0$ and reward $0$ complete the list.)',
      inputs: { ref: [0.7, 0.3, 0, 0], rewards: [0, 1, 0, 0], beta: 0.5 },
      compute: (i) => engine.tilt(i.ref as number[], i.rewards as number[], i.beta as number, 1),
      tolerance: 0.005,
      written: '0.760',
      hint: 'Weights $0.7 e^{0}$ and $0.3 e^{2}$.',
      solution:
        '$0.3e^2 = 2.2167$ and $0.7e^0 = 0.7$, so the second reply gets $2.2167/2.9167 \\approx 0.760$: the reward more than doubles its share.',
    },
    {
      kind: 'choice',
      id: 'tf-urial',
      question:
        'URIAL aligns an untuned base model with nothing but a prompt. What does that tell you about what alignment changes?',
      options: [
        {
          text: 'Much of it is style and format that the base model can already produce when shown a few examples',
          correct: true,
          why: 'URIAL’s finding is that a handful of well-chosen in-context examples recover much of the aligned behaviour, suggesting alignment mostly reshapes surface behaviour.',
        },
        {
          text: 'Base models already refuse harmful requests',
          why: 'Untuned base models do not reliably refuse; the prompt has to show them how.',
        },
        {
          text: 'Fine-tuning is never useful',
          why: 'The result is about how much a prompt can do, not a claim that training is useless.',
        },
        {
          text: 'It proves the reward model is unnecessary for all methods',
          why: 'URIAL needs no reward model, but that says nothing about methods that train.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'tf-where',
      question: 'Which of these is an output-side training-free method?',
      options: [
        {
          text: 'BPO, which rewrites the user’s prompt before the model sees it',
          why: 'Rewriting the prompt acts on the input side.',
        },
        {
          text: 'Reward-augmented decoding, which reweights next-token probabilities with a reward model',
          correct: true,
          why: 'It changes what the frozen model outputs, token by token, at inference time.',
        },
        { text: 'DPO on a preference dataset', why: 'DPO updates the weights, so it is not training-free.' },
        {
          text: 'OPO, which retrieves relevant principles into the prompt',
          why: 'Adding principles to the prompt is input optimisation.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'tf-try-icdpo-invalid',
      href: '/algorithms/training-free/?icdpo.candidates=1#widget-icdpo',
      setup: 'the ICDPO example, asked by the link for a single candidate reply',
      question:
        'ICDPO scores candidates by contrasting the model with and without demonstrations. The link asks for one candidate per prompt: what does the example run with, and why can it not take 1?',
      answer:
        'It runs with 2, the smallest allowed number, and a note under the settings says the link asked for 1, outside the range from 2 to 12. With one candidate there would be nothing to choose between.',
      expect: 'the nearest allowed value, 2, is used',
    },
  ],
};
export default set;
