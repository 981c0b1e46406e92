// The method index's one data file: well-formed rows, unique ids and anchors, known categories, every
// paper in the bibliography. (That each anchor exists on its page is checked on the build, in
// tests/e2e/build-output.spec.ts.)
import { describe, expect, it } from 'vitest';
import methods from '../../../content/data/methods.json';
import { loadBibliography } from '../../../src/site/bibliography';
import { METHOD_CATEGORIES } from '../../../src/site/data-schemas';

// The categories are the schema's (the build checks each row against it); the test reads the same list.
const CATEGORIES: readonly string[] = METHOD_CATEGORIES;

describe('method data file', () => {
  it('lists the taxonomy', () => {
    expect(methods.length).toBeGreaterThan(80);
  });
  it('has well-formed, unique rows', () => {
    const ids = new Set<string>();
    const where = new Set<string>();
    for (const m of methods) {
      expect(m.id, JSON.stringify(m)).toMatch(/^[a-z0-9-]+$/);
      expect(m.page, m.id).toMatch(/^\/[a-z0-9/-]*\/$/);
      expect(CATEGORIES, m.id).toContain(m.category);
      expect(ids.has(m.id), `duplicate id ${m.id}`).toBe(false);
      expect(where.has(`${m.page}#${m.anchor}`), `duplicate anchor ${m.page}#${m.anchor}`).toBe(false);
      ids.add(m.id);
      where.add(`${m.page}#${m.anchor}`);
    }
  });
  it('keeps the name collisions apart (two CPOs, two GRPOs)', () => {
    const named = (n: RegExp) => methods.filter((m) => n.test(m.name));
    expect(new Set(named(/^CPO/).map((m) => m.anchor)).size).toBe(named(/^CPO/).length);
    expect(named(/^CPO/).length).toBeGreaterThanOrEqual(2);
    expect(named(/^GRPO/).length).toBeGreaterThanOrEqual(2);
  });
  it('cites a paper of the bibliography for every method', () => {
    const bib = loadBibliography();
    expect(methods.filter((m) => !bib.has(m.paper)).map((m) => `${m.id}: ${m.paper}`)).toEqual([]);
  });
});
