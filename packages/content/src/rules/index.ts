import { langScript } from './lang-script.js';
import { mentionUnlinked } from './mention-unlinked.js';
import { refCycle } from './ref-cycle.js';
import { refKind } from './ref-kind.js';
import { refUnknown } from './ref-unknown.js';
import type { Rule } from './rule.js';
import { sourceMissing } from './source-missing.js';
import { timeAfterEnd } from './time-after-end.js';
import { timeMembershipOutsideLife } from './time-membership-outside-life.js';
import { timeNotYet } from './time-not-yet.js';
import { timeResponseBeforeCause } from './time-response-before-cause.js';

/** Every integrity rule `validate` runs, in the order of domain-model.md's table. */
export const integrityRules: readonly Rule[] = [
  refUnknown,
  refKind,
  refCycle,
  timeNotYet,
  timeAfterEnd,
  timeResponseBeforeCause,
  timeMembershipOutsideLife,
  sourceMissing,
  mentionUnlinked,
  langScript,
];

export type { Rule, RuleContext, RuleReport, RuleSite } from './rule.js';
