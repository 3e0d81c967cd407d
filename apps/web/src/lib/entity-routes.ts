import { LANGUAGES, type Lang } from './languages.js';
import { langParam } from './paths.js';

/** The route entry of an entity's page in one language. */
export interface EntityRoute<T> {
  params: { lang: string | undefined; id: string };
  props: { lang: Lang; entity: T };
}

/**
 * The static paths of the pages of `entities`: one per entity and language it is shown in (every
 * language unless `languagesOf` says otherwise, as for an article without a translation).
 */
export function entityRoutes<T extends { id: string }>(
  entities: readonly T[],
  languagesOf: (entity: T) => readonly Lang[] = () => LANGUAGES,
): EntityRoute<T>[] {
  return entities.flatMap((entity) =>
    languagesOf(entity).map((lang) => ({
      params: { lang: langParam(lang), id: entity.id },
      props: { lang, entity },
    })),
  );
}
