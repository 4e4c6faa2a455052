import type { RuleSpec } from '../types';

/** Rules of the keys family. */
export const rules: readonly RuleSpec[] = [];
