// A small BibTeX reader for the book's own bibliography (content/bib/*.bib). It handles what we write:
// @type{key, field = {value with {nested} braces} | "value" | 1234, …}. The unit tests cross-check it
// against citation-js, a full parser, so a file this reader would misread fails CI.

export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

export function parseBibtex(text: string, source = 'bibtex'): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    const line = text.slice(0, i).split('\n').length;
    throw new Error(`${source}:${line}: ${msg}`);
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const readBraced = (): string => {
    // text[i] === '{'
    let depth = 0;
    const start = i + 1;
    for (; i < text.length; i++) {
      if (text[i] === '\\') { i++; continue; }
      if (text[i] === '{') depth++;
      else if (text[i] === '}') {
        depth--;
        if (depth === 0) { i++; return text.slice(start, i - 1); }
      }
    }
    return fail('unclosed brace');
  };
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    const type = /^[A-Za-z]+/.exec(text.slice(i))?.[0];
    if (!type) fail('entry type expected after @');
    i += type!.length;
    skipSpace();
    if (text[i] !== '{') fail(`"{" expected after @${type}`);
    i++;
    if (/^(comment|preamble|string)$/i.test(type!)) { i--; readBraced(); continue; }
    const key = /^[^,\s}]+/.exec(text.slice(i))?.[0];
    if (!key) fail(`citation key expected in @${type}`);
    i += key!.length;
    const fields: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (text[i] === ',') { i++; skipSpace(); }
      if (text[i] === '}') { i++; break; }
      const name = /^[A-Za-z][\w-]*/.exec(text.slice(i))?.[0];
      if (!name) fail(`field name expected in entry ${key}`);
      i += name!.length;
      skipSpace();
      if (text[i] !== '=') fail(`"=" expected after ${name} in entry ${key}`);
      i++;
      skipSpace();
      let value: string;
      if (text[i] === '{') value = readBraced();
      else if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) fail(`unclosed quote in ${key}.${name}`);
        value = text.slice(i + 1, end);
        i = end + 1;
      } else {
        const bare = /^[\w.-]+/.exec(text.slice(i))?.[0];
        if (!bare) fail(`value expected for ${key}.${name}`);
        value = bare!;
        i += bare!.length;
      }
      fields[name!.toLowerCase()] = value.replace(/\s+/g, ' ').trim();
    }
    entries.push({ type: type!.toLowerCase(), key: key!, fields });
  }
  return entries;
}

/** Removes BibTeX braces and the few accent commands we use, for display. */
export function plainText(value: string): string {
  return value
    .replace(/\\&/g, '&')
    .replace(/\\["'`^~]\{?([A-Za-z])\}?/g, (_, c) => c)
    .replace(/\\[a-z]+\s*/gi, '')
    .replace(/[{}]/g, '')
    .replace(/--/g, '–')
    .trim();
}

export interface Person { family: string; given: string }

export function authorsOf(entry: BibEntry): Person[] {
  const raw = entry.fields.author ?? entry.fields.editor ?? '';
  if (!raw) return [];
  return raw.split(/\s+and\s+/).map((name) => {
    const clean = plainText(name);
    if (clean.includes(',')) {
      const [family, given = ''] = clean.split(',').map((s) => s.trim());
      return { family, given };
    }
    const parts = clean.split(/\s+/);
    return { family: parts.pop() ?? clean, given: parts.join(' ') };
  });
}

/** "Rafailov et al., 2023", "Bradley and Terry, 1952": the in-text label of a citation. */
export function shortCitation(entry: BibEntry): string {
  const people = authorsOf(entry);
  const year = entry.fields.year ?? 'n.d.';
  if (people.length === 0) return `${plainText(entry.fields.title ?? entry.key)}, ${year}`;
  if (people.length === 1) return `${people[0].family}, ${year}`;
  if (people.length === 2) return `${people[0].family} and ${people[1].family}, ${year}`;
  return `${people[0].family} et al., ${year}`;
}
