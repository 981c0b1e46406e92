// Where the book is published: the origin (SITE_URL) and the sub-path (BASE_PATH), both set when building
// (see astro.config.mjs) and read here from Vite's `import.meta.env`, so build-time code and browser code
// agree. Everything written in the sources is root-absolute (`/algorithms/pair-wise/`); these helpers add the
// base. Rendered HTML gets it in one place (src/middleware.ts), so components and MDX never call them for
// an href; use them for URLs built in code: canonical/citation URLs, feeds, JSON-LD, scripts.

/** The placeholder origin when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'https://preference-learning.github.io';

const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

/** `/`, or the sub-path with a slash at both ends (`/preference-learning/`). */
export const BASE: string = normaliseBase(env.BASE_URL ?? '/');

/** The canonical origin, no trailing slash (`https://example.org`). */
export const ORIGIN: string = new URL(env.SITE ?? DEFAULT_SITE_URL).origin;

export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-absolute path of the book (`/notation/#x`) → the path it is served at (`/base/notation/#x`).
 * Relative, protocol-relative, foreign and already-based URLs come back unchanged. */
export function url(path: string, base: string = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (base === '/' || path === base.slice(0, -1) || path.startsWith(base)) return path;
  return base + path.slice(1);
}

/** The full canonical URL of a root-absolute path: origin + base + path. */
export function absoluteUrl(path: string): string {
  return ORIGIN + url(path);
}

/** A served pathname (`Astro.url.pathname`, `location.pathname`) → the book's own path, base removed. */
export function bookPath(pathname: string, base: string = BASE): string {
  if (base === '/' || !pathname.startsWith(base)) return pathname;
  return `/${pathname.slice(base.length)}`;
}
