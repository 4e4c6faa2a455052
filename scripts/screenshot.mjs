// Takes the README screenshots in a real VS Code (offline code-server + headless Chromium): the underline
// with its hover, and the quick-fix menu. Usage: node scripts/screenshot.mjs [hover|quickfix ...]
import { join } from 'node:path';
import { makeSample } from './make-sample.mjs';
import { ROOT, ensureInstalled, killOnExit, openBrowser, prepareDirs, startServer, stopAll, waitFor, workbenchUrl } from './offline-host.mjs';

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['hover', 'quickfix'];
ensureInstalled();
const sample = makeSample(join(ROOT, '.vscode-test', 'screenshot-sample'));
const dirs = prepareDirs({ fixture: sample, settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 15, 'window.zoomLevel': 0 } });
const server = await startServer({ dirs });
killOnExit(server);
let browser;
try {
  const opened = await openBrowser(workbenchUrl(server, { folder: dirs.workspace }), { viewport: { width: 1100, height: 560 } });
  browser = opened.browser;
  const { page } = opened;
  await waitFor('the workbench', () => page.locator('.monaco-workbench').count().then((n) => n > 0), 60_000);

  async function openFile(name) {
    await page.keyboard.press('Control+P');
    await waitFor('quick open', () => page.locator('.quick-input-widget input.input').isVisible(), 10_000);
    await page.keyboard.type(name);
    await waitFor('a quick open result', () => page.locator('.quick-input-list .monaco-list-row').count().then((n) => n > 0), 10_000);
    await page.keyboard.press('Enter');
    await waitFor('an underlined secret', () => page.locator('.squiggly-warning').count().then((n) => n > 0), 30_000);
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
} finally {
  await stopAll({ browser, server, dirs });
}
