import type { RuleSpec } from '../types';

/** Rules of the databases family. */
export const rules: readonly RuleSpec[] = [];
