import { expecting, unknownKeyOr } from '../messages.js';
import { LangTag } from '../primitives/lang-tag.js';
import { Localized } from '../primitives/localized.js';
import { RELATIVE_PATH_PATTERN } from '../primitives/relative-path.js';
import { HttpUrl } from '../primitives/url.js';
import { z } from '../zod.js';

/** The `marsad.config.*` file of a content repository. */
export const SiteConfig = z
  .strictObject(
    {
      name: Localized,
      description: Localized.optional(),
      languages: z.array(LangTag, { error: expecting('a list of language tags, like [ar, en]') }).min(1, {
        error: 'expected at least one language, like [ar, en]',
      }),
      defaultLanguage: LangTag,
      baseUrl: HttpUrl,
      contentDir: z
        .string({ error: expecting('a folder path relative to the config file') })
        .regex(new RegExp(RELATIVE_PATH_PATTERN), {
          error: expecting('a folder path inside the project (relative, without "..")'),
        })
        .optional(),
    },
    { error: unknownKeyOr('a site config with name, languages, defaultLanguage and baseUrl') },
  )
  .superRefine((config, ctx) => {
    if (config.languages.includes(config.defaultLanguage)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['defaultLanguage'],
      input: config.defaultLanguage,
      message: `\`defaultLanguage\` "${config.defaultLanguage}" is not in \`languages\` (${config.languages.join(', ')})`,
    });
  })
  .meta({
    id: 'SiteConfig',
    title: 'Site configuration',
    description:
      'The `marsad.config.*` file: site name, languages (the first-class one first), base URL and content folder.',
    examples: [
      {
        name: { ar: 'مرصد', en: 'Marsad' },
        languages: ['ar', 'en'],
        defaultLanguage: 'ar',
        baseUrl: 'https://marsad.example',
        contentDir: 'content',
      },
    ],
  });
export type SiteConfig = z.infer<typeof SiteConfig>;
