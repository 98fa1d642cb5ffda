// The registry: every rule, in the order findings are reported and fixes applied.

import { Rule } from './types';

/** All rules, in order. Adding a rule: one file in this folder, one line here. */
export const RULES: Rule[] = [];
