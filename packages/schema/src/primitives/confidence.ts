import { expecting, listOptions } from '../messages.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';

/** How sure the editors are of a claim (Security Force Monitor practice). */
export const confidenceLevels = ['high', 'medium', 'low'] as const;

/** How sure the editors are of a claim: `high`, `medium` or `low`. */
export const Confidence = z.enum(confidenceLevels, { error: expecting(listOptions(confidenceLevels)) }).meta(
  titled({
    id: 'Confidence',
    description: 'How sure the editors are of a claim (Security Force Monitor practice).',
  }),
);
export type Confidence = z.infer<typeof Confidence>;
