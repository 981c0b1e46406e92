// The cite box in the browser: puts the reader's own day into every format's access date (the build
// wrote the build day, and says so for readers without JavaScript), and keeps the download links in step
// with the formats shown. Runs once when the page script starts (enhance.ts).
import { pageLocale } from '../i18n/locales';
import { ACCESS_DATE_STRINGS, isoOf, localDay, withAccessDate } from '../site/access-date';

/** Points each download link at the text its format shows now (after a date fill or a section switch). */
export function refreshDownloads(box: Element, filenames: Map<string, string> = new Map()) {
  for (const link of box.querySelectorAll<HTMLAnchorElement>('a[data-cite-download]')) {
    const id = link.dataset.citeDownload!;
    const pre = box.querySelector<HTMLElement>(`[data-cite-output] pre[data-cite-format="${id}"]`);
    if (!pre) continue;
    const mime = /^data:([^;,]+)/.exec(link.href)?.[1] ?? 'text/plain';
    link.href = `data:${mime};charset=utf-8,${encodeURIComponent(pre.textContent ?? '')}`;
    const name = filenames.get(id);
    if (name) {
      link.download = name;
      link.textContent = (link.textContent ?? '').trim().replace(/([（(])[^()（）]*([)）])$/, `$1${name}$2`);
    }
  }
}

export function fillAccessDates(root: Document = document, today = localDay()) {
  for (const box of root.querySelectorAll<HTMLElement>('.cite-this[data-accessed]')) {
    const pres = [
      ...box.querySelectorAll<HTMLElement>('pre[data-cite-format]'),
      ...[...box.querySelectorAll<HTMLTemplateElement>('template')].flatMap((t) => [
        ...t.content.querySelectorAll<HTMLElement>('pre[data-cite-format]'),
      ]),
    ];
    for (const pre of pres) pre.textContent = withAccessDate(pre.dataset.citeFormat!, pre.textContent ?? '', today);
    box.dataset.accessed = isoOf(today);
    const note = box.querySelector('[data-cite-accessed-note]');
    if (note) note.textContent = ACCESS_DATE_STRINGS[pageLocale(root)].reader(today);
    refreshDownloads(box);
  }
}
