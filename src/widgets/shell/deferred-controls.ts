// Puts in the form controls the build deferred inside <noscript data-deferred-control> (see
// src/site/defer-controls.ts). With scripting on, such a <noscript> holds its markup as text; parsing it in
// the <noscript>'s own place (the range around it gives the context) gives back the same elements the
// component wrote. The page's bootstrap (components/Enhance.astro) does the same for whole sections.
export function insertDeferredControls(scope: ParentNode) {
  for (const holder of scope.querySelectorAll('noscript[data-deferred-control]')) {
    const range = document.createRange();
    range.selectNode(holder);
    holder.replaceWith(range.createContextualFragment(holder.textContent ?? ''));
  }
}
