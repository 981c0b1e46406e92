// Adds the base path to root-absolute URLs in HTML attributes (see src/middleware.ts). It matches
// ` name="/…"` after whitespace, as attributes are written; highlighted code splits `href`, `=` and the
// string into separate spans and escaped text has `&quot;`, so neither matches. (A sentence of running text
// containing ` href="/x/"` literally would be rewritten; the book has none.) URLs already under the base,
// relative, protocol-relative and foreign ones are kept.
import { BASE, url } from './base';

export { BASE };

const ATTRIBUTE = /(\s(?:href|src|action|formaction|poster|data|xlink:href)=)(["'])(\/[^"']*)\2/gi;
const SRCSET = /(\s(?:srcset|imagesrcset)=)(["'])([^"']*)\2/gi;
const REFRESH = /(<meta\s+http-equiv=["']refresh["']\s+content=["']\d+;\s*url=)(\/[^"']*)/gi;
const STYLE_URL = /(url\(\s*["']?)(\/[^)"']*)/g;
const STYLE_ATTRIBUTE = /(\sstyle=)(["'])([^"']*)\2/gi;

export function rebaseHtml(html: string, base: string = BASE): string {
  if (base === '/') return html;
  return html
    .replace(ATTRIBUTE, (_, name: string, q: string, value: string) => `${name}${q}${url(value, base)}${q}`)
    .replace(SRCSET, (_, name: string, q: string, value: string) => {
      const list = value.split(',').map((c) => c.trim().replace(/^\S+/, (u) => url(u, base)));
      return `${name}${q}${list.join(', ')}${q}`;
    })
    .replace(REFRESH, (_, head: string, value: string) => head + url(value, base))
    .replace(
      STYLE_ATTRIBUTE,
      (_, name: string, q: string, value: string) =>
        `${name}${q}${value.replace(STYLE_URL, (_m, h: string, u: string) => h + url(u, base))}${q}`,
    );
}
