// What every vault command is given: the vault, terminal injection and the log.
import type { Log } from '../log';
import type { Vault } from './store';
import type { TerminalInjection } from './terminal';

/** The vault's shared parts, built once in registerVault. */
export interface VaultServices {
  readonly vault: Vault;
  readonly terminals: TerminalInjection;
  /** Names and outcomes only: no value is ever passed to it. */
  readonly log: Log;
}
