// Fills a widget's "Show the code" view when it is opened: each file name links to the file's own page
// (site/engine-source.ts); this fetches that page (precached by the service worker, so offline too) and
// puts its highlighted <pre> under the name. If the fetch fails the link stays, and still works.
async function fill(details: HTMLDetailsElement) {
  for (const link of details.querySelectorAll<HTMLAnchorElement>('a[data-code-file]')) {
    const holder = link.closest('.engine-file');
    if (!holder || holder.querySelector('pre')) continue;
    try {
      const response = await fetch(link.href);
      if (!response.ok) continue;
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const pre = doc.querySelector('pre.astro-code');
      if (pre && !holder.querySelector('pre')) holder.append(document.importNode(pre, true));
    } catch {
      /* offline without a cache, or the page is gone: the link remains */
    }
  }
}

export function watchCodeViews() {
  const open = (d: Element | null) =>
    d instanceof HTMLDetailsElement && d.open && d.matches('[data-code-view]') && fill(d);
  // A view opened before this module loaded (the opening click is what loads it) is filled now.
  document.querySelectorAll('details[data-code-view][open]').forEach(open);
  document.addEventListener('toggle', (event) => open(event.target as Element), true);
}
