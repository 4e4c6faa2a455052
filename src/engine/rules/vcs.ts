import type { RuleSpec } from '../types';

/** Rules of the vcs family. */
export const rules: readonly RuleSpec[] = [];
