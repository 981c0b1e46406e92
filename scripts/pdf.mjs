// `npm run pdf`: the whole book as one PDF, printed by headless Chromium from the production build with
// the site's own print stylesheet, in reading order (the order of /llms.txt), then joined with pdf-lib.
// Writes book.pdf in the project folder and prints its page count and size.
import { spawn, execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'inherit' });
const port = 4395;
const base = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const llms = await (await fetch(`${base}/llms.txt`)).text();
  const pages = [
    '/',
    ...[...llms.matchAll(/\]\((https?:\/\/[^)]+)\)/g)]
      .map((m) => new URL(m[1]).pathname.replace(/\.md$/, '/'))
      .filter((p) => p !== '/'),
  ];
  const order = [...new Set(pages)];
  const browser = await chromium.launch({ executablePath: findChromium()?.path, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
  const book = await PDFDocument.create();
  for (const path of order) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // What the page's own print handler does (opens the closed boxes, puts in the far sections' deferred
    // controls and formulas), dispatched here rather than trusted to page.pdf().
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const pdf = await PDFDocument.load(
      await page.pdf({
        format: 'A4',
        printBackground: false,
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      }),
    );
    for (const p of await book.copyPages(pdf, pdf.getPageIndices())) book.addPage(p);
  }
  await browser.close();
  const bytes = await book.save();
  writeFileSync('book.pdf', bytes);
  console.log(
    `book.pdf: ${order.length} site pages, ${book.getPageCount()} PDF pages, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
  );
} finally {
  server.kill();
}
