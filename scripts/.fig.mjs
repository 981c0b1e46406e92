import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(process.argv[2]);
console.log(await p.evaluate(() => [...document.querySelectorAll('figure.figure, article, main')].map((el) => {
  const r = el.getBoundingClientRect(); const cs = getComputedStyle(el);
  return `${el.tagName}.${el.className} left=${Math.round(r.left)} w=${Math.round(r.width)} minw=${cs.minWidth} cls=${el.parentElement.tagName}`;
})));
await b.close();
