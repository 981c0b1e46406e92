// The shape of one glossary entry (content/data/notation.json). Shared by the content collection
// (which fails the build on a bad entry) and the remark plugin that links terms, which reads the same
// file outside Astro's content layer and so checks it with the same schema.
import { z } from 'astro/zod';

export const GLOSSARY_ENTRY = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'an id is lower-case letters, digits and hyphens (it becomes #sym-<id>)'),
  /** The symbol in TeX, rendered with KaTeX; absent for terms without a symbol (on-policy, critic, …). */
  tex: z.string().min(1).optional(),
  name: z.string().min(2),
  /** Phrases in running text that link to this entry (first use per page); may be empty. */
  terms: z.array(z.string().min(2)).default([]),
  /** One or two sentences; `$…$` is inline TeX. */
  meaning: z.string().min(20),
  /**
   * The Chinese edition's term, chosen once here and used on every /zh/ page: `name` heads the entry,
   * `terms` are the phrases linked and checked in Chinese prose, `avoid` are variants that must not appear
   * (tests/unit/i18n/terms.test.ts), `meaning` is the entry's own Chinese text.
   */
  zh: z
    .object({
      name: z.string().min(1),
      terms: z.array(z.string().min(2)).default([]),
      avoid: z.array(z.string().min(2)).default([]),
      meaning: z.string().min(10).optional(),
    })
    .optional(),
});

export type GlossaryEntry = z.infer<typeof GLOSSARY_ENTRY>;
