// Schemas of the book's data files, content collections read with Astro's file() loader (content.config.ts):
// an entry that breaks them fails the build with its collection, entry and field. Kept outside
// content.config.ts so the unit tests can run them on the real files and on broken entries.
import { z } from 'astro/zod';
import { loadBibliography } from './bibliography';

export const METHOD_CATEGORIES = [
  'data/on-policy',
  'data/off-policy/human',
  'data/off-policy/llm',
  'feedback/direct/math',
  'feedback/direct/translation',
  'feedback/direct/summarization',
  'feedback/direct/code',
  'feedback/model-based/reward-model',
  'feedback/model-based/pair-wise-scoring',
  'feedback/model-based/llm-as-judge',
  'optimization/point-wise',
  'optimization/pair-wise',
  'optimization/list-wise',
  'optimization/training-free/input',
  'optimization/training-free/output',
  'evaluation/rule-based',
  'evaluation/llm-based',
] as const;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
const pagePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a page path such as /algorithms/pair-wise/');

/** One row of the method index (content/data/methods.json). */
export const methodSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    full: z.string().min(1),
    category: z.enum(METHOD_CATEGORIES),
    paper: z.string().refine((key) => loadBibliography().has(key), 'not a key of content/references.bib'),
    page: pagePath,
    anchor: slug,
    /** The Chinese edition's gloss of the full name (the published name itself stays as it is). */
    zh: z
      .object({ full: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();

const choices = z.array(slug).nonempty();

/** One named lab combination (content/data/recipes.json); the first whose every component matches names a run. */
export const recipeSchema = z
  .object({
    id: z.string().regex(/^recipe-\d{3}$/),
    order: z.number().int().nonnegative(),
    name: z.string().min(1),
    href: z
      .string()
      .regex(/^\/([a-z0-9-]+\/)*#[a-z0-9-]+$/, 'a page path with an anchor, such as /algorithms/pair-wise/#dpo'),
    note: z.string().min(1).optional(),
    /** The Chinese edition's name and note for this recipe. */
    zh: z
      .object({ name: z.string().min(1), note: z.string().min(1).optional() })
      .strict()
      .optional(),
    match: z
      .object({
        algorithm: choices.optional(),
        data: choices.optional(),
        feedback: choices.optional(),
        model: choices.optional(),
      })
      .strict(),
  })
  .strict();

/**
 * recipes.json is an ordered list without ids (its order decides which name wins): each entry gets its
 * position as `order` and an id from it. A file that is not a JSON array is an error here, not an empty list.
 */
export function recipesWithIds(text: string) {
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error('content/data/recipes.json must be a JSON array');
  return list.map((entry, order) => ({ id: `recipe-${String(order).padStart(3, '0')}`, order, ...(entry as object) }));
}
