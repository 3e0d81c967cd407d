import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, DIST, ensureBuilt, launchChromium, RESULTS, serveDist } from './harness.js';

const DRAFT = 'pmf-after-the-coalition';
const SITE_URL = 'https://marsad.example';

/** One page of each template, in both languages. */
const TEMPLATES = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/coalition-withdrawal/' },
  { name: 'actor', path: '/actors/abu-mahdi-al-muhandis/' },
  { name: 'event', path: '/events/attacks-on-coalition-bases/' },
  { name: 'place', path: '/places/baghdad/' },
  { name: 'articles', path: '/articles/' },
  { name: 'actors', path: '/actors/' },
  { name: 'events', path: '/events/' },
  { name: 'places', path: '/places/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'network', path: '/network/' },
  { name: 'search', path: '/search/' },
  { name: '404', path: '/no-such-page/' },
] as const;
const inLanguage = (path: string, lang: 'ar' | 'en') => (lang === 'ar' ? path : `/en${path}`);

let base: string;
let stopServer: () => Promise<void>;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  const server = await serveDist();
  base = server.base;
  stopServer = server.close;
  browser = await launchChromium();
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stopServer?.();
});

/** A page that records every request it makes, to prove none leaves 127.0.0.1. */
async function openPage(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, requests, errors };
}

const pathOf = (page: Page) => decodeURI(new URL(page.url()).pathname);

describe('navigation', () => {
  it('follows article → mention → actor → event → place', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/articles/coalition-withdrawal/`);
    await page.click('.prose a.mention[data-id="al-sudani"]');
    expect(pathOf(page)).toBe('/actors/al-sudani/');
    expect(await page.textContent('h1')).toContain('السوداني');

    await page.click('#events-heading ~ ul a[href="/events/bilateral-committee-announced/"]');
    expect(pathOf(page)).toBe('/events/bilateral-committee-announced/');
    expect(await page.textContent('h1')).toContain('لجنة');

    await page.click('.facts a[href^="/places/"]');
    expect(pathOf(page)).toMatch(/^\/places\/[a-z-]+\/$/);
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });

  it('switches language and lands on the same entity', async () => {
    const { page } = await openPage();
    for (const path of [
      '/articles/coalition-withdrawal/',
      '/actors/al-sudani/',
      '/events/brigade-12-strike/',
      '/places/ain-al-asad/',
      '/events/',
    ]) {
      await page.goto(`${base}${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await page.click('.lang-switch a');
      expect(pathOf(page)).toBe(`/en${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
      await page.click('.lang-switch a');
      expect(pathOf(page)).toBe(path);
    }
    await page.context().close();
  });

  it('shows a mention card on hover and on keyboard focus, without JavaScript', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${base}/en/articles/coalition-withdrawal/`);
    const mention = page.locator('.prose a.mention[data-id="brigade-12-strike"]').first();
    const card = page.locator(`#${await mention.getAttribute('aria-describedby')}`);
    expect(await card.isVisible()).toBe(false);
    await mention.focus();
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('4 January 2024');
    await page.locator('h1').hover();
    await page.locator('h1').focus();
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await card.isVisible()).toBe(false);
    await mention.hover();
    expect(await card.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('timeline and search', () => {
  it('filters the timeline by type, actor, place and year, and keeps the filter in the URL', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/en/timeline/`);
    const items = page.locator('#timeline-events > li');
    const total = await items.count();
    expect(total).toBeGreaterThan(10);
    const visible = () => page.locator('#timeline-events > li:not([hidden])').count();
    expect(await visible()).toBe(total);

    await page.selectOption('select[name="type"]', 'political');
    const political = await visible();
    expect(political).toBeGreaterThan(0);
    expect(political).toBeLessThan(total);
    for (const type of await page
      .locator('#timeline-events > li:not([hidden])')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.type))) {
      expect(type).toBe('political');
    }
    expect(await page.textContent('#timeline-shown')).toBe(String(political));
    expect(new URL(page.url()).search).toBe('?type=political');

    await page.selectOption('select[name="type"]', '');
    await page.selectOption('select[name="actor"]', 'kataib-hezbollah');
    const hezbollah = await page.locator('#timeline-events > li:not([hidden]) a').allTextContents();
    expect(hezbollah.length).toBeGreaterThan(0);
    expect(hezbollah.length).toBeLessThan(total);

    // A place filter takes in the places inside it: Anbar holds Ain al-Asad.
    await page.goto(`${base}/en/timeline/?place=anbar&year=2023`);
    const anbar = await page.locator('#timeline-events > li:not([hidden]) a').allTextContents();
    expect(anbar.some((title) => title.includes('Ain al-Asad'))).toBe(true);
    expect(await page.inputValue('select[name="place"]')).toBe('anbar');
    await page.context().close();
  });

  it('shows the whole timeline and no dead controls without JavaScript', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${base}/timeline/`);
    expect(await page.locator('#timeline-filters').isVisible()).toBe(false);
    const items = page.locator('#timeline-events > li');
    expect(await page.locator('#timeline-events > li:visible').count()).toBe(await items.count());
    await page.context().close();
  });

  it('finds the article from an Arabic query with harakat and other hamza forms, and never a draft', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/search/`);
    // "إنهاء" written with a bare alef and harakat, "مهمة" with ta marbuta as ha.
    await page.fill('#search-input', 'اِنْهَاءِ مُهِمّه التَّحالُف');
    await page.press('#search-input', 'Enter');
    const articles = page.locator('#search-results ul[data-kind="article"] a');
    await articles.first().waitFor();
    expect(await articles.getAttribute('href')).toBe('/articles/coalition-withdrawal/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('اِنْهَاءِ مُهِمّه التَّحالُف');

    // The draft's title: the PMF (an actor) is found, the draft article is not.
    await page.goto(`${base}/search/?q=${encodeURIComponent('الحشد الشعبي')}`);
    await page.locator('#search-results ul[data-kind="actor"] a').first().waitFor();
    expect(await page.locator('#search-results a[href*="' + DRAFT + '"]').count()).toBe(0);
    const index = await (await fetch(`${base}/search-index.json`)).text();
    expect(index).not.toContain(DRAFT);
    expect(index).not.toContain('الحشد الشعبي بعد التحالف الدولي');
    await page.context().close();
  });
});

describe('network', () => {
  it('links every actor node to its page and filters nodes and ties by kind', async () => {
    const { page } = await openPage();
    await page.goto(`${base}/en/network/`);
    const people = page.locator('#network a[data-kind="person"]');
    expect(await people.count()).toBeGreaterThan(2);
    expect(await page.locator('#network a[data-kind="person"][href="/en/actors/al-sudani/"]').count()).toBe(
      1,
    );
    await page.uncheck('input[name="kind"][value="person"]');
    expect(await people.first().isVisible()).toBe(false);
    const armed = page.locator('#network a[data-kind="armed-group"]').first();
    expect(await armed.isVisible()).toBe(true);
    const hiddenTies = await page
      .locator('#network line[data-kinds*="person"]')
      .evaluateAll((lines) => lines.filter((line) => (line as SVGElement).style.display !== 'none').length);
    expect(hiddenTies).toBe(0);
    await armed.click();
    expect(pathOf(page)).toMatch(/^\/en\/actors\/[a-z-]+\/$/);
    await page.context().close();
  });
});

describe('public content only', () => {
  it('has no page, feed item or sitemap entry for a draft', async () => {
    for (const path of [`/articles/${DRAFT}/`, `/en/articles/${DRAFT}/`]) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
    for (const file of [
      'rss.xml',
      'atom.xml',
      'en/rss.xml',
      'en/atom.xml',
      'sitemap.xml',
      'search-index.json',
      'en/search-index.json',
    ]) {
      const text = await (await fetch(`${base}/${file}`)).text();
      expect(text.length).toBeGreaterThan(200);
      expect(text, file).not.toContain(DRAFT);
    }
    // Nor any page that links to it or names its title.
    const files = await htmlFiles(DIST);
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      expect(html.includes(DRAFT) || html.includes('الحشد الشعبي بعد التحالف الدولي'), file).toBe(false);
    }
  });

  it('serves every sitemap URL, and the sitemap names every page built', async () => {
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
      match[1]!.replace(SITE_URL, ''),
    );
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    const built = (await htmlFiles(DIST))
      .map((file) => `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
      .filter((path) => path !== '/404.html' && path !== '/en/404/');
    expect(new Set(paths)).toEqual(new Set(built));
  });

  it('answers robots.txt with the sitemap', async () => {
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });
});

describe.each(['ar', 'en'] as const)('every template in %s', (lang) => {
  it.each(TEMPLATES)(
    '$name: lang and dir, head metadata, no console error or third-party request, zero axe violations, screenshot',
    async (template) => {
      const { page, requests, errors } = await openPage();
      const path = inLanguage(template.path, lang);
      const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(template.name === '404' ? 404 : 200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      if (template.name !== '404') {
        expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${SITE_URL}${path}`);
        expect(await page.getAttribute(`link[rel="alternate"][hreflang="${lang}"]`, 'href')).toBe(
          `${SITE_URL}${path}`,
        );
        expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').count()).toBe(1);
        expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(`${SITE_URL}${path}`);
      }
      const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(jsonLd.length).toBeGreaterThan(0);
      for (const text of jsonLd) expect(JSON.parse(text)['@context']).toBe('https://schema.org');

      // The 404 page's own status is the one error a browser reports there.
      const unexpected = errors.filter((text) => !(template.name === '404' && text.includes('404')));
      expect(unexpected).toEqual([]);
      const foreign = requests.filter((url) => new URL(url).origin !== base);
      expect(foreign).toEqual([]);
      // The fonts are self-hosted and really used.
      expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);

      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Document,
              ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
        );
      });
      expect(violations).toEqual([]);

      await page.screenshot({ path: join(RESULTS, `${template.name}-${lang}.png`), fullPage: true });
      await page.context().close();
    },
  );
});

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
