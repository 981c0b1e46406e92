// Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's
// own download. Prints nothing; returns the path, or undefined to use Playwright's bundled browser.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return { path };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined };
  } catch {
    /* no Playwright browser either */
  }
  return undefined;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
