// Every figure's drawing: real SVG text, a description with numbers and no NaN, the survey's six
// figures each redrawn once, and the taxonomy linking every method of methods.json.
import { describe, expect, it } from 'vitest';
import methods from '../../../content/data/methods.json';
import { FIGURES } from '../../../src/figures/registry';
import { TAXONOMY_LABELS, taxonomy } from '../../../src/figures/drawings/survey';
import { barChart, fmt, lineChart, toSvgString } from '../../../src/widgets/shell/svg-chart';

const drawings = Object.entries(FIGURES).map(([id, draw]) => [id, draw()] as const);

describe('figure drawings', () => {
  it.each(drawings)('%s is SVG with real text, a viewBox and a description', (_id, d) => {
    expect(d.panels.length).toBeGreaterThan(0);
    for (const p of d.panels) {
      const svg = toSvgString(p.node);
      expect(svg).toMatch(/^<svg viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
      expect(svg).toContain('<text');
      expect(svg).not.toMatch(/NaN|Infinity|undefined|null/);
      // Colours come from the theme: no literal colour in a figure.
      expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
      if (d.panels.length > 1) expect(p.label?.length ?? 0).toBeGreaterThan(5);
    }
    expect(d.description.length).toBeGreaterThan(80);
    expect(d.description).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('redraws each of the survey’s Figures 1 to 6 exactly once', () => {
    const survey = drawings
      .map(([, d]) => d.survey)
      .filter((n) => n !== undefined)
      .sort();
    expect(survey).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('taxonomy', () => {
  const d = taxonomy();
  const links = [...(d.html ?? '').matchAll(/<a href="([^"]+)"[^>]*data-method="([^"]+)"/g)].map((m) => ({
    href: m[1],
    id: m[2],
  }));

  it('links every method of methods.json, once, to its page and anchor', () => {
    const list = methods as Array<{ id: string; page: string; anchor: string }>;
    expect(links.map((l) => l.id).sort()).toEqual(list.map((m) => m.id).sort());
    for (const m of list) expect(links.find((l) => l.id === m.id)!.href).toBe(`${m.page}#${m.anchor}`);
  });

  it('has a label for every category, and the categories link to their sections', () => {
    for (const m of methods as Array<{ category: string }>) {
      const parts = m.category.split('/');
      parts.forEach((_, i) => expect(TAXONOMY_LABELS[parts.slice(0, i + 1).join('/')], m.category).toBeDefined());
    }
    expect(d.html).toContain('<details open>');
  });
});

describe('chart module', () => {
  const chart = toSvgString(
    lineChart({
      series: [
        {
          name: 'a < b',
          points: [
            [0, 0],
            [1, 2],
            [2, 1],
          ],
        },
        {
          name: 'c',
          points: [
            [0, 1],
            [2, 3],
          ],
          dash: true,
        },
      ],
      x: { label: 'step' },
      y: { label: 'loss (nats)' },
    }),
  );

  it('draws ticked axes with titles, a legend and escaped text', () => {
    expect(chart).toContain('>step</text>');
    expect(chart).toContain('>loss (nats)</text>');
    expect(chart.match(/class="chart-label"/g)!.length).toBeGreaterThan(6); // ticks on both axes + legend
    expect(chart).toContain('a &lt; b');
    expect(chart).toContain('chart-line tone-2 dashed');
  });

  it('keeps non-finite values off the page', () => {
    const out = toSvgString(
      lineChart({
        series: [
          {
            name: 's',
            points: [
              [0, NaN],
              [1, Infinity],
              [2, 1],
            ],
          },
        ],
        x: { label: 'x' },
        y: { label: 'y' },
      }),
    );
    expect(out).not.toMatch(/NaN|Infinity/);
    expect(
      toSvgString(
        barChart({ categories: ['a'], groups: [{ name: 'g', values: [0] }], y: { label: 'y' }, xLabel: 'x' }),
      ),
    ).not.toMatch(/NaN/);
    expect([fmt(NaN), fmt(-Infinity), fmt(-0.05), fmt(0.0500001, 3), fmt(2.5)]).toEqual([
      '–',
      '–',
      '−0.05',
      '0.05',
      '2.50',
    ]);
  });
});
