// Loads a widget's module (and TF.js with it) the first time the widget comes near the viewport.
// Every widget frame (WidgetFrame, and frames of widgets that do not train, like ICDPO's) includes
// WidgetLoader.astro; Astro bundles its script once per page, and a root is observed only once.
import { insertDeferredMarkup } from './deferred-markup';
import { shellStrings } from './strings';
import { yieldToPage } from './yield';

const modules = import.meta.glob<{ mount: (root: HTMLElement) => Promise<void> }>('../*/mount.ts');

export function observeWidgets() {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const root = entry.target as HTMLElement;
        const load = modules[`../${root.dataset.module ?? root.dataset.widget}/mount.ts`];
        if (!load) continue;
        root.dataset.loading = 'true';
        // Usually in already (the bootstrap puts a section's controls in a screen ahead); never mount without.
        insertDeferredMarkup(root);
        load()
          .then(async (m) => {
            // Evaluating the module (TF.js with it) and starting the widget are separate tasks.
            await yieldToPage();
            await m.mount(root);
          })
          .catch((error) => {
            const status = root.querySelector('[data-status]');
            if (status)
              status.textContent = shellStrings().couldNotStart(error instanceof Error ? error.message : String(error));
          });
      }
    },
    { rootMargin: '200px' },
  );
  for (const root of document.querySelectorAll<HTMLElement>('[data-widget]')) {
    if (root.dataset.observed) continue;
    root.dataset.observed = 'true';
    observer.observe(root);
  }
}
