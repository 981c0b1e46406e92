// The data collections' schemas (src/site/data-schemas.ts, used by content.config.ts): the real files pass,
// and a broken entry is refused naming its field, which is what makes the build fail with file and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodSchema, recipeSchema, recipesWithIds } from '../../../src/site/data-schemas';

const methods = JSON.parse(readFileSync('content/data/methods.json', 'utf8')) as Array<Record<string, unknown>>;
const recipes = recipesWithIds(readFileSync('content/data/recipes.json', 'utf8'));
const fieldsOf = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.path.join('.'));

describe('methods collection', () => {
  it('accepts every entry of methods.json', () => {
    for (const m of methods) expect(fieldsOf(methodSchema.safeParse(m)), String(m.id)).toEqual([]);
  });
  it('refuses an unknown paper, a misspelt category, a bad path and an extra field, by name', () => {
    const dpo = methods.find((m) => m.id === 'dpo')!;
    expect(fieldsOf(methodSchema.safeParse({ ...dpo, paper: 'nosuchkey2099' }))).toEqual(['paper']);
    expect(fieldsOf(methodSchema.safeParse({ ...dpo, category: 'optimization/pairwise' }))).toEqual(['category']);
    expect(fieldsOf(methodSchema.safeParse({ ...dpo, page: 'algorithms/pair-wise' }))).toEqual(['page']);
    expect(fieldsOf(methodSchema.safeParse({ ...dpo, anchor: undefined }))).toEqual(['anchor']);
    expect(fieldsOf(methodSchema.safeParse({ ...dpo, colour: 'red' }))).toEqual(['']);
  });
});

describe('recipes collection', () => {
  it('gives each recipe its position and an id, and accepts every entry', () => {
    expect(recipes.length).toBeGreaterThan(10);
    expect(recipes.map((r) => r.order)).toEqual(recipes.map((_, i) => i));
    expect(new Set(recipes.map((r) => r.id)).size).toBe(recipes.length);
    for (const r of recipes) expect(fieldsOf(recipeSchema.safeParse(r)), JSON.stringify(r)).toEqual([]);
  });
  it('refuses a link without an anchor, an empty choice and an unknown component, by name', () => {
    const first = recipes[0] as unknown as Record<string, unknown> & { match: object };
    expect(fieldsOf(recipeSchema.safeParse({ ...first, href: '/algorithms/pair-wise/' }))).toEqual(['href']);
    expect(fieldsOf(recipeSchema.safeParse({ ...first, match: { algorithm: [] } }))).toEqual(['match.algorithm']);
    const extra = { ...first, match: { ...first.match, optimiser: ['adam'] } };
    expect(fieldsOf(recipeSchema.safeParse(extra))).toEqual(['match']);
  });
  it('refuses a file that is not a list', () => {
    expect(() => recipesWithIds('{"name": "x"}')).toThrow(/must be a JSON array/);
  });
});
