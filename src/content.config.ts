// Chapters are MDX files under content/; their path (not a number) is their URL.
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const chapters = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string().min(20),
    order: z.number(),
    number: z.string().optional(),
    survey: z.string().optional(),
    /** Pages to read first (their URLs, e.g. /definition/), listed at the top of the page. */
    prerequisites: z
      .array(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a prerequisite is a page URL such as /definition/'))
      .optional(),
  }),
});

export const collections = { chapters };
