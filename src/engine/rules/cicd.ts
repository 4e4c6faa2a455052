import type { RuleSpec } from '../types';

/** Rules of the cicd family. */
export const rules: readonly RuleSpec[] = [];
