import type { RuleSpec } from '../types';

/** Rules of the saas family. */
export const rules: readonly RuleSpec[] = [];
