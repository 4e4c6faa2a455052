import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { INDEX_KEY, Vault } from '../../../src/extension/vault/store';
import { TerminalInjection } from '../../../src/extension/vault/terminal';
import { charset, randomString, reseed } from '../support/fake';

class FakeSecrets {
  readonly values = new Map<string, string>();
  private listeners: ((e: { key: string }) => void)[] = [];
  get(key: string) { return Promise.resolve(this.values.get(key)); }
  store(key: string, value: string) { this.values.set(key, value); this.fire(key); return Promise.resolve(); }
  delete(key: string) { this.values.delete(key); this.fire(key); return Promise.resolve(); }
  onDidChange = (listener: (e: { key: string }) => void) => {
    this.listeners.push(listener);
    return { dispose: () => { this.listeners = this.listeners.filter((l) => l !== listener); } };
  };
  private fire(key: string) { for (const l of this.listeners) l({ key }); }
}

class FakeMemento {
  readonly data = new Map<string, unknown>();
  keys() { return [...this.data.keys()]; }
  get<T>(key: string, fallback?: T) { return (this.data.has(key) ? this.data.get(key) : fallback) as T; }
  update(key: string, value: unknown) { this.data.set(key, JSON.parse(JSON.stringify(value ?? null))); return Promise.resolve(); }
}

class FakeCollection {
  persistent = true;
  description: string | undefined;
  readonly vars = new Map<string, string>();
  replace(name: string, value: string) { this.vars.set(name, value); }
  clear() { this.vars.clear(); }
}

function setup() {
  const secrets = new FakeSecrets();
  const state = new FakeMemento();
  const collection = new FakeCollection();
  const vault = new Vault(secrets as unknown as vscode.SecretStorage, state as unknown as vscode.Memento);
  const terminals = new TerminalInjection(collection as unknown as vscode.GlobalEnvironmentVariableCollection, vault, state as unknown as vscode.Memento);
  return { secrets, state, collection, vault, terminals };
}

describe('vault store and terminal injection', () => {
  before(() => reseed(56));

  it('keeps values in secret storage and only metadata in the index', async () => {
    const { state, vault } = setup();
    const value = randomString(charset.alnum, 40);
    await vault.store('SERVICE_TOKEN', value, { ruleId: 'example-rule', provider: 'Example' });
    assert.deepEqual(await vault.read('SERVICE_TOKEN'), { status: 'ok', value });
    assert.ok(!JSON.stringify([...state.data]).includes(value), 'globalState holds the value');
    const [key] = vault.list();
    assert.equal(key.name, 'SERVICE_TOKEN');
    assert.equal(key.provider, 'Example');
    assert.ok(Date.now() - key.storedAt < 5000);
  });

  it('tells a key the keyring lost from one never stored', async () => {
    const { secrets, vault } = setup();
    await vault.store('LOST_KEY', randomString(charset.alnum, 30));
    secrets.values.clear();
    assert.deepEqual(await vault.read('LOST_KEY'), { status: 'lost' });
    assert.deepEqual(await vault.read('NEVER_STORED'), { status: 'missing' });
  });

  it('renames and deletes keeping storage and index in step', async () => {
    const { secrets, vault } = setup();
    const value = randomString(charset.alnum, 30);
    await vault.store('OLD_NAME', value);
    assert.equal(await vault.rename('OLD_NAME', 'NEW_NAME'), 'ok');
    assert.deepEqual(vault.names(), ['NEW_NAME']);
    assert.deepEqual([...secrets.values.values()], [value]);
    await vault.delete('NEW_NAME');
    assert.deepEqual(vault.names(), []);
    assert.equal(secrets.values.size, 0);
    await assert.rejects(vault.store('1BAD', value));
  });

  it('ignores index entries that are not shaped like entries', () => {
    const { state, vault } = setup();
    state.data.set(INDEX_KEY, { GOOD: { storedAt: 1 }, 'bad-name': { storedAt: 2 }, ALSO_BAD: 'x' });
    assert.deepEqual(vault.names(), ['GOOD']);
  });

  it('rebuilds a non-persistent collection from the remembered choice, as on activation', async () => {
    const first = setup();
    const value = randomString(charset.alnum, 30);
    await first.vault.store('INJECTED', value);
    await first.vault.store('NOT_INJECTED', randomString(charset.alnum, 30));
    await first.terminals.choose({ all: false, names: ['INJECTED'] });
    assert.equal(first.collection.persistent, false);
    assert.deepEqual([...first.collection.vars], [['INJECTED', value]]);
    assert.match(first.collection.description ?? '', /INJECTED/);
    assert.ok(!(first.collection.description ?? '').includes(value));

    // A new window: same secrets and globalState, an empty collection.
    const collection = new FakeCollection();
    const vault = new Vault(first.secrets as unknown as vscode.SecretStorage, first.state as unknown as vscode.Memento);
    const terminals = new TerminalInjection(collection as unknown as vscode.GlobalEnvironmentVariableCollection, vault, first.state as unknown as vscode.Memento);
    assert.deepEqual(await terminals.apply(), { injected: ['INJECTED'], lost: [] });
    assert.deepEqual([...collection.vars], [['INJECTED', value]]);

    first.secrets.values.clear();
    assert.deepEqual(await terminals.apply(), { injected: [], lost: ['INJECTED'] });
    assert.equal(collection.vars.size, 0);
    assert.equal(collection.description, undefined);
  });

  it('follows renames and forgets deleted keys', async () => {
    const { vault, terminals } = setup();
    await vault.store('A_KEY', randomString(charset.alnum, 30));
    await terminals.choose({ all: false, names: ['A_KEY'] });
    await vault.rename('A_KEY', 'B_KEY');
    await terminals.renamed('A_KEY', 'B_KEY');
    assert.deepEqual(terminals.chosen(), ['B_KEY']);
    await vault.delete('B_KEY');
    await terminals.forget('B_KEY');
    await vault.store('B_KEY', randomString(charset.alnum, 30));
    assert.deepEqual(terminals.chosen(), [], 'a new key under a deleted name is not injected unasked');
  });
});
