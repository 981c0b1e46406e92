// Every page's module scripts (the widget loader is the only one the build emits today) are fetched at low
// priority (applied to every page by src/middleware.ts). A module script runs only after the HTML is
// parsed, and nothing it does is on the first screen before then: the widgets it mounts are drawn at build
// time and enhanced in place. At Chromium's default (high) priority its request competes with the style
// sheets and preloaded faces on a slow link, and Lighthouse's simulation counts a high-priority script that
// finishes before the observed first paint as blocking that paint: on the English pair-wise chapter the
// simulated first paint was ~1.81 s with it and ~1.66 s with `fetchpriority="low"` (December 2026, 5
// interleaved runs each). Astro writes its bundled scripts itself and treats a <script> with any attribute
// besides src as inline, so the attribute is added to the built tag here rather than in the component.

/** The tag Astro writes for a bundled script: `<script type="module" src="…">`, nothing else in it. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

export function lowerScriptPriority(html: string): string {
  return html.replace(
    MODULE_SCRIPT,
    (_, src: string) => `<script type="module" fetchpriority="low" src="${src}"></script>`,
  );
}
