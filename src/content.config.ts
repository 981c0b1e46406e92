// Chapters are MDX files under content/; their path (not a number) is their URL. The method index and the
// lab's named recipes are data collections with a schema (src/site/data-schemas.ts).
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { methodSchema, recipeSchema, recipesWithIds } from './site/data-schemas';

const chapters = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string().min(20),
    order: z.number(),
    number: z.string().optional(),
    survey: z.string().optional(),
  }),
});

const methods = defineCollection({ loader: file('content/data/methods.json'), schema: methodSchema });
const recipes = defineCollection({
  loader: file('content/data/recipes.json', { parser: recipesWithIds }),
  schema: recipeSchema,
});

export const collections = { chapters, methods, recipes };
