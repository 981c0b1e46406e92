// The two settings every training frame has (WidgetFrame.astro renders their fields).
import type { FieldSpec } from './fields';
import { SHELL } from './strings';

export const SEED_FIELD: FieldSpec = { label: SHELL.label.seed, min: 0, max: 99999, integer: true };
export const LR_FIELD: FieldSpec = { label: SHELL.label.lr, min: 0.001, max: 5 };
