import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareFuzzyDates } from '@marsad/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_ARTICLES, REPO_ROOT, sampleProjectWith } from '../../test/content-fixture.js';
import { ContentBuildError, ERROR_RULES, findProjectRoot, loadSiteContent } from './content.js';

const DRAFT = 'pmf-after-the-coalition';

describe('loadSiteContent on the sample project', () => {
  it('exposes published articles and hides the draft everywhere', async () => {
    const site = await loadSiteContent({ root: REPO_ROOT });
    expect(site.articles().map((article) => article.id)).toEqual(['coalition-withdrawal']);
    expect(site.articles('en').map((article) => article.id)).toEqual(['coalition-withdrawal']);
    expect(site.article(DRAFT)).toBeUndefined();
    expect(site.has('article', DRAFT)).toBe(false);
    // The draft is about the PMF; the PMF's page must not list it.
    expect(site.articlesAbout('actor', 'popular-mobilization-forces').map((a) => a.id)).toEqual([
      'coalition-withdrawal',
    ]);
    expect(site.config.baseUrl).toBe('https://marsad.example');
  });

  it('indexes the articles that name or mention an entity', async () => {
    const site = await loadSiteContent({ root: REPO_ROOT });
    expect(site.articlesAbout('event', 'brigade-12-strike').map((a) => a.id)).toEqual([
      'coalition-withdrawal',
    ]);
    expect(site.articlesAbout('place', 'baghdad').map((a) => a.id)).toEqual(['coalition-withdrawal']);
    expect(site.articlesAbout('actor', 'no-such-actor')).toEqual([]);
  });

  it('lists events newest first and places within places', async () => {
    const site = await loadSiteContent({ root: REPO_ROOT });
    const dates = site.events().map((event) => event.date);
    expect(dates.length).toBeGreaterThan(5);
    expect(site.events()[0]?.id).toBe('bilateral-committee-announced');
    expect(site.placesWithin('anbar').map((place) => place.id)).toContain('ain-al-asad');
    expect(site.eventsAt('anbar').map((event) => event.id)).toContain('ain-al-asad-drone-attack');
    // Two levels down (Ain al-Asad within Anbar within Iraq), newest first.
    const iraq = site.eventsAt('iraq');
    expect(iraq.map((event) => event.id)).toContain('ain-al-asad-drone-attack');
    expect(iraq.map((event) => event.id)).not.toContain('us-strikes-syria-2023-10-27');
    for (let i = 1; i < iraq.length; i++) {
      expect(compareFuzzyDates(iraq[i - 1]!.date, iraq[i]!.date)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('publicity', () => {
  it('hides embargoed articles and articles in review until they are public', async () => {
    const root = await sampleProjectWith(HIDDEN_ARTICLES);
    const now = new Date('2026-01-01T00:00:00Z');
    const site = await loadSiteContent({ root, now });
    expect(site.articles().map((a) => a.id)).toEqual(['coalition-withdrawal']);
    expect(site.article('embargoed-piece')).toBeUndefined();
    expect(site.article('in-review')).toBeUndefined();
    expect(site.articlesAbout('event', 'brigade-12-strike').map((a) => a.id)).toEqual([
      'coalition-withdrawal',
    ]);

    const later = await loadSiteContent({ root, now: new Date('2999-06-01T00:00:00Z') });
    expect(later.articles().map((a) => a.id)).toEqual(['embargoed-piece', 'coalition-withdrawal']);
    expect(later.article('in-review')).toBeUndefined();
  });
});

describe('content errors', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('fails with every error, positioned, instead of building a partial site', async () => {
    const root = await sampleProjectWith({
      'events/broken.yaml':
        'id: broken\ntitle: { en: Broken }\ndate: 2024-02-30\ntype: battle\nsubtype: armed-clash\n',
    });
    const failure = await loadSiteContent({ root }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentBuildError);
    const error = failure as ContentBuildError;
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.diagnostics.every((diagnostic) => diagnostic.severity === 'error')).toBe(true);
    expect(error.message).toMatch(/events\/broken\.yaml:3:\d+/);
  });

  it('fails on integrity errors (a participant that does not exist) but not on warnings', async () => {
    const root = await sampleProjectWith({
      'events/ghost-raid.yaml':
        'id: ghost-raid\ntitle: { ar: غارة, en: Raid }\ndate: 2024-02-01\ntype: battle\nsubtype: armed-clash\n' +
        'participants:\n  - { actor: no-such-group, role: perpetrator }\nsources:\n  - { title: A report }\n',
    });
    const failure = await loadSiteContent({ root }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentBuildError);
    expect((failure as ContentBuildError).diagnostics.map((d) => d.ruleId)).toEqual(['ref/unknown']);

    // An event without sources only warns (source/missing): the site builds.
    const warned = await sampleProjectWith({
      'events/unsourced.yaml':
        'id: unsourced\ntitle: { ar: حدث, en: Event }\ndate: 2024-02-01\ntype: political\nsubtype: statement\n',
    });
    expect((await loadSiteContent({ root: warned })).event('unsourced')?.id).toBe('unsourced');
  });

  it('runs only the rules that can fail a build', () => {
    expect(ERROR_RULES.length).toBeGreaterThan(3);
    expect(ERROR_RULES.every((rule) => rule.severity === 'error')).toBe(true);
    expect(ERROR_RULES.map((rule) => rule.id)).not.toContain('mention/unlinked');
  });

  it('reads MARSAD_CONTENT when no root is given', async () => {
    const root = await sampleProjectWith(HIDDEN_ARTICLES);
    vi.stubEnv('MARSAD_CONTENT', root);
    const site = await loadSiteContent({ now: new Date('2999-06-01T00:00:00Z') });
    expect(site.contentRoot).toBe(join(root, 'content'));
    expect(site.article('embargoed-piece')?.id).toBe('embargoed-piece');
  });
});

describe('findProjectRoot', () => {
  it('walks up from the web app to the folder with marsad.config.yaml', () => {
    expect(findProjectRoot(join(REPO_ROOT, 'apps', 'web', 'src'))).toBe(REPO_ROOT.replace(/\/$/, ''));
  });

  it('returns the start folder when no config is above it', async () => {
    const lonely = await mkdtemp(join(tmpdir(), 'marsad-web-lonely-'));
    expect(findProjectRoot(lonely)).toBe(lonely);
  });
});
