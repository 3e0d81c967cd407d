import { refUnknown } from './ref-unknown.js';
import type { Rule } from './rule.js';

/** Every integrity rule `validate` runs, in the order of domain-model.md's table. */
export const integrityRules: readonly Rule[] = [refUnknown];

export type { Rule, RuleContext, RuleReport, RuleSite } from './rule.js';
