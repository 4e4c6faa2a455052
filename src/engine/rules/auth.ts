import type { RuleSpec } from '../types';

/** Rules of the auth family. */
export const rules: readonly RuleSpec[] = [];
