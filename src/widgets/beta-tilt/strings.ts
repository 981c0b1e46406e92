// Every reader-visible string of the β-tilt example, in one place for translation.
import { formatNumber } from '../shell/dom';

export const S = {
  title: 'How β tilts the reference toward the optimum π* ∝ π_ref·exp(r/β)',
  settings: 'Settings of the β example',
  beta: 'β',
  prompt: 'Prompt',
  reference: 'Reference π_ref',
  references: { uniform: 'uniform (every reply ¼)', skewed: 'skewed (mostly the second-best reply)' } as Record<
    string,
    string
  >,
  copy: 'Copy link to this state',
  tableCaption: (prompt: string) => `Prompt “${prompt}”: the four candidate replies`,
  colReply: 'reply y',
  colReward: 'reward r (hidden utility)',
  colRef: 'π_ref(y)',
  colWeight: 'π_ref(y)·exp(r/β)',
  colOpt: 'π*(y)',
  z: 'Z = Σ π_ref·exp(r/β)',
  refReward: 'expected reward under π_ref',
  optReward: 'expected reward under π*',
  kl: 'KL(π* ‖ π_ref), nats',
  objective: 'E_π*[r] − β·KL',
  betaLogZ: 'β·log Z',
  barsLabel: 'Bars: π_ref and π* for each candidate reply',
  barsRef: 'π_ref',
  barsOpt: 'π*',
  curveLabel: 'Expected reward and KL(π* ‖ π_ref) as β goes from 0.05 to 5, with the current β marked',
  curveReward: 'expected reward under π*',
  curveKl: 'KL(π* ‖ π_ref)',
  curveAxis: 'β (log scale)',
  shown: (beta: number, kl: number, reward: number) =>
    `β = ${formatNumber(beta, 2)}: π* earns ${formatNumber(reward)} in expectation ` +
    `at a divergence of ${formatNumber(kl)} nats from π_ref.`,
  linkRefused: (problem: string) =>
    `The link’s settings were not used: ${problem} The figure shows the default settings.`,
  copied: 'Copied a link to this exact state.',
  copyFailed: (url: string) => `Could not copy; the link is ${url}`,
  stateLink: (url: string) => `This figure's state: ${url}`,
  loading: 'The example loads when it scrolls into view.',
};
