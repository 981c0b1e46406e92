// The book's bibliography, read with citation-js (a maintained BibTeX parser) from content/references.bib
// (plus any content/bib/*.bib a contributor drafts in). A key defined twice must describe the same work;
// otherwise the build stops, because two chapters would cite different papers under one key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export interface Reference {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts'?: Array<Array<number | string>> };
  URL?: string;
  DOI?: string;
  'container-title'?: string;
  publisher?: string;
  number?: string;
  [field: string]: unknown;
}

const CONTENT = join(process.cwd(), 'content');

export function bibliographySources(root = CONTENT): string[] {
  const files = existsSync(join(root, 'references.bib')) ? [join(root, 'references.bib')] : [];
  const drafts = join(root, 'bib');
  if (existsSync(drafts))
    files.push(
      ...readdirSync(drafts)
        .filter((f) => f.endsWith('.bib'))
        .sort()
        .map((f) => join(drafts, f)),
    );
  return files;
}

export function parseBibliography(text: string): Reference[] {
  return new Cite(text).data as Reference[];
}

let cache: Map<string, Reference> | undefined;

export function loadBibliography(files = bibliographySources()): Map<string, Reference> {
  if (cache) return cache;
  const byKey = new Map<string, Reference>();
  const origin = new Map<string, string>();
  const same = (r: Reference) => `${(r.title ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')}|${yearOf(r)}`;
  for (const file of files) {
    for (const ref of parseBibliography(readFileSync(file, 'utf8'))) {
      const seen = byKey.get(ref.id);
      if (seen && same(seen) !== same(ref)) {
        throw new Error(
          `bibliography: key "${ref.id}" in ${file} differs from ${origin.get(ref.id)} ("${seen.title}" vs "${ref.title}")`,
        );
      }
      if (!seen) {
        byKey.set(ref.id, ref);
        origin.set(ref.id, file);
      }
    }
  }
  cache = byKey;
  return byKey;
}

export function yearOf(r: Reference): string {
  return String(r.issued?.['date-parts']?.[0]?.[0] ?? 'n.d.');
}

export function familyNames(r: Reference): string[] {
  return (r.author ?? r.editor ?? []).map((a) => a.family ?? a.literal ?? '');
}

/** "Rafailov et al., 2023", "Bradley and Terry, 1952": the in-text label of a citation. */
export function shortCitation(r: Reference): string {
  const all = familyNames(r);
  // BibTeX's "and others" arrives as an author named "others": it means the list goes on.
  const names = all.filter((n) => n !== 'others');
  const year = yearOf(r);
  if (names.length < all.length && names.length > 0) return `${names[0]} et al., ${year}`;
  if (names.length === 0) return `${r.title ?? r.id}, ${year}`;
  if (names.length === 1) return `${names[0]}, ${year}`;
  if (names.length === 2) return `${names[0]} and ${names[1]}, ${year}`;
  return `${names[0]} et al., ${year}`;
}

/** The full reference in APA style, as plain text (citation-js with its bundled APA template). */
export function formatReference(r: Reference): string {
  const text = (new Cite(r).format('bibliography', { template: 'apa', format: 'text' }) as string).trim();
  return text.replace(/,? &? ?others\./, ', et al.');
}

/** Where to read the work: its DOI, its URL or its arXiv page. */
export function linkOf(r: Reference): string | undefined {
  if (r.DOI) return `https://doi.org/${r.DOI}`;
  if (r.URL) return r.URL;
  const arxiv = /^\d{4}\.\d{4,5}$/.test(String(r.number ?? '')) ? String(r.number) : undefined;
  return arxiv ? `https://arxiv.org/abs/${arxiv}` : undefined;
}

export function referenceAnchor(key: string): string {
  return `ref-${key.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}
