// Stored keys as environment variables of new integrated terminals. The collection is not persistent,
// so VS Code never writes the values to its workspace storage; activation applies it again from the
// vault, and only the names to inject are remembered.
import type * as vscode from 'vscode';
import type { Vault } from './store';

/** Which keys reach terminals: every stored key, or the named ones. */
export interface InjectionChoice {
  readonly all: boolean;
  readonly names: readonly string[];
}

/** What the last application did. */
export interface InjectionResult {
  /** Names now set in new terminals. */
  readonly injected: readonly string[];
  /** Names chosen for injection whose value SecretStorage could not return. */
  readonly lost: readonly string[];
}

/** The globalState key of the injection choice. */
export const INJECTION_KEY = 'secretHygiene.vault.injected';

/** Keeps `environmentVariableCollection` equal to the chosen keys' current values. */
export class TerminalInjection {
  private queue: Promise<InjectionResult> = Promise.resolve({ injected: [], lost: [] });

  constructor(
    private readonly collection: vscode.GlobalEnvironmentVariableCollection,
    private readonly vault: Vault,
    private readonly state: vscode.Memento,
    /** How the terminal's environment names its source; the extension words it in the user's language. */
    private readonly describe: (names: readonly string[]) => string = (names) => names.join(', '),
  ) {
    collection.persistent = false;
  }

  /** The remembered choice; names of keys since deleted are dropped. */
  choice(): InjectionChoice {
    const { all, names } = this.remembered();
    return { all, names: names.filter((n) => this.vault.has(n)) };
  }

  // As stored, so a rename can still find the old name after the vault has dropped it.
  private remembered(): InjectionChoice {
    const raw = this.state.get<Partial<InjectionChoice>>(INJECTION_KEY);
    const names = Array.isArray(raw?.names) ? raw.names.filter((n): n is string => typeof n === 'string') : [];
    return { all: raw?.all === true, names };
  }

  /** Names that new terminals receive under the current choice. */
  chosen(): string[] {
    const { all, names } = this.choice();
    return all ? this.vault.names() : [...names].sort();
  }

  /** True when `name` reaches new terminals. */
  isInjected(name: string): boolean {
    return this.chosen().includes(name);
  }

  /** Remembers a new choice and applies it. */
  async choose(choice: InjectionChoice): Promise<InjectionResult> {
    const names = [...new Set(choice.names)].filter((n) => this.vault.has(n)).sort();
    await this.state.update(INJECTION_KEY, { all: choice.all, names });
    return this.apply();
  }

  /** Moves a key's injection to its new name. */
  async renamed(from: string, to: string): Promise<InjectionResult> {
    const { all, names } = this.remembered();
    const moved = names.includes(from) ? [...names.filter((n) => n !== from && n !== to), to] : names;
    return this.choose({ all, names: moved });
  }

  /** Drops a deleted key from the choice, so a later key of the same name is not injected unasked. */
  async forget(name: string): Promise<InjectionResult> {
    const { all, names } = this.choice();
    return this.choose({ all, names: names.filter((n) => n !== name) });
  }

  /**
   * Rebuilds the collection from the vault. Calls are queued, so a burst of changes cannot leave
   * an older value applied last.
   */
  apply(): Promise<InjectionResult> {
    this.queue = this.queue.then(() => this.rebuild(), () => this.rebuild());
    return this.queue;
  }

  private async rebuild(): Promise<InjectionResult> {
    const names = this.chosen();
    const reads = await Promise.all(names.map(async (name) => [name, await this.vault.read(name)] as const));
    const injected: string[] = [];
    const lost: string[] = [];
    // No await between clear and the replaces: a terminal created meanwhile sees all or nothing.
    this.collection.clear();
    for (const [name, read] of reads) {
      if (read.status === 'ok') {
        this.collection.replace(name, read.value);
        injected.push(name);
      } else if (read.status === 'lost') {
        lost.push(name);
      }
    }
    this.collection.description = injected.length ? this.describe(injected) : undefined;
    return { injected, lost };
  }
}
