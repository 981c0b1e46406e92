// The module scripts of a built page get fetchpriority="low" (src/site/script-priority.ts); inline scripts,
// JSON-LD and classic scripts are left as they were. What a browser reads is checked with parse5.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { lowerScriptPriority } from '../../../src/site/script-priority';

type Element = DefaultTreeAdapterMap['element'];

function scripts(html: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const walk = (n: DefaultTreeAdapterMap['node']) => {
    if ('tagName' in n && n.tagName === 'script')
      found.push(Object.fromEntries((n as Element).attrs.map((a) => [a.name, a.value])));
    if ('childNodes' in n) n.childNodes.forEach(walk);
    if ('content' in n && n.content) n.content.childNodes.forEach(walk);
  };
  walk(parse(html));
  return found;
}

const PAGE = `<!doctype html><html><head><script>document.documentElement.dataset.theme='dark'</script>
<script type="application/ld+json">{"@type":"Book"}</script></head><body>
<p>Text</p><script type="module" src="/_astro/WidgetLoader.astro_astro_type_script_index_0_lang.hY8uVR3r.js"></script>
<script src="/classic.js"></script><script type="module">import('/x.js')</script>
<script type="module" src="/_astro/other.js"></script></body></html>`;

describe('lowerScriptPriority', () => {
  const out = scripts(lowerScriptPriority(PAGE));

  it('lowers every bundled module script, keeping its source', () => {
    expect(out.filter((s) => s.type === 'module' && s.src)).toEqual([
      {
        type: 'module',
        fetchpriority: 'low',
        src: '/_astro/WidgetLoader.astro_astro_type_script_index_0_lang.hY8uVR3r.js',
      },
      { type: 'module', fetchpriority: 'low', src: '/_astro/other.js' },
    ]);
  });

  it('leaves inline, JSON-LD and classic scripts alone', () => {
    expect(out.filter((s) => !(s.type === 'module' && s.src))).toEqual([
      {},
      { type: 'application/ld+json' },
      { src: '/classic.js' },
      { type: 'module' },
    ]);
  });

  it('is a no-op on a page without module scripts and on its own output', () => {
    const plain = '<!doctype html><p>No scripts</p>';
    expect(lowerScriptPriority(plain)).toBe(plain);
    const once = lowerScriptPriority(PAGE);
    expect(lowerScriptPriority(once)).toBe(once);
  });
});
