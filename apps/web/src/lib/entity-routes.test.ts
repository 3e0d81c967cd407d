import { describe, expect, it } from 'vitest';
import { entityRoutes } from './entity-routes.js';

describe('entityRoutes', () => {
  const entities = [{ id: 'al-sudani' }, { id: 'iraq' }];

  it('gives every entity a page in each language, the default language at the root', () => {
    expect(entityRoutes(entities).map((route) => [route.params.lang, route.params.id])).toEqual([
      [undefined, 'al-sudani'],
      ['en', 'al-sudani'],
      [undefined, 'iraq'],
      ['en', 'iraq'],
    ]);
  });

  it('hands each page its language and entity, and only the languages it is shown in', () => {
    const routes = entityRoutes(entities, (entity) => (entity.id === 'iraq' ? ['en'] : ['ar']));
    expect(routes.map((route) => route.props)).toEqual([
      { lang: 'ar', entity: entities[0] },
      { lang: 'en', entity: entities[1] },
    ]);
  });
});
