// Every `secretHygiene.*` setting, read and typed in one place.
import * as vscode from 'vscode';
import type { Confidence } from '../engine';

/** The section all settings live under. */
export const SECTION = 'secretHygiene';

/** Diagnostic severities a setting may name. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

/** The extension's settings, typed. */
export interface Settings {
  readonly enable: boolean;
  readonly scanOnType: boolean;
  readonly debounceMs: number;
  readonly maxFileSizeKB: number;
  readonly severity: Readonly<Record<Confidence, SeverityName>>;
  readonly exclude: readonly string[];
  /** Name of the env file a moved secret is written to. */
  readonly envFileName: string;
  /** Whether moving a secret creates `.env.example` when there is none. */
  readonly createEnvExample: boolean;
  /** Seconds after which Copy Key empties the clipboard if it still holds the key; 0 never. */
  readonly clipboardClearSeconds: number;
  /** Whether env files show their values only on the lines a cursor is on. */
  readonly maskEnvValues: boolean;
}

/** Reads the settings as they apply to `scope` (a document or folder), with defaults and bounds. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const severity = (level: Confidence, fallback: SeverityName): SeverityName => {
    const value = config.get<string>(`severity.${level}`, fallback);
    return (['error', 'warning', 'information', 'hint'] as const).find((s) => s === value) ?? fallback;
  };
  return {
    enable: config.get<boolean>('enable', true),
    scanOnType: config.get<boolean>('scanOnType', true),
    debounceMs: clamp(config.get<number>('debounceMs', 150), 0, 5000),
    maxFileSizeKB: clamp(config.get<number>('maxFileSizeKB', 1024), 1, 1024 * 1024),
    severity: { high: severity('high', 'warning'), medium: severity('medium', 'warning'), low: severity('low', 'information') },
    exclude: config.get<string[]>('exclude', []),
    envFileName: validEnvFileName(config.get<string>('envFileName', '.env')),
    createEnvExample: config.get<boolean>('createEnvExample', false),
    clipboardClearSeconds: clamp(config.get<number>('clipboardClearSeconds', 30), 0, 3600),
    maskEnvValues: config.get<boolean>('maskEnvValues', false),
  };
}

// A bare file name starting with `.env`; anything else (a path, an empty string) falls back to `.env`.
function validEnvFileName(name: string): string {
  return /^\.env[\w.-]*$/.test(name) ? name : '.env';
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** Maps a severity name to VS Code's enum. */
export function toSeverity(name: SeverityName): vscode.DiagnosticSeverity {
  switch (name) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}
