// Pages that moved: old path → new path. Astro writes a redirect page at each old path, so published
// URLs (tests/published-urls.txt) keep working. Add an entry whenever a chapter file is renamed.
export const REDIRECTS: Record<string, string> = {};
