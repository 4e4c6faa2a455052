import type { RuleSpec } from '../types';

/** Rules of the ai family. */
export const rules: readonly RuleSpec[] = [];
