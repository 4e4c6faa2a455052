import * as assert from 'node:assert/strict';
import { readAhead } from '../../../src/cli/scan';
import type { Source } from '../../../src/cli/sources';

// A source whose read is recorded when it starts, and settles as `outcome` says.
function source(name: string, started: string[], outcome: 'ok' | 'fail', size?: number): Source {
  return {
    shown: name,
    size,
    read: () => {
      started.push(name);
      return outcome === 'ok' ? Promise.resolve(new TextEncoder().encode(name)) : Promise.reject(new Error(`cannot read ${name}`));
    },
  };
}

describe('CLI read-ahead', () => {
  it('keeps the order, reads ahead of the consumer, and skips reading a file known to be too large', async () => {
    const started: string[] = [];
    const sources = Array.from({ length: 20 }, (_, i) => source(`f${i}`, started, 'ok', i === 3 ? 5000 : 10));
    const order: string[] = [];
    for await (const { source: next, reading } of readAhead(sources, 1000)) {
      if (next.shown === 'f0') assert.ok(started.length > 1, 'later reads are under way before the first is used');
      order.push(next.shown);
      if (next.shown === 'f3') assert.equal(reading, undefined);
      else assert.equal(new TextDecoder().decode(await reading!), next.shown);
    }
    assert.deepEqual(order, sources.map((s) => s.shown));
    assert.ok(!started.includes('f3'), 'the oversized file is never read');
  });

  it('raises a failed read in its turn, not earlier as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const started: string[] = [];
      const sources = [source('a', started, 'ok'), source('b', started, 'fail'), source('c', started, 'ok')];
      const seen: string[] = [];
      await assert.rejects(async () => {
        for await (const { source: next, reading } of readAhead(sources, 1000)) {
          // Let the failed read settle while the first file is in hand.
          await new Promise((resolve) => setImmediate(resolve));
          await reading;
          seen.push(next.shown);
        }
      }, /cannot read b/);
      assert.deepEqual(seen, ['a']);
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
