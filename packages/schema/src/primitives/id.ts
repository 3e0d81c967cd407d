import { expecting } from '../messages.js';
import { titled } from '../titled.js';
import { z } from '../zod.js';

/** Source of the Id pattern, shared with JSON Schema and with tools that check file names. */
export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const idRegex = new RegExp(ID_PATTERN);
const idWords =
  'an id of 2-80 lowercase ASCII letters and digits in words joined by single hyphens, like "al-sudani"';

/** Whether `text` is a valid Marsad id (same rule as the `Id` schema, without zod). */
export function isId(text: string): boolean {
  return text.length >= 2 && text.length <= 80 && idRegex.test(text);
}

/** A stable identifier: the file name of an entry, ASCII transliteration in kebab-case. */
export const Id = z
  .string({ error: expecting(idWords) })
  .min(2, { error: expecting(idWords) })
  .max(80, { error: expecting(idWords) })
  .regex(idRegex, { error: expecting(idWords) })
  .meta(
    titled({
      id: 'Id',
      description:
        'A stable identifier: lowercase ASCII letters and digits in words joined by single hyphens, 2 to 80 characters (`al-sudani`, `kataib-hezbollah`). The file name is the id.',
      examples: ['al-sudani', 'brigade-12-strike'],
    }),
  );
export type Id = z.infer<typeof Id>;
