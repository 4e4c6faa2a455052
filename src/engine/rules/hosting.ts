import type { RuleSpec } from '../types';

/** Rules of the hosting family. */
export const rules: readonly RuleSpec[] = [];
