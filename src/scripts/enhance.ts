// Interactive behaviour of every page, loaded on first interaction by components/Enhance.astro.
// Each action is a small function keyed by the control's data-action; the table of contents highlight
// is the only thing that runs on its own (an IntersectionObserver, no scroll handler).
import { checkExercise, exerciseKeydown } from '../exercises/check';
import { fillAccessDates, refreshDownloads } from './cite-dates';

import { pageLocale } from '../i18n/locales';
import { BASE } from '../site/base';
import { SITE_STRINGS } from '../site/ui-strings';
import { watchCodeViews } from './code-view';

const announcer = () => document.getElementById('announcer');
/** The page's words, by its <html lang>. */
const t = () => SITE_STRINGS[pageLocale()];

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
    say(t().copied(what));
    setTimeout(() => delete control.dataset.copied, 1500);
  } catch {
    say(t().copyRefused(what));
  }
}

function setTheme(theme: 'light' | 'dark') {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem('theme', theme);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  syncThemeButtons(theme);
  say(t().themeNow(theme === 'dark'));
}

/** The toggle's pressed state and its tooltip, which says what the next click does. */
function syncThemeButtons(theme: string | undefined) {
  for (const b of document.querySelectorAll<HTMLElement>('[data-action="theme"]')) {
    b.setAttribute('aria-pressed', String(theme === 'dark'));
    const title = theme === 'dark' ? b.dataset.titleLight : b.dataset.titleDark;
    if (title) b.title = title;
  }
}

function setMenu(button: HTMLElement, open: boolean) {
  button.setAttribute('aria-expanded', String(open));
  const label = button.querySelector('[data-menu-label]');
  const text = open ? button.dataset.labelClose : button.dataset.labelOpen;
  if (label && text) label.textContent = text;
  document.documentElement.toggleAttribute('data-menu-open', open);
}

function toggleMenu(button: HTMLElement) {
  const open = button.getAttribute('aria-expanded') !== 'true';
  setMenu(button, open);
  if (open) document.querySelector<HTMLElement>('#book-nav a')?.focus();
}

/** Escape closes the phone menu and gives focus back to its button. */
function closeMenuOnEscape(): boolean {
  const button = document.querySelector<HTMLElement>('[data-action="menu"][aria-expanded="true"]');
  if (!button) return false;
  setMenu(button, false);
  button.focus();
  return true;
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
      new PagefindUI({
        element: '#search-box',
        baseUrl: BASE,
        bundlePath: `${BASE}pagefind/`,
        showImages: false,
        showSubResults: true,
        resetStyles: false,
      });
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
    say(t().searchUnavailable((error as Error).message));
  }
}

export function act(control: HTMLElement, event?: Event) {
  switch (control.dataset.action) {
    case 'copy-tex': {
      const figure = control.closest<HTMLElement>('figure.equation');
      if (figure?.dataset.tex) void copy(figure.dataset.tex, control, t().theTex);
      break;
    }
    case 'cite-toggle':
      toggleCiteBox(control);
      break;
    case 'cite-tab':
      selectCiteTab(control);
      break;
    case 'copy-code': {
      // The text beside the button: in its block, or in the cite panel whose head row holds the button.
      const block = control.closest('.cite-panel') ?? control.parentElement;
      const code = block?.querySelector('pre')?.textContent ?? '';
      void copy(code, control, t().theCode);
      break;
    }
    case 'copy-link': {
      const href = control.getAttribute('href') ?? '';
      const url = new URL(href, location.href).href;
      history.replaceState(null, '', href);
      void copy(url, control, t().theLink);
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
    case 'check-exercise':
      checkExercise(control);
      break;
    case 'close-search':
      (document.getElementById('search-dialog') as HTMLDialogElement | null)?.close();
      break;
  }
  return event;
}

/**
 * Marks the entry of the section being read with aria-current="true", in "On this page" and in the
 * book navigation's list of this chapter's sections (the only contents list at widths where the right
 * column is hidden), and keeps the marked entry inside the visible part of its scrolling column.
 */
function tocHighlighter(): (() => void) | undefined {
  // Each list is marked on its own: the navigation lists only h2 sections, so while an h3 is being
  // read it marks the h2 that contains it.
  const lists = ['#page-toc', '#book-nav .nav-sections']
    .map((sel) => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>(`${sel} a[href^="#"]`)];
      const entries = links
        .map((a) => ({ a, h: document.getElementById(decodeURIComponent(a.hash.slice(1))) }))
        .filter((e): e is { a: HTMLAnchorElement; h: HTMLElement } => !!e.h);
      return { entries, shown: undefined as HTMLAnchorElement | undefined };
    })
    .filter((l) => l.entries.length > 0);
  if (lists.length === 0) return undefined;
  return () => {
    // The current section is the last heading above a line a fifth of the way down the viewport; at the
    // very end of the page the last, short sections may never reach it, so there the line drops to the
    // middle of the screen.
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    const line = innerHeight * (atEnd ? 0.5 : 0.2);
    for (const list of lists) {
      let current = list.entries[0].a;
      for (const { a, h } of list.entries) if (h.getBoundingClientRect().top <= line) current = a;
      for (const { a } of list.entries) if (a !== current) a.removeAttribute('aria-current');
      current.setAttribute('aria-current', 'true');
      if (current !== list.shown) {
        list.shown = current;
        keepInView(current);
      }
    }
  };
}

/** Scrolls the entry's column (not the page) just enough to show the entry with some context around it. */
function keepInView(entry: HTMLElement) {
  const column = entry.closest<HTMLElement>('.sidebar, .toc-column');
  if (!column || column.scrollHeight <= column.clientHeight || !entry.checkVisibility()) return;
  const c = column.getBoundingClientRect();
  const r = entry.getBoundingClientRect();
  const top = Math.max(c.top, 0);
  const bottom = Math.min(c.bottom, innerHeight);
  const margin = Math.min(64, (bottom - top) / 4);
  if (r.top < top + margin) column.scrollTop -= top + margin - r.top;
  else if (r.bottom > bottom - margin) column.scrollTop += r.bottom - (bottom - margin);
}

/** Cite box: swaps the shown citations for the page's or a section's (rendered at build time). */
function showCitation(select: HTMLSelectElement) {
  const box = select.closest('.cite-this');
  const template = box?.querySelector<HTMLTemplateElement>(`template[data-cite-for="${CSS.escape(select.value)}"]`);
  if (!box || !template) return;
  const filenames = new Map<string, string>();
  for (const pre of template.content.querySelectorAll<HTMLElement>('pre[data-cite-format]')) {
    const shown = box.querySelector<HTMLElement>(
      `[data-cite-output] pre[data-cite-format="${pre.dataset.citeFormat}"]`,
    );
    if (shown) shown.textContent = pre.textContent;
    if (pre.dataset.filename) filenames.set(pre.dataset.citeFormat!, pre.dataset.filename);
  }
  refreshDownloads(box, filenames);
  const target = select.selectedOptions[0]?.text ?? '';
  const label = box.querySelector('[data-cite-shown-target]');
  if (label) label.textContent = target;
  say(t().citeShowing(target));
}

function toggleCiteBox(button: HTMLElement) {
  const box = button.closest<HTMLElement>('.cite-this');
  if (!box) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  box.toggleAttribute('data-open', open);
}

/** Cite box tabs: one format shown at a time (the ARIA tabs pattern, selection follows focus). */
function selectCiteTab(tab: HTMLElement, focus = false) {
  const list = tab.closest('[role="tablist"]');
  const box = tab.closest('.cite-this');
  if (!list || !box) return;
  for (const t of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !on;
  }
  const label = box.querySelector('[data-cite-shown-format]');
  if (label) label.textContent = tab.textContent;
  if (focus) tab.focus();
}

function citeTabKeys(event: KeyboardEvent) {
  const tab = (event.target as HTMLElement).closest?.<HTMLElement>('.cite-tabs [role="tab"]');
  if (!tab) return;
  const tabs = [...tab.parentElement!.querySelectorAll<HTMLElement>('[role="tab"]')];
  const at = tabs.indexOf(tab);
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  selectCiteTab(tabs[(to + tabs.length) % tabs.length], true);
}

/** Method index: shows only the rows of the chosen category. */
function filterMethods(select: HTMLSelectElement) {
  let shown = 0;
  for (const row of document.querySelectorAll<HTMLElement>('tr[data-category]')) {
    row.hidden = select.value !== '' && row.dataset.category !== select.value;
    if (!row.hidden) shown++;
  }
  say(t().methodsShown(shown));
}

let started = false;
export function init() {
  if (started) return;
  started = true;
  fillAccessDates();
  syncThemeButtons(document.documentElement.dataset.theme);
  document.addEventListener('change', (event) => {
    const select = (event.target as HTMLElement).closest?.<HTMLSelectElement>('[data-cite-select]');
    if (select) showCitation(select);
    const filter = (event.target as HTMLElement).closest?.<HTMLSelectElement>('[data-method-filter]');
    if (filter) filterMethods(filter);
  });
  addEventListener('keydown', exerciseKeydown);
  // Citation previews close on Escape (WCAG 1.4.13) and come back on the next hover or focus.
  addEventListener('keydown', citeTabKeys);
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    closeMenuOnEscape();
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
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => ((queued = false), update()));
    },
    { passive: true },
  );
  update();
}

// This file is bundled as a standalone module whose exports are not kept (see Enhance.astro), so it
// starts itself on import and hands the inline bootstrap its two entry points through one global.
declare global {
  interface Window {
    bookEnhance?: { act: typeof act; openSearch: typeof openSearch };
  }
}
window.bookEnhance = { act, openSearch };
init();
