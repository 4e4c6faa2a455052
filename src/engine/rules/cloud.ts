import type { RuleSpec } from '../types';

/** Rules of the cloud family. */
export const rules: readonly RuleSpec[] = [];
