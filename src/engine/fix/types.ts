// The data a quick-fix plan is made of. Offsets always refer to the original text of their file.
import type { Finding } from '../types';

/** Replace `[start, end)` of a file's original text with `newText`; `start === end` inserts. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** An existing file's content, BOM included when the file has one. */
export interface EnvFileState {
  readonly text: string;
}

/** The part of a finding the planner needs. */
export type FixFinding = Pick<Finding, 'start' | 'end' | 'identifier' | 'envName' | 'ruleId' | 'provider'>;

/** Everything the editor knows when the user asks to move one or more secrets of a document to .env. */
export interface MoveToEnvRequest {
  readonly text: string;
  readonly languageId: string;
  readonly path?: string;
  /** One finding, or every finding of the document for "fix all". */
  readonly findings: readonly FixFinding[];
  /** Undefined: the env file does not exist and will be created. */
  readonly envFile?: EnvFileState;
  /** Undefined: there is no .env.example. */
  readonly envExample?: EnvFileState;
  readonly createEnvExample?: boolean;
  /** `covered`: git already ignores the env file; `entry`: the line that would ignore it, e.g. `.env`. */
  readonly gitignore: { readonly covered: boolean; readonly text?: string; readonly entry: string };
  /** Terraform: the input variables the document's other module files (`*.tf` beside it) declare. */
  readonly declaredVariables?: readonly string[];
}

/** What to change in each file. Nothing here holds the secret except the env file's edit. */
export interface MoveToEnvPlan {
  /** The variable per finding, in request order; '' for a finding that was skipped (see notes). */
  readonly names: readonly string[];
  /** Literal replacements and the import the env read needs. */
  readonly document: readonly TextEdit[];
  readonly envFile: { readonly create: boolean; readonly edits: readonly TextEdit[] };
  readonly envExample?: { readonly create: boolean; readonly edits: readonly TextEdit[] };
  readonly gitignore?: { readonly create: boolean; readonly edits: readonly TextEdit[] };
  /** What the user still has to do, in plain words. */
  readonly notes: readonly string[];
  /** Set when nothing should be applied; says why. */
  readonly refusal?: string;
}

/** Rewriting a document's literals as environment reads, for names already chosen (the key-vault fix). */
export interface EnvReadRequest {
  readonly text: string;
  readonly languageId: string;
  readonly path?: string;
  readonly findings: readonly Pick<Finding, 'start' | 'end'>[];
  /** The variable for each finding, same order. */
  readonly names: readonly string[];
}

/** The document edits for an EnvReadRequest, or why a finding cannot be rewritten. */
export interface EnvReadPlan {
  readonly document: readonly TextEdit[];
  readonly notes: readonly string[];
  /** Per finding: undefined when it was rewritten, else the reason it was not. */
  readonly skipped: readonly (string | undefined)[];
  readonly refusal?: string;
}
