// Puts in the markup the build deferred inside <noscript data-deferred-control> (form controls) and
// <noscript data-deferred-math> (KaTeX's visual layer); see src/site/defer-far-markup.ts. With scripting on,
// such a <noscript> holds its markup as text; parsing it in the <noscript>'s own place (the range around it
// gives the context) gives back the same elements the component wrote. The page's bootstrap
// (components/Enhance.astro) does the same for whole sections.
export const DEFERRED_HOLDERS = 'noscript[data-deferred-control], noscript[data-deferred-math]';

export function insertDeferredMarkup(scope: ParentNode) {
  for (const holder of scope.querySelectorAll(DEFERRED_HOLDERS)) {
    const range = document.createRange();
    range.selectNode(holder);
    holder.replaceWith(range.createContextualFragment(holder.textContent ?? ''));
  }
}
