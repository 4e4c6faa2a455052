// The rule registry: one module per provider family, listed here in the order they are reported.
import type { RuleSpec } from '../types';
import { rules as ai } from './ai';
import { rules as auth } from './auth';
import { rules as calls } from './calls';
import { rules as cicd } from './cicd';
import { rules as cloud } from './cloud';
import { rules as commands } from './commands';
import { rules as databases } from './databases';
import { rules as generic } from './generic';
import { rules as hosting } from './hosting';
import { rules as keys } from './keys';
import { rules as messaging } from './messaging';
import { rules as observability } from './observability';
import { rules as payments } from './payments';
import { rules as registries } from './registries';
import { rules as saas } from './saas';
import { rules as vcs } from './vcs';

/** Rule specs keyed by family name (the file they live in). */
export const ruleFamilies: Readonly<Record<string, readonly RuleSpec[]>> = {
  ai,
  cloud,
  vcs,
  cicd,
  registries,
  keys,
  payments,
  messaging,
  observability,
  hosting,
  auth,
  saas,
  databases,
  commands,
  calls,
  // Last: a provider rule on the same text wins over the generic detector.
  generic,
};
