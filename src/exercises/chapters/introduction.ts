// Chapter 1 exercises.
import { engine } from '../engine';
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/introduction/',
  exercises: [
    {
      kind: 'choice',
      id: 'intro-which-stage',
      question:
        'A fine-tuned model can explain why the sky is blue either with a formula or with a story a child follows. Which stage of training teaches it that, for a seven-year-old, the story is the better reply?',
      options: [
        {
          text: 'Pre-training',
          why: 'Pre-training only rewards likely continuations of text; it has no notion of one reply being better for a given reader.',
        },
        {
          text: 'Supervised fine-tuning',
          why: 'A demonstration says “write this”, never “write this rather than that”, so it cannot express the comparison directly.',
        },
        {
          text: 'Preference alignment',
          correct: true,
          why: 'A preference between the two replies is exactly the signal that says the story beats the formula for this reader, with nobody having to write a perfect answer.',
        },
        {
          text: 'Evaluation on a benchmark',
          why: 'A benchmark measures the model after training; it does not change the model.',
        },
      ],
    },
    {
      kind: 'numeric',
      id: 'intro-bt-loss',
      question:
        'A reward model scores the child-friendly reply $1.2$ and the formula $0.2$, and people preferred the child-friendly one. What is the Bradley–Terry loss $-\\log\\sigma(r^+ - r^-)$ of this pair (natural log)?',
      inputs: { chosen: 1.2, rejected: 0.2 },
      compute: (i) => engine.bradleyTerryLoss(i.chosen as number, i.rejected as number),
      tolerance: 0.005,
      written: '0.313',
      hint: 'First take the difference of the two scores, then use $-\\log\\sigma(z) = \\log(1 + e^{-z})$.',
      solution:
        'The difference is $z = 1.2 - 0.2 = 1$, so the loss is $\\log(1 + e^{-1}) = \\log 1.368 \\approx 0.313$. The loss would be $\\log 2 \\approx 0.693$ if the model could not tell the replies apart.',
    },
    {
      kind: 'choice',
      id: 'intro-two-camps',
      question:
        'What does the survey mean when it says RL-style and SFT-style preference methods are “close relatives”?',
      options: [
        {
          text: 'Both raise the log-probability of sampled tokens, each with its own weight per token',
          correct: true,
          why: 'This is the unified gradient: every method multiplies $\\nabla_\\theta \\log \\pi_\\theta$ by a coefficient $\\delta$; only how $\\delta$ is computed differs.',
        },
        {
          text: 'Both need a separately trained reward model',
          why: 'DPO and other SFT-style methods train on preference pairs directly, without any reward model.',
        },
        {
          text: 'RL methods always work better, so SFT methods are approximations of them',
          why: 'The survey makes no such ranking; the relationship is about the form of the gradient, not about which is better.',
        },
        {
          text: 'Both can only use data sampled from the current model',
          why: 'Where the data comes from is a separate choice (the survey’s first insight): DPO can run online and PPO offline.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'intro-feedback-broad',
      question: 'Which of these counts as feedback in the survey’s broad sense?',
      options: [
        {
          text: 'Only comparisons written by people',
          why: 'Human comparisons are one kind of feedback, but the survey also counts rules, reward models and judges.',
        },
        {
          text: 'Only a scalar reward',
          why: 'A ranking, a keep-or-discard decision or a pair label also count; they need not be a number.',
        },
        {
          text: 'Anything that sets how strongly a reply is pushed up or down: a label, a score, a ranking, a checker’s pass or fail',
          correct: true,
          why: 'Feedback is whatever decides the size and sign of a sample’s push in the gradient.',
        },
        {
          text: 'Only signals collected before training starts',
          why: 'Feedback can also be collected during training (online), for example from a judge or a reward model queried at every step.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'intro-try-rlhf',
      href: '/lab/?lab.data=on-policy&lab.feedback=reward-model&lab.algorithm=ppo#widget-lab',
      setup: 'the lab with on-policy data, a trained reward model and PPO',
      question: 'Which published method does the lab say this combination is?',
      answer:
        'RLHF with PPO (InstructGPT): the classic third stage of training, where the policy samples replies, a reward model trained on human comparisons scores them, and PPO updates the policy.',
      expect: 'RLHF with PPO',
    },
  ],
};
export default set;
