// A Terraform module is the folder of .tf files a document sits in: a variable declared in any of them
// must not be declared again by the quick fix.
import * as vscode from 'vscode';
import { terraformVariablesIn } from '../../engine';
import { readText } from './files';

const TERRAFORM_FILE = /\.tf$/i;

/** The input variables declared by the other .tf files beside `document`; undefined for other files. */
export async function moduleVariables(document: vscode.TextDocument): Promise<string[] | undefined> {
  if (!TERRAFORM_FILE.test(document.uri.path)) return undefined;
  const folder = vscode.Uri.joinPath(document.uri, '..');
  const entries = await vscode.workspace.fs.readDirectory(folder).then((list) => list, () => []);
  const siblings = entries
    .filter(([name, type]) => type === vscode.FileType.File && TERRAFORM_FILE.test(name))
    .map(([name]) => vscode.Uri.joinPath(folder, name))
    .filter((uri) => uri.toString() !== document.uri.toString());
  const texts = await Promise.all(siblings.map(readText));
  return texts.flatMap((text) => (text === undefined ? [] : terraformVariablesIn(text)));
}
