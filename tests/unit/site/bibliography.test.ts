// The bibliography as readers meet it: every key cited in a chapter exists, and every entry has a title,
// a year and somewhere to find the work (a link or a venue). Parsing is citation-js's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bibliographySources,
  linkOf,
  loadBibliography,
  parseBibliography,
  shortCitation,
  yearOf,
} from '../../../src/site/bibliography';
import { citedKeys } from '../../../src/site/remark-citations';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.mdx') ? [p] : [];
  });

describe('bibliography', () => {
  it('reads BibTeX with citation-js, including arXiv entries', () => {
    const [r] = parseBibliography(`@article{rafailov2023dpo,
      title = {Direct Preference Optimization: Your Language Model is Secretly a Reward Model},
      author = {Rafailov, Rafael and Sharma, Archit and Mitchell, Eric and Ermon, Stefano and Manning, Christopher D. and Finn, Chelsea},
      journal = {arXiv preprint arXiv:2305.18290}, year = {2023}, url = {https://arxiv.org/abs/2305.18290}}`);
    expect(r.id).toBe('rafailov2023dpo');
    expect(shortCitation(r)).toBe('Rafailov et al., 2023');
    expect(linkOf(r)).toBe('https://arxiv.org/abs/2305.18290');
  });

  it('has sources', () => {
    expect(bibliographySources().length).toBeGreaterThan(0);
  });

  it('resolves every citation key used in the chapters', () => {
    const bib = loadBibliography();
    const missing = walk('content').flatMap((f) =>
      citedKeys(readFileSync(f, 'utf8'))
        .filter((k) => !bib.has(k))
        .map((k) => `${f}: ${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists every work once (no two keys for one title)', () => {
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const r of loadBibliography().values()) {
      const t = (r.title ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
      if (seen.has(t)) twins.push(`${seen.get(t)} = ${r.id}`);
      seen.set(t, r.id);
    }
    expect(twins).toEqual([]);
  });

  it('gives every entry a title, a year and a link or venue', () => {
    const incomplete = [...loadBibliography().values()]
      .filter((r) => {
        const venue = r['container-title'] ?? r.publisher ?? linkOf(r);
        return !r.title || !/^\d{4}$/.test(yearOf(r)) || !venue;
      })
      .map((r) => r.id);
    expect(incomplete).toEqual([]);
  });
});
