import { writeFileSync, readFileSync } from 'node:fs';
import { test } from 'vitest';
import { FIGURES } from '../../../src/figures/registry';
import { toSvgString } from '../../../src/widgets/shell/svg-chart';
test('dump', () => {
  const css = readFileSync('src/styles/book.css', 'utf8');
  const only = process.env.FIGS?.split(',');
  const body = Object.entries(FIGURES).filter(([id]) => !only || only.includes(id)).map(([id, f]) => {
    const d = f();
    const cls = d.layout === 'grid' || (d.panels.length > 1 && d.layout !== 'scroll') ? 'figure-art figure-grid' : 'figure-art';
    return `<figure class="figure" id="${id}"><div class="${cls}" style="--figure-max:${d.maxWidth ?? 40}rem;--figure-cell:${d.cellMin ?? 15.5}rem">${d.panels.map((p) => toSvgString(p.node)).join('')}</div>${d.html ?? ''}<figcaption>${id}</figcaption></figure>`;
  }).join('\n');
  const page = (theme: string) => `<!doctype html><html data-theme="${theme}"><head><meta charset="utf-8"><style>${css}</style></head><body><main style="max-width:46rem;margin:auto;padding:1rem">${body}</main></body></html>`;
  writeFileSync('/tmp/figs-light.html', page('light'));
  writeFileSync('/tmp/figs-dark.html', page('dark'));
});
