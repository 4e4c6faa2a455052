// Switches the masking of env values where the setting is decided: the workspace folder's or the workspace's
// value when it has one (a user switch would be overridden there), else the user's.
import * as vscode from 'vscode';
import { readSettings, SECTION } from '../settings';

/** The command id. */
export const TOGGLE_ENV_MASKING = 'secretHygiene.toggleEnvMasking';

/** Registers the command; it resolves to whether values are masked afterwards. */
export function registerToggleEnvMasking(): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_ENV_MASKING, async (): Promise<boolean> => {
    const scope = vscode.window.activeTextEditor?.document.uri;
    const config = vscode.workspace.getConfiguration(SECTION, scope);
    const inspected = config.inspect<boolean>('maskEnvValues');
    const target =
      scope && inspected?.workspaceFolderValue !== undefined
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : inspected?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
    const masked = !readSettings(scope).maskEnvValues;
    await config.update('maskEnvValues', masked, target);
    vscode.window.setStatusBarMessage(masked ? vscode.l10n.t('Secret Hygiene: .env values are hidden') : vscode.l10n.t('Secret Hygiene: .env values are shown'), 4000);
    return masked;
  });
}
