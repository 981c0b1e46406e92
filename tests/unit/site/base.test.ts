// The base path helpers and the HTML rewrite the middleware applies (src/site/base.ts, rebase-html.ts).
import { describe, expect, it } from 'vitest';
import { bookPath, normaliseBase, url } from '../../../src/site/base';
import { rebaseHtml } from '../../../src/site/rebase-html';

const B = '/preference-learning/';

describe('base path', () => {
  it('normalises any spelling of the base', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('preference-learning')).toBe(B);
    expect(normaliseBase('/preference-learning')).toBe(B);
    expect(normaliseBase('//preference-learning//')).toBe(B);
  });

  it('prefixes root-absolute paths once and leaves every other URL alone', () => {
    expect(url('/algorithms/pair-wise/#eq-dpo-loss', B)).toBe('/preference-learning/algorithms/pair-wise/#eq-dpo-loss');
    expect(url('/', B)).toBe(B);
    expect(url(url('/notation/', B), B)).toBe('/preference-learning/notation/');
    for (const u of ['#x', 'notation/', '../x/', '//cdn.example/x', 'https://arxiv.org/abs/2409.02795', 'mailto:a@b'])
      expect(url(u, B)).toBe(u);
    expect(url('/notation/', '/')).toBe('/notation/');
  });

  it('takes the base off a served path', () => {
    expect(bookPath('/preference-learning/lab/', B)).toBe('/lab/');
    expect(bookPath('/preference-learning/', B)).toBe('/');
    expect(bookPath('/lab/', '/')).toBe('/lab/');
  });
});

describe('rebaseHtml', () => {
  it('rewrites attributes, srcset, meta refresh and inline style URLs', () => {
    const html =
      '<a href="/x/">x</a><img src="/i.png" srcset="/a.png 1x, /b.png 2x" alt="">' +
      '<form action="/s/"></form><meta http-equiv="refresh" content="0;url=/new/"><div style="background:url(/bg.png)"></div>';
    expect(rebaseHtml(html, B)).toBe(
      '<a href="/preference-learning/x/">x</a><img src="/preference-learning/i.png" ' +
        'srcset="/preference-learning/a.png 1x, /preference-learning/b.png 2x" alt=""><form action="/preference-learning/s/"></form>' +
        '<meta http-equiv="refresh" content="0;url=/preference-learning/new/"><div style="background:url(/preference-learning/bg.png)"></div>',
    );
  });

  it('never touches text, code, foreign or already-based URLs', () => {
    const html =
      '<pre>&lt;a href=&quot;/x/&quot;&gt;</pre><p>see /x/ in prose</p><code>href</code>=<code>"/y/"</code>' +
      '<a href="https://arxiv.org/">a</a><a href="//cdn/x">c</a><a href="#h">h</a><a href="/preference-learning/z/">z</a>';
    const out = rebaseHtml(html, B);
    expect(out).toContain('<pre>&lt;a href=&quot;/x/&quot;&gt;</pre>');
    expect(out).toContain('<p>see /x/ in prose</p><code>href</code>=<code>"/y/"</code>');
    expect(out).toContain('<a href="https://arxiv.org/">');
    expect(out).toContain('<a href="//cdn/x">');
    expect(out).toContain('<a href="#h">');
    expect(out).toContain('<a href="/preference-learning/z/">');
    expect(rebaseHtml(html, '/')).toBe(html);
  });
});
