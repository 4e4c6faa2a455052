import type { RuleSpec } from '../types';

/** Rules of the observability family. */
export const rules: readonly RuleSpec[] = [];
