import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listFiles, PackageManager } from '@vscode/vsce';

interface Media {
  readonly image?: string | { readonly light: string; readonly dark: string };
  readonly markdown?: string;
  readonly svg?: string;
}

interface Step {
  readonly id: string;
  readonly description: string;
  readonly media: Media;
  readonly completionEvents?: readonly string[];
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const steps: Step[] = manifest.contributes.walkthroughs.flatMap((w: { steps: Step[] }) => w.steps);
const localized = (text: string) => text.replace(/^%(.+)%$/, (_, key: string) => nls[key]);

function mediaPaths(media: Media): string[] {
  const image = typeof media.image === 'string' ? [media.image] : media.image ? [media.image.light, media.image.dark] : [];
  return [...image, ...[media.markdown, media.svg].filter((p): p is string => p !== undefined)];
}

describe('the extension manifest', () => {
  it('packages every file it points to: the icon, the JSON schema and each walkthrough step', async () => {
    const packaged = new Set(await listFiles({ cwd: process.cwd(), packageManager: PackageManager.None }));
    const wanted = [manifest.icon, ...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url.replace(/^\.\//, '')), ...steps.flatMap((s) => mediaPaths(s.media))];
    assert.ok(wanted.length >= 8, 'the icon, the schema and six steps');
    assert.deepEqual(wanted.filter((path) => !packaged.has(path)), [], 'files the .vsix would lack');
  });

  it('has a PNG icon of at least 128×128 pixels, as the Marketplace requires', () => {
    const png = readFileSync(manifest.icon);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`);
  });

  it('links walkthrough steps only to commands and settings the extension contributes', () => {
    const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const settings = new Set(Object.keys(manifest.contributes.configuration.properties));
    const named: string[] = [];
    for (const step of steps) {
      for (const [, command] of localized(step.description).matchAll(/\(command:([\w.]+)\)/g)) named.push(command);
      for (const event of step.completionEvents ?? []) {
        const [kind, target] = event.split(':');
        if (kind === 'onCommand') named.push(target);
        else assert.ok(kind === 'onSettingChanged' && settings.has(target), `${step.id}: ${event}`);
      }
    }
    assert.ok(named.length >= 5);
    assert.deepEqual(named.filter((command) => !commands.has(command)), []);
  });
});
