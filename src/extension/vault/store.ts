// The vault model: values in SecretStorage, and beside them a name index in globalState, because
// SecretStorage cannot list its keys before VS Code 1.105. The index never holds a value.
import type * as vscode from 'vscode';

/** What the index keeps per key: metadata only. */
export interface VaultEntry {
  /** Epoch milliseconds of the last store. */
  readonly storedAt: number;
  /** The engine rule the value matched when stored, if any. */
  readonly ruleId?: string;
  /** That rule's provider name, kept so the list reads well even if rules change. */
  readonly provider?: string;
}

/** A key's metadata together with its name. */
export interface VaultKey extends VaultEntry {
  readonly name: string;
}

/**
 * The outcome of reading a key. `lost` means the index lists it but SecretStorage returns nothing:
 * on Linux without a keyring VS Code keeps secrets in memory only, so they vanish on restart.
 */
export type VaultRead = { readonly status: 'ok'; readonly value: string } | { readonly status: 'missing' } | { readonly status: 'lost' };

/** The globalState key of the name index. */
export const INDEX_KEY = 'secretHygiene.vault.index';
const SECRET_PREFIX = 'vault/';
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True when `name` can be an environment variable name in every common shell. */
export function isEnvName(name: string): boolean {
  return ENV_NAME.test(name);
}

/** The user's keys. Every method keeps SecretStorage and the index in step. */
export class Vault {
  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly state: vscode.Memento,
    /** Called after the set of names changes, e.g. to update a context key. */
    private readonly onNamesChanged: (names: readonly string[]) => void = () => {},
  ) {}

  /** Fires with the key's name when its value changes, in this window or another. */
  onDidChange(listener: (name: string) => void): vscode.Disposable {
    return this.secrets.onDidChange((event) => {
      if (event.key.startsWith(SECRET_PREFIX)) listener(event.key.slice(SECRET_PREFIX.length));
    });
  }

  /** Every stored key's metadata, sorted by name. */
  list(): VaultKey[] {
    return Object.entries(this.index())
      .map(([name, entry]) => ({ name, ...entry }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Names of the stored keys, sorted. */
  names(): string[] {
    return this.list().map((key) => key.name);
  }

  /** A key's metadata, or undefined when it is not stored. */
  entry(name: string): VaultEntry | undefined {
    const index = this.index();
    return Object.hasOwn(index, name) ? index[name] : undefined;
  }

  /** True when the index lists `name`. */
  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** Reads a value, telling a key that was never stored from one the OS keyring lost. */
  async read(name: string): Promise<VaultRead> {
    const value = await this.secrets.get(SECRET_PREFIX + name);
    if (value !== undefined) return { status: 'ok', value };
    return this.has(name) ? { status: 'lost' } : { status: 'missing' };
  }

  /** Stores or replaces a value; `detected` is the provider the value looked like. */
  async store(name: string, value: string, detected?: { readonly ruleId: string; readonly provider: string }): Promise<void> {
    if (!isEnvName(name)) throw new Error(`"${name}" is not a valid environment variable name`);
    // Value first: an index entry without a value reads as lost, a value without an entry is invisible.
    await this.secrets.store(SECRET_PREFIX + name, value);
    const entry: VaultEntry = detected ? { storedAt: Date.now(), ruleId: detected.ruleId, provider: detected.provider } : { storedAt: Date.now() };
    await this.writeIndex({ ...this.index(), [name]: entry });
  }

  /** Removes a key, and its index entry even when the value was already lost. */
  async delete(name: string): Promise<void> {
    await this.secrets.delete(SECRET_PREFIX + name);
    const { [name]: _removed, ...rest } = this.index();
    await this.writeIndex(rest);
  }

  /** Moves a value to a new name, replacing whatever that name held; keeps the original metadata. */
  async rename(from: string, to: string): Promise<VaultRead['status']> {
    if (!isEnvName(to)) throw new Error(`"${to}" is not a valid environment variable name`);
    const read = await this.read(from);
    if (read.status !== 'ok') return read.status;
    if (from === to) return 'ok';
    await this.secrets.store(SECRET_PREFIX + to, read.value);
    const { [from]: entry, ...rest } = this.index();
    await this.writeIndex({ ...rest, [to]: entry ?? { storedAt: Date.now() } });
    await this.secrets.delete(SECRET_PREFIX + from);
    return 'ok';
  }

  // Tolerates a hand-edited or older index: anything not shaped like an entry is dropped.
  private index(): Record<string, VaultEntry> {
    const raw = this.state.get<unknown>(INDEX_KEY);
    const out: Record<string, VaultEntry> = {};
    if (!raw || typeof raw !== 'object') return out;
    for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
      if (!isEnvName(name) || !entry || typeof entry !== 'object') continue;
      const { storedAt, ruleId, provider } = entry as Record<string, unknown>;
      out[name] = {
        storedAt: typeof storedAt === 'number' ? storedAt : 0,
        ...(typeof ruleId === 'string' ? { ruleId } : {}),
        ...(typeof provider === 'string' ? { provider } : {}),
      };
    }
    return out;
  }

  private async writeIndex(index: Record<string, VaultEntry>): Promise<void> {
    await this.state.update(INDEX_KEY, index);
    this.onNamesChanged(Object.keys(index));
  }
}
