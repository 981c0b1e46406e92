// "A new version is available — reload": shown when a new build's service worker has installed and is
// waiting (see components/ServiceWorker.astro). The page keeps using the old build's files until the reader
// accepts; then the waiting worker takes over and the page reloads, so no page mixes two builds.
import { UPDATE_STRINGS as S } from '../site/offline-strings';

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

export function offerUpdate(registration: ServiceWorkerRegistration): void {
  if (document.getElementById('update-prompt')) return;
  const box = document.createElement('div');
  box.id = 'update-prompt';
  box.className = 'update-prompt';
  box.setAttribute('role', 'status');
  // Themed through book.css's custom properties, so both themes keep their contrast.
  Object.assign(box.style, {
    position: 'fixed',
    insetInline: '1rem',
    bottom: '1rem',
    zIndex: '50',
    margin: '0 auto',
    maxWidth: '32rem',
    display: 'flex',
    gap: '0.75rem',
    alignItems: 'center',
    flexWrap: 'wrap',
    padding: '0.75rem 1rem',
    background: 'var(--bg-raised)',
    color: 'var(--text)',
    border: '1px solid var(--line)',
    borderRadius: '8px',
  });
  const text = document.createElement('p');
  text.style.margin = '0';
  text.textContent = S.available;
  const reload = button(S.reload, S.reloadLabel, () => {
    const waiting = registration.waiting;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  const later = button(S.dismiss, S.dismissLabel, () => box.remove());
  box.append(text, reload, later);
  document.body.append(box);
}

// Bundled as a standalone module whose exports are not kept (like enhance.ts, see Enhance.astro): importing
// it is the signal that a new worker is waiting, so it finds the registration and offers the reload itself.
void navigator.serviceWorker?.getRegistration().then((registration) => {
  if (registration?.waiting && navigator.serviceWorker.controller) offerUpdate(registration);
});
