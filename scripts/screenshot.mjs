// Takes the README screenshots in a real VS Code (offline code-server + headless Chromium): the underline
// with its hover, the quick-fix menu, and a masked .env. Usage: node scripts/screenshot.mjs [hover|quickfix|mask ...]
import { join } from 'node:path';
import { makeSample } from './make-sample.mjs';
import { ROOT, ensureInstalled, killOnExit, openBrowser, prepareDirs, startServer, stopAll, waitFor, workbenchUrl } from './offline-host.mjs';

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['hover', 'quickfix'];
ensureInstalled();
const sample = makeSample(join(ROOT, '.vscode-test', 'screenshot-sample'));
const settings = { 'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 15, 'window.zoomLevel': 0, 'secretHygiene.maskEnvValues': wanted.includes('mask') };
const dirs = prepareDirs({ fixture: sample, settings });
const server = await startServer({ dirs });
killOnExit(server);
let browser;
try {
  const opened = await openBrowser(workbenchUrl(server, { folder: dirs.workspace }), { viewport: { width: 1100, height: 560 } });
  browser = opened.browser;
  const { page } = opened;
  await waitFor('the workbench', () => page.locator('.monaco-workbench').count().then((n) => n > 0), 60_000);

  async function openFile(name, shown = '.squiggly-warning', what = 'an underlined secret') {
    await page.keyboard.press('Control+P');
    await waitFor('quick open', () => page.locator('.quick-input-widget input.input').isVisible(), 10_000);
    await page.keyboard.type(name);
    await waitFor('a quick open result', () => page.locator('.quick-input-list .monaco-list-row').count().then((n) => n > 0), 10_000);
    await page.keyboard.press('Enter');
    await waitFor(what, () => page.locator(shown).count().then((n) => n > 0), 30_000);
  }

  if (wanted.includes('hover')) {
    await openFile('app.py');
    // The squiggle sits under the text layer, so hover its position rather than the element.
    const box = await page.locator('.squiggly-warning').first().boundingBox();
    await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2);
    await waitFor('the hover', () => page.locator('.monaco-hover:not(.hidden)').isVisible(), 10_000);
    await page.screenshot({ path: join(ROOT, 'media', 'diagnostic-hover.png') });
    console.log('screenshot: media/diagnostic-hover.png');
    await page.mouse.move(5, 500);
  }
  if (wanted.includes('quickfix')) {
    await openFile('github.ts');
    const box = await page.locator('.squiggly-warning').first().boundingBox();
    await page.mouse.click(box.x + Math.min(40, box.width / 2), box.y + box.height / 2);
    // The lightbulb needs the diagnostics and the code actions computed; retry the shortcut until the menu shows.
    await waitFor('the quick-fix menu', async () => {
      if (await page.locator('.action-widget').isVisible()) return true;
      await page.keyboard.press('Control+.');
      return false;
    }, 45_000, 1500);
    await page.screenshot({ path: join(ROOT, 'media', 'quick-fix-menu.png') });
    console.log('screenshot: media/quick-fix-menu.png');
  }
  if (wanted.includes('mask')) {
    // Decorations render as classes named ced-…; the mask text itself is CSS content, not in the DOM.
    const masks = page.locator('.view-lines [class*="ced-"]');
    await openFile('.env', '.view-lines [class*="ced-"]', 'a masked value');
    // The line the cursor moves to shows its value; the rest stay masked.
    const before = await masks.count();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowUp');
    await waitFor('the cursor line unmasked', () => masks.count().then((n) => n < before), 10_000);
    await page.screenshot({ path: join(ROOT, 'media', 'masked-env.png') });
    console.log('screenshot: media/masked-env.png');
  }
} finally {
  await stopAll({ browser, server, dirs });
}
