import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(process.argv[3] || 1280), height: 900 } });
await p.goto(process.argv[2]);
console.log(await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > document.documentElement.clientWidth + 1 && !el.closest('.katex-mathml')) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`);
  }
  return out.slice(0, 10);
}));
await b.close();
