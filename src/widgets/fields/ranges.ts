// A widget's allowed ranges, declared once without words, and labelled in the reader's language: the
// markup takes its min/max from the ranges at build time, the shell's checks take the labelled specs.
import type { FieldSpec, FieldSpecs } from '../shell/fields';

export type FieldRange = Omit<FieldSpec, 'label'>;

/** The shell's field specs: each range with the name its field has in sentences. */
export function labelledFields<K extends string>(ranges: Record<K, FieldRange>, labels: Record<K, string>): FieldSpecs {
  const out: FieldSpecs = {};
  for (const key of Object.keys(ranges) as K[]) out[key] = { label: labels[key], ...ranges[key] };
  return out;
}
