// Renders media/icon.svg to the PNG the Marketplace needs (it refuses SVG icons), with the Chromium the offline
// host already installs. Usage: node scripts/make-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureInstalled, openBrowser } from './offline-host.mjs';

ensureInstalled();
const svg = readFileSync(join(ROOT, 'media', 'icon.svg'), 'utf8');
const { browser, page } = await openBrowser('about:blank', { viewport: { width: 256, height: 256 } });
try {
  await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
  await page.locator('svg').screenshot({ path: join(ROOT, 'media', 'icon.png'), omitBackground: true });
  console.log('icon: media/icon.png');
} finally {
  await browser.close();
}
