// src/lib/index.ts is the engine's one public entry point: every engine name a widget imports today
// (from deeper paths) must be available there, so widgets can move to it.
import { describe, expect, it } from 'vitest';
import * as lib from '../../../src/lib';

const usedByWidgets = [
  'createBanditPairTrainer',
  'createPointwiseTrainer',
  'createRankingTrainer',
  'createPpoTrainer',
  'createRewardModelTrainer',
  'trainRewardScorer',
  'icdpoSelect',
  'checkComposition',
  'composeTrainer',
  'nameRecipe',
  'validatePairs',
  'validateLists',
  'validateDemos',
  'rankByUtility',
  'replyText',
  'ensureBackend',
  'NonFiniteStepError',
  'dpoPairTerm',
  'PAIR_TERMS',
  'TRAINER_SPECS',
  'CANDIDATES',
  'PROMPTS',
  'RM_FEATURES',
] as const;

describe('the public index', () => {
  it('exports every engine name the widgets use', () => {
    const missing = usedByWidgets.filter((n) => (lib as Record<string, unknown>)[n] === undefined);
    expect(missing).toEqual([]);
  });
});
