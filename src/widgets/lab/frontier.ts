// The reward–KL frontier: one point per β, placed at its KL (x) and its hidden utility (y), joined in
// order of KL. Drawn with the book's one chart module (the line chart with markers), so its axes, ticks
// and colours match the figures. Every point keeps its numbers in data-kl / data-utility / data-beta for
// tests and dev tools.
import { lineChart, renderInto } from '../shell/svg-chart';
import type { LabStrings } from './strings';

export interface FrontierPoint {
  beta: number;
  kl: number;
  utility: number;
}

export function drawFrontier(svg: SVGSVGElement, points: FrontierPoint[], t: LabStrings) {
  if (points.length === 0) {
    svg.replaceChildren();
    return;
  }
  const sorted = [...points].sort((a, b) => a.kl - b.kl);
  const root = lineChart({
    series: [
      {
        name: 'frontier',
        tone: 5,
        points: sorted.map((p) => [p.kl, p.utility] as [number, number]),
        dots: sorted.map((p) => ({
          attrs: { 'data-kl': p.kl, 'data-utility': p.utility, 'data-beta': p.beta },
          title: t.frontierPoint(p.beta, p.kl.toFixed(2), p.utility.toFixed(2)),
          label: t.frontierLabel(p.beta),
        })),
      },
    ],
    x: { label: t.frontierAxisX, ticks: 4 },
    y: { label: t.frontierAxisY, ticks: 4 },
    width: 320,
    height: 190,
    legend: false,
  });
  renderInto(svg, root);
}
