import type { RuleSpec } from '../types';

/** Rules of the messaging family. */
export const rules: readonly RuleSpec[] = [];
