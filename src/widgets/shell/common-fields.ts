// The two settings every training frame has (WidgetFrame.astro renders their fields).
import type { FieldSpec } from './fields';
import { fieldLabels, SHELL_STRINGS } from './strings';

const L = fieldLabels(SHELL_STRINGS);
export const SEED_FIELD: FieldSpec = { label: L.seed, min: 0, max: 99999, integer: true };
export const LR_FIELD: FieldSpec = { label: L.lr, min: 0.001, max: 5 };
