// Appendix A exercises.
import type { ExerciseSet } from '../types';

const set: ExerciseSet = {
  page: '/appendix/online-vs-offline/',
  exercises: [
    {
      kind: 'choice',
      id: 'oo-frozen-rm',
      question:
        'RLHF samples from the current policy and scores the samples with a reward model that was frozen before training. Is it online?',
      options: [
        {
          text: 'Yes, in the sense that new replies get new feedback during training',
          correct: true,
          why: 'Fresh samples are labelled as training runs; the reward model plays the environment, even though it no longer learns.',
        },
        {
          text: 'No, because the reward model never changes',
          why: 'Whether the labeller changes is a different question from whether new data is labelled during training.',
        },
        {
          text: 'No, because the reward model was trained offline',
          why: 'How the labeller was built does not decide whether the policy’s training is online.',
        },
        {
          text: 'Only if people check the reward model’s scores',
          why: 'Human involvement is not part of the definition.',
        },
      ],
    },
    {
      kind: 'choice',
      id: 'oo-not-same',
      question: 'Which combination shows that online/offline and on-policy/off-policy are different axes?',
      options: [
        { text: 'PPO on fresh samples with a reward model', why: 'That is online and on-policy: both axes agree.' },
        { text: 'DPO on a fixed, pre-collected human dataset', why: 'Offline and off-policy: again both agree.' },
        {
          text: 'Several gradient steps per batch of samples labelled at collection time',
          correct: true,
          why: 'The batch was labelled during training (online), but after the first step the policy has moved, so later steps are slightly off-policy.',
        },
        { text: 'SFT on demonstrations', why: 'Offline and off-policy, like any fixed dataset written by others.' },
      ],
    },
    {
      kind: 'choice',
      id: 'oo-why-online',
      question: 'Why do online methods often beat offline ones at the same budget?',
      options: [
        { text: 'They use bigger models', why: 'The comparison holds at equal model size.' },
        {
          text: 'Their pairs come from where the current policy actually puts probability, so feedback corrects its present mistakes',
          correct: true,
          why: 'Offline pairs describe the initial model; as the policy drifts they stop saying anything about its current behaviour.',
        },
        { text: 'They need no reference model', why: 'Many online methods (PPO, online DPO) still use one.' },
        {
          text: 'They never over-optimise',
          why: 'Online training against a learned reward model can over-optimise; it is not a cure.',
        },
      ],
    },
    {
      kind: 'try',
      id: 'oo-try-offline-ppo',
      href: '/lab/?lab.data=off-policy&lab.feedback=reward-model&lab.algorithm=ppo#widget-lab',
      setup: 'the lab with PPO on an off-policy dataset and a reward model',
      question: 'Which name does the lab give this, and where in the survey does it come from?',
      answer:
        'Offline PPO (the survey’s Figure 3): the survey draws PPO on a fixed dataset to show that the algorithm and the data source are separate choices.',
      expect: 'Offline PPO',
    },
    {
      kind: 'try',
      id: 'oo-try-drift',
      href: '/lab/?lab.step=80#widget-lab',
      setup: 'the lab’s off-policy drift preset: offline DPO on pairs drawn once from the initial policy, 80 steps',
      question:
        'The margin on the fixed pairs keeps growing. What happens to the hidden utility compared with switching Data to on-policy?',
      answer:
        'It stays below what the same budget reaches on-policy: the fixed pairs describe the initial policy, so improving on them stops improving the current policy, which drifts away from the reference.',
      expect: 'Offline DPO',
    },
  ],
};
export default set;
