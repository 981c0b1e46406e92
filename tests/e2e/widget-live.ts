// Shared checks of the chapters' examples that do not train (β tilt, decoding, labellers, win rate):
// a refused field names its range next to itself and keeps the last good value; a link's value outside
// its range is brought into range with a visible note; nothing on screen reads NaN/Infinity/undefined.
import { expect, type Locator } from '@playwright/test';

export async function noNonsense(root: Locator) {
  expect(await root.innerText()).not.toMatch(/NaN|Infinity|undefined/);
}

/** The field `key` is marked invalid; the sentence next to it names the range and the value kept. */
export async function expectRefused(root: Locator, input: Locator, key: string, kept: string) {
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const error = root.locator(`[data-field-error="${key}"]`);
  await expect(error).toBeVisible();
  await expect(error).toContainText(/enter (a whole number|a number) from −?-?[\d.]+ to [\d.]+\./);
  await expect(error).toContainText(`The last good value, ${kept}, is kept.`);
  const ids = (await input.getAttribute('aria-describedby'))!.split(/\s+/);
  expect(ids).toContain(await error.getAttribute('id'));
}

/** A link's value for `key` was not used as given: the note says what it asked for and what is used. */
export async function expectUrlNote(root: Locator, key: string, said: RegExp) {
  const note = root.locator(`[data-url-notes] [data-url-note="${key}"]`);
  await expect(note).toBeVisible();
  await expect(note).toContainText(said);
}

export const CLAMPED = /outside (a whole number|a number) from .* the nearest allowed value, .* is used\./;
export const NOT_A_NUMBER = /which is not a number; the default, .* is used\./;
export const NOT_A_CHOICE = /which is not one of its choices; the default, .* is used\./;
