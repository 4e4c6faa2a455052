// "Move to Secret Storage as NAME": the literal goes into the key vault, the code reads the environment,
// and the key is injected into new terminals, so nothing plaintext stays on disk.
import * as vscode from 'vscode';
import { planMoveToEnv, sha256Hex, type Finding, type MoveToEnvPlan } from '../../engine';
import { STORE_KEY, type StoreKeyArgs, type StoreKeyResult } from '../commands/vaultStoreKey';
import type { Log } from '../log';
import { saveAll } from './finishMove';
import { moduleVariables } from './terraformModule';
import { toWorkspaceEdit } from './toWorkspaceEdit';

/** The internal command the code action runs; it reads the secret itself, so no argument carries it. */
export const MOVE_TO_VAULT = 'secretHygiene.moveToSecretStorage';

/** The finding fields a vault move needs: where the secret is and what names it. Never the secret. */
export type VaultFinding = Pick<Finding, 'start' | 'end' | 'identifier' | 'envName' | 'ruleId' | 'provider' | 'fingerprint'>;

/** The command's arguments: the document, the version the fix was planned on, and the finding. */
export interface MoveToVaultArgs {
  readonly uri: string;
  readonly version: number;
  readonly finding: VaultFinding;
}

/** Plans the code side of a vault move: the env read (and any import) in place of the literal. */
export function planVaultMove(document: vscode.TextDocument, finding: VaultFinding, declaredVariables: readonly string[] | undefined): MoveToEnvPlan {
  // No env file is involved; planning as if .env were new and ignored gives just the name and code edits.
  return planMoveToEnv({
    text: document.getText(),
    languageId: document.languageId,
    path: document.uri.path,
    findings: [finding],
    gitignore: { covered: true, entry: '.env' },
    declaredVariables,
  });
}

/** Registers the command. */
export function registerMoveToVault(log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(MOVE_TO_VAULT, async ({ uri, version, finding }: MoveToVaultArgs) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const value = document?.getText().slice(finding.start, finding.end);
    // The fingerprint proves the range still holds the secret the fix was offered for.
    if (!document || document.version !== version || !value || sha256Hex(`${finding.ruleId}:${value}`) !== finding.fingerprint) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Secret Hygiene: the file changed since the fix was offered. Try the quick fix again.'));
      return false;
    }
    const plan = planVaultMove(document, finding, await moduleVariables(document));
    if (plan.refusal) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Secret Hygiene: {0}', plan.refusal));
      return false;
    }
    const name = plan.names[0];
    const stored = await vscode.commands.executeCommand<StoreKeyResult>(STORE_KEY, { name, value, inject: true } satisfies Partial<StoreKeyArgs>);
    if (!stored?.stored) return false;
    const edit = toWorkspaceEdit([{ uri: document.uri, text: document.getText(), edits: plan.document }], vscode.l10n.t('Move to Secret Storage as {0}', name));
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Secret Hygiene: {0} is in secret storage, but the code could not be changed.', name));
      return false;
    }
    await saveAll([document.uri.toString()]);
    log.info(`moved a secret from ${vscode.workspace.asRelativePath(document.uri)} to secret storage as ${name}`);
    // The notes come from the engine's plan, in English.
    void vscode.window.showInformationMessage([vscode.l10n.t('Secret Hygiene: stored as {0} in secret storage; new terminals get it as ${0}.', name), ...plan.notes].join(' '));
    return true;
  });
}
