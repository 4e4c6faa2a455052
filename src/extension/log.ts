// The "Secret Hygiene" output channel. Callers pass redacted previews only, never a value.
import * as vscode from 'vscode';

/** A thin logger over a LogOutputChannel. */
export interface Log extends vscode.Disposable {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Creates the extension's output channel. */
export function createLog(): Log {
  const channel = vscode.window.createOutputChannel('Secret Hygiene', { log: true });
  return {
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    error: (message) => channel.error(message),
    dispose: () => channel.dispose(),
  };
}
