/** Debian's Chromium through playwright-core (which never downloads a browser), as the console tests use it. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `no Chromium at ${path}: run node scripts/ensure-browser.js or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
