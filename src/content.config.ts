// Chapters are MDX files under content/; their path (not a number) is their URL. The glossary, the method
// index and the lab's named recipes are data files read through the same schema machinery
// (src/site/glossary-schema.ts, src/site/data-schemas.ts), so a malformed entry fails the build naming the
// file, the entry and the field.
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { GLOSSARY_ENTRY } from './site/glossary-schema';
import { methodSchema, recipeSchema, recipesWithIds } from './site/data-schemas';

const chapterFields = {
  title: z.string(),
  description: z.string().min(20),
  order: z.number(),
  number: z.string().optional(),
  survey: z.string().optional(),
  /** Pages to read first (their URLs, e.g. /definition/), listed at the top of the page. */
  prerequisites: z
    .array(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a prerequisite is a page URL such as /definition/'))
    .optional(),
};

const chapters = defineCollection({
  // content/zh/ holds the Chinese twins: same paths, same skeleton (tests/unit/i18n/twins.test.ts).
  loader: glob({ base: './content', pattern: ['**/*.mdx', '!zh/**'] }),
  schema: z.object(chapterFields),
});

const chaptersZh = defineCollection({
  loader: glob({ base: './content/zh', pattern: '**/*.mdx' }),
  schema: z.object({
    ...chapterFields,
    /** SHA-256 (16 hex digits) of the English file this twin translates; see scripts/stamp-twin.mjs. */
    translatedFrom: z.string().regex(/^[0-9a-f]{16}$/),
  }),
});

const glossary = defineCollection({
  loader: file('content/data/notation.json'),
  schema: GLOSSARY_ENTRY,
});
const methods = defineCollection({ loader: file('content/data/methods.json'), schema: methodSchema });
const recipes = defineCollection({
  loader: file('content/data/recipes.json', { parser: recipesWithIds }),
  schema: recipeSchema,
});

export const collections = { chapters, chaptersZh, glossary, methods, recipes };
