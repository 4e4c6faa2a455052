import type { RuleSpec } from '../types';

/** Rules of the registries family. */
export const rules: readonly RuleSpec[] = [];
