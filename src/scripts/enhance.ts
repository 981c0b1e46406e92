// Interactive behaviour of every page, loaded on first interaction by components/Enhance.astro.
// Each action is a small function keyed by the control's data-action; the table of contents highlight
// is the only thing that runs on its own (an IntersectionObserver, no scroll handler).

import { BASE } from '../site/base';
import { watchCodeViews } from './code-view';

const announcer = () => document.getElementById('announcer');

function say(message: string) {
  const live = announcer();
  if (!live) return;
  live.textContent = '';
  // A fresh text node after a tick makes screen readers announce a repeated message too.
  setTimeout(() => (live.textContent = message), 30);
}

async function copy(text: string, control: HTMLElement, what: string) {
  try {
    await navigator.clipboard.writeText(text);
    const label = control.dataset.label ?? control.textContent ?? '';
    control.dataset.label = label;
    control.dataset.copied = 'true';
    say(`Copied ${what} to the clipboard.`);
    setTimeout(() => delete control.dataset.copied, 1500);
  } catch {
    say(`Could not copy ${what}: the browser refused clipboard access.`);
  }
}

function setTheme(theme: 'light' | 'dark') {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem('theme', theme);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  for (const b of document.querySelectorAll<HTMLElement>('[data-action="theme"]')) {
    b.setAttribute('aria-pressed', String(theme === 'dark'));
  }
  say(`${theme === 'dark' ? 'Dark' : 'Light'} theme.`);
}

function toggleMenu(button: HTMLElement) {
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  document.documentElement.toggleAttribute('data-menu-open', open);
  if (open) document.querySelector<HTMLElement>('#book-nav a')?.focus();
}

let searchReady: Promise<void> | undefined;

function loadSearchUi(): Promise<void> {
  searchReady ??= new Promise<void>((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${BASE}pagefind/pagefind-ui.css`;
    document.head.append(css);
    const script = document.createElement('script');
    script.src = `${BASE}pagefind/pagefind-ui.js`;
    script.onload = () => {
      const PagefindUI = (window as unknown as { PagefindUI: new (o: object) => unknown }).PagefindUI;
      // Pagefind indexes dist/ as if served at the root; baseUrl puts its result links under the base.
      new PagefindUI({ element: '#search-box', baseUrl: BASE, bundlePath: `${BASE}pagefind/`, showImages: false, showSubResults: true, resetStyles: false });
      resolve();
    };
    script.onerror = () => reject(new Error('search index is missing (run npm run build)'));
    document.head.append(script);
  });
  return searchReady;
}

export async function openSearch() {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  try {
    await loadSearchUi();
    dialog.querySelector<HTMLInputElement>('input')?.focus();
  } catch (error) {
    say(`Search is unavailable: ${(error as Error).message}.`);
  }
}

export function act(control: HTMLElement, event?: Event) {
  switch (control.dataset.action) {
    case 'copy-tex': {
      const figure = control.closest<HTMLElement>('figure.equation');
      if (figure?.dataset.tex) void copy(figure.dataset.tex, control, 'the TeX source');
      break;
    }
    case 'copy-code': {
      const code = control.parentElement?.querySelector('pre')?.textContent ?? '';
      void copy(code, control, 'the code');
      break;
    }
    case 'copy-link': {
      const href = control.getAttribute('href') ?? '';
      const url = new URL(href, location.href).href;
      history.replaceState(null, '', href);
      void copy(url, control, 'the link');
      break;
    }
    case 'theme':
      setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
      break;
    case 'menu':
      toggleMenu(control);
      break;
    case 'search':
      void openSearch();
      break;
    case 'close-search':
      (document.getElementById('search-dialog') as HTMLDialogElement | null)?.close();
      break;
  }
  return event;
}

/** Marks the ToC entry of the section being read with aria-current="true". */
function tocHighlighter(): (() => void) | undefined {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#page-toc a[href^="#"]')];
  if (links.length === 0) return undefined;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => !!h);
  if (headings.length === 0) return undefined;
  return () => {
    // The current section is the last heading above a line a fifth of the way down the viewport.
    const line = innerHeight * 0.2;
    let current = headings[0];
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    for (const a of links) if (a !== byId.get(current.id)) a.removeAttribute('aria-current');
    byId.get(current.id)?.setAttribute('aria-current', 'true');
  };
}

/** Cite box: swaps the shown citations for the page's or a section's (rendered at build time). */
function showCitation(select: HTMLSelectElement) {
  const box = select.closest('.cite-this');
  const template = box?.querySelector<HTMLTemplateElement>(`template[data-cite-for="${CSS.escape(select.value)}"]`);
  if (!box || !template) return;
  for (const pre of template.content.querySelectorAll<HTMLElement>('pre[data-cite-format]')) {
    const shown = box.querySelector<HTMLElement>(`[data-cite-output] pre[data-cite-format="${pre.dataset.citeFormat}"]`);
    if (shown) shown.textContent = pre.textContent;
  }
  say(`Showing the citation of ${select.selectedOptions[0]?.text ?? 'the page'}.`);
}

/** Method index: shows only the rows of the chosen category. */
function filterMethods(select: HTMLSelectElement) {
  let shown = 0;
  for (const row of document.querySelectorAll<HTMLElement>('tr[data-category]')) {
    row.hidden = select.value !== '' && row.dataset.category !== select.value;
    if (!row.hidden) shown++;
  }
  say(`${shown} methods shown.`);
}

let started = false;
export function init() {
  if (started) return;
  started = true;
  const theme = document.documentElement.dataset.theme;
  for (const b of document.querySelectorAll<HTMLElement>('[data-action="theme"]')) {
    b.setAttribute('aria-pressed', String(theme === 'dark'));
  }
  document.addEventListener('change', (event) => {
    const select = (event.target as HTMLElement).closest?.<HTMLSelectElement>('[data-cite-select]');
    if (select) showCitation(select);
    const filter = (event.target as HTMLElement).closest?.<HTMLSelectElement>('[data-method-filter]');
    if (filter) filterMethods(filter);
  });
  // Citation previews close on Escape (WCAG 1.4.13) and come back on the next hover or focus.
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const c of document.querySelectorAll('.cite')) {
      c.removeAttribute('data-open');
      c.setAttribute('data-dismissed', '');
    }
  });
  const undismiss = (event: Event) => (event.target as Element).closest?.('.cite')?.removeAttribute('data-dismissed');
  addEventListener('pointerover', undismiss);
  addEventListener('focusin', undismiss);
  watchCodeViews();
  const update = tocHighlighter();
  if (!update) return;
  // One measurement per frame at most, however fast the reader scrolls.
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => ((queued = false), update()));
  }, { passive: true });
  update();
}

// This file is bundled as a standalone module whose exports are not kept (see Enhance.astro), so it
// starts itself on import and hands the inline bootstrap its two entry points through one global.
declare global {
  interface Window { bookEnhance?: { act: typeof act; openSearch: typeof openSearch } }
}
window.bookEnhance = { act, openSearch };
init();
