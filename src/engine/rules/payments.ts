import type { RuleSpec } from '../types';

/** Rules of the payments family. */
export const rules: readonly RuleSpec[] = [];
