// Number fields: the allowed range of each, declared once in the widget's options.ts, and the checks
// that both the form fields and the URL state use. Pure functions, unit-tested in Node.

import type { Locale } from '../../i18n/locales';

export interface FieldSpec {
  /** The field's name in sentences, per locale (from the widget's strings module); a symbol may be one string. */
  label: string | Record<Locale, string>;
  min: number;
  max: number;
  /** Whole numbers only (seeds, counts, steps). */
  integer?: boolean;
}

export type FieldSpecs = Record<string, FieldSpec>;

export type FieldCheck = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'range' };

export function inRange(spec: FieldSpec, v: number): boolean {
  if (!Number.isFinite(v) || v > spec.max || v < spec.min) return false;
  return !spec.integer || Number.isInteger(v);
}

/** What a reader typed (or a link says), checked against the field's range. */
export function checkField(spec: FieldSpec, raw: string): FieldCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  // Number() alone accepts "0x10" and " 1 "; a field takes plain decimal notation only.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { ok: false, reason: 'not-a-number' };
  const value = Number(text);
  if (!inRange(spec, value)) return { ok: false, reason: 'range' };
  return { ok: true, value };
}

/** The nearest allowed value to a finite number (used for URL state, which is clamped, not refused). */
export function clampField(spec: FieldSpec, v: number): number {
  const x = Math.min(spec.max, Math.max(spec.min, v));
  return spec.integer ? Math.min(Math.floor(spec.max), Math.max(Math.ceil(spec.min), Math.round(x))) : x;
}

/** Numbers in sentences: plain decimals, no exponent for the ranges the widgets use. */
export function plain(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}

/** The min and max attributes of a field's input, for the markup rendered at build time. */
export const bounds = (spec: FieldSpec) => ({ min: spec.min, max: spec.max });
