import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/content-fixture.js';
import { loadSiteContent, type SiteContent } from './content.js';
import { actorJsonLd, articleJsonLd, eventJsonLd, jsonLdScript, placeJsonLd } from './structured-data.js';

let site: SiteContent;
beforeAll(async () => {
  site = await loadSiteContent({ root: REPO_ROOT });
});

describe('JSON-LD', () => {
  it('describes an analysis with its authors, dates, subjects and mentions', () => {
    const data = articleJsonLd(site, site.article('coalition-withdrawal')!, 'ar');
    expect(data['@type']).toBe('AnalysisNewsArticle');
    expect(data.inLanguage).toBe('ar');
    expect(data.url).toBe('https://marsad.example/articles/coalition-withdrawal/');
    expect(data.datePublished).toBe('2024-01-10T10:00:00+03:00');
    expect(data.author).toEqual([{ '@type': 'Person', name: 'وحدة الدراسات العراقية' }]);
    const about = data.about as { '@type': string; url: string }[];
    expect(about[0]).toMatchObject({
      '@type': 'Event',
      url: 'https://marsad.example/events/bilateral-committee-announced/',
    });
    const mentions = data.mentions as { url: string; sameAs?: string[] }[];
    expect(mentions.find((m) => m.url.endsWith('/places/iraq/'))?.sameAs).toEqual([
      'https://www.wikidata.org/wiki/Q796',
    ]);
    expect(data.translationOfWork).toBeUndefined();
    const en = articleJsonLd(site, site.article('coalition-withdrawal')!, 'en');
    expect(en.translationOfWork).toEqual({ '@id': 'https://marsad.example/articles/coalition-withdrawal/' });
  });

  it('types actors as Person, GovernmentOrganization or Organization with sameAs Wikidata', () => {
    const person = actorJsonLd(site, site.actor('abu-mahdi-al-muhandis')!, 'en');
    expect(person).toMatchObject({ '@type': 'Person', birthDate: '1954', deathDate: '2020-01-03' });
    expect(person.alternateName).toContain('أبو مهدي');
    const state = actorJsonLd(site, site.actor('united-states')!, 'en');
    expect(state['@type']).toBe('GovernmentOrganization');
    expect(state.sameAs).toEqual(['https://www.wikidata.org/wiki/Q30']);
    const group = actorJsonLd(site, site.actor('harakat-al-nujaba')!, 'ar');
    expect(group['@type']).toBe('Organization');
    expect((group.parentOrganization as { url: string }[]).map((p) => p.url)).toContain(
      'https://marsad.example/actors/popular-mobilization-forces/',
    );
  });

  it('gives events their written dates without qualifiers, place, campaign and parts', () => {
    const campaign = eventJsonLd(site, site.event('attacks-on-coalition-bases')!, 'en');
    expect(campaign).toMatchObject({ '@type': 'Event', startDate: '2023-10-17', endDate: '2024-01' });
    expect((campaign.subEvent as unknown[]).length).toBeGreaterThan(1);
    const attack = eventJsonLd(site, site.event('ain-al-asad-drone-attack')!, 'en');
    expect(attack.startDate).toBe('2023-10-18');
    expect(attack.superEvent).toMatchObject({
      url: 'https://marsad.example/en/events/attacks-on-coalition-bases/',
    });
    expect(attack.location).toMatchObject({
      '@type': 'Place',
      geo: { latitude: 33.7856, longitude: 42.4412 },
    });
  });

  it('describes places within places', () => {
    const base = placeJsonLd(site, site.place('ain-al-asad')!, 'ar');
    expect(base.containedInPlace).toMatchObject({
      '@type': 'Place',
      url: 'https://marsad.example/places/anbar/',
    });
  });

  it('cannot close its script element', () => {
    expect(jsonLdScript({ '@type': 'Thing', name: '</script><script>alert(1)</script>' })).not.toContain(
      '</script',
    );
  });
});
