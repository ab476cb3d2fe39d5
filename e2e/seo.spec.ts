import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { normalisePost } from '../lib/content/normalise';
import { shanghaiParts } from '../lib/time';
import { urls } from '../lib/urls';
import { validateSitemapXml } from '../test/support/xmllint';
import { expireTags, importWhileRunning, sql } from './support';
import { TAGS } from '../lib/cache-tags';

const SEED = '/shamenwanbao/2021/12/21/NW202112212221212333.html';

test.describe('sitemaps', () => {
  test('the index and every sitemap in it validate against the sitemaps.org schemas', async ({
    request,
  }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.headers()['content-type']).toContain('application/xml');
    const indexXml = await index.text();
    expect(validateSitemapXml(indexXml, 'siteindex.xsd')).toBe('');
    const children = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '').pathname,
    );
    expect(children).toEqual(
      expect.arrayContaining(['/sitemaps/sources.xml', '/sitemaps/articles/0.xml']),
    );
    let articleUrls = 0;
    for (const child of children) {
      const xml = await (await request.get(child)).text();
      expect(validateSitemapXml(xml, 'sitemap.xsd'), child).toBe('');
      if (child.startsWith('/sitemaps/articles/'))
        articleUrls += (xml.match(/<url>/g) ?? []).length;
    }
    // Exactly the published articles: drafts, scheduled and deleted ones are not listed.
    const [published] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM articles WHERE status = 'PUBLISHED'`,
    );
    expect(articleUrls).toBe(published?.n);
    expect(articleUrls).toBeGreaterThanOrEqual(64);
  });

  test('an article imported while the portal runs is in the Google News sitemap and on the home page', async ({
    request,
    page,
  }) => {
    const now = new Date();
    const p = shanghaiParts(now);
    const folder = mkdtempSync(path.join(tmpdir(), 'breaking-'));
    const code = `NW${p.year}${p.month}${p.day}${String(now.getTime()).slice(-10)}`;
    writeFileSync(
      path.join(folder, `${p.year}-${p.month}-${p.day}-${code}.md`),
      `---\nlayout: post\ntitle: "突发：测试快讯 ${code}"\ndate: ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} +0800\ncategories: emnews\ntags: 东财滚动新闻\n---\n刚刚发生的新闻。\n\n<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=${code}>\n`,
    );
    const run = await importWhileRunning(folder);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('the running portal was told to refresh its pages');

    const index = await (await request.get('/sitemap.xml')).text();
    expect(index).toContain('/sitemaps/news.xml');
    const xml = await (await request.get('/sitemaps/news.xml')).text();
    expect(validateSitemapXml(xml, 'sitemap.xsd')).toBe('');
    expect(xml).toContain(`<news:title>突发：测试快讯 ${code}</news:title>`);
    expect(xml).toContain(
      `<news:publication_date>${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+08:00</news:publication_date>`,
    );
    // Old news (2021) is not in it: only the last 48 hours.
    expect(xml).not.toContain('NW202112212221212333');

    await page.goto('/');
    await expect(page.getByRole('link', { name: `突发：测试快讯 ${code}` }).first()).toBeVisible();
  });
});

test.describe('feeds', () => {
  for (const [feedPath, type] of [
    ['/feed.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
    ['/category/shamenwanbao/feed.xml', 'application/rss+xml'],
    ['/category/shamenwanbao/atom.xml', 'application/atom+xml'],
  ] as const) {
    test(`${feedPath} parses with absolute links`, async ({ request, baseURL }) => {
      const response = await request.get(feedPath);
      expect(response.headers()['content-type']).toContain(type);
      const feed = parseFeed(await response.text());
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.url?.startsWith(`${baseURL}/`)).toBe(true);
      if (feedPath.includes('shamenwanbao'))
        expect(feed.items.map((i) => i.title)).toContain('创新社会治理 激发城市活力');
    });
  }

  for (const feedPath of ['/feed.json', '/category/shamenwanbao/feed.json']) {
    test(`${feedPath} is a JSON Feed`, async ({ request, baseURL }) => {
      const response = await request.get(feedPath);
      expect(response.headers()['content-type']).toContain('application/feed+json');
      const feed = await response.json();
      expect(feed.version).toMatch(/jsonfeed/);
      expect(feed.items[0].url.startsWith(`${baseURL}/`)).toBe(true);
    });
  }

  test('an unknown source has no feed', async ({ request }) => {
    expect((await request.get('/category/no-such-source/feed.xml')).status()).toBe(404);
  });
});

test('article pages carry NewsArticle and BreadcrumbList structured data', async ({ page }) => {
  await page.goto(SEED);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((text) => JSON.parse(text));
  const article = data.find((d: { '@type': string }) => d['@type'] === 'NewsArticle');
  expect(article).toMatchObject({
    headline: '创新社会治理 激发城市活力',
    datePublished: '2021-12-21T15:37:38+08:00',
    dateModified: expect.stringMatching(/\+08:00$/),
    publisher: { name: '金融消息' },
    author: { name: '厦门晚报' },
  });
  const crumbs = data.find((d: { '@type': string }) => d['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual([
    '金融消息',
    '厦门晚报',
    '创新社会治理 激发城市活力',
  ]);

  await page.goto('/');
  const home = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t),
  );
  expect(home).toContainEqual(expect.objectContaining({ '@type': 'WebSite', name: '金融消息' }));
});

test('pages declare canonical URLs, descriptions and feeds; robots.txt points at the sitemaps', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/category/shamenwanbao');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}/category/shamenwanbao`,
  );
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    `${baseURL}/category/shamenwanbao/feed.xml`,
  );
  expect(
    (await page.locator('meta[name="description"]').getAttribute('content'))?.length,
  ).toBeGreaterThan(10);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin');
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('public pages can be cached by a CDN', async ({ request }) => {
  for (const path of ['/', '/category/emnews', SEED, '/feed.xml', '/sitemap.xml']) {
    const cacheControl = (await request.get(path)).headers()['cache-control'] ?? '';
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
  }
});

// Every URL shape the old site had, for every fixture post: exactly one 301 to a page that answers 200.
const fixtureFolder = 'test/fixtures/finews/_posts';
const fixturePosts = readdirSync(fixtureFolder)
  .map((file) =>
    normalisePost(`_posts/${file}`, readFileSync(path.join(fixtureFolder, file), 'utf8')),
  )
  .flatMap((result) =>
    result.ok && result.post.publishedAt && result.post.permalink
      ? [{ ...result.post, publishedAt: result.post.publishedAt, permalink: result.post.permalink }]
      : [],
  );

test('every old URL shape of the fixture posts resolves with one 301', async ({ request }) => {
  const seedSource = {
    shape: 'seed',
    canonical: SEED,
    legacy: [`${SEED}/`, SEED.replace(/\.html$/, ''), SEED.replace(/\.html$/, '.htm')],
  };
  const cases = [
    seedSource,
    ...fixturePosts.map((post) => {
      const canonical = urls.article(post);
      return {
        shape: post.key,
        canonical,
        legacy: [
          `${canonical}/`,
          canonical.replace(/\.html$/, ''),
          canonical.replace(/\.html$/, '.htm'),
          ...(post.infoCode ? [urls.share(post.infoCode)] : []),
        ],
      };
    }),
    {
      shape: 'source',
      canonical: '/category/emnews',
      legacy: ['/category/emnews.html', '/emnews/', '/category/emnews/'],
    },
    { shape: 'share', canonical: SEED, legacy: [urls.share('NW202112212221212333')] },
  ];
  let checked = 0;
  for (const { canonical, legacy } of cases) {
    expect((await request.get(canonical, { maxRedirects: 0 })).status(), canonical).toBe(200);
    for (const from of legacy) {
      const first = await request.get(from, { maxRedirects: 0 });
      expect(first.status(), from).toBe(301);
      const location = new URL(first.headers().location ?? '', 'http://placeholder');
      expect(location.pathname, from).toBe(canonical);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(150);
});

test('an article an editor deleted answers 410 Gone, at its permalink and its share URL', async ({
  request,
}) => {
  const permalink = '/shamenwanbao/2021/12/20/NW202112202219874410.html';
  // Changed in the database directly, then the caches told, as the CLI importer does.
  const tags = [TAGS.article('NW202112202219874410'), TAGS.infoCode('NW202112202219874410')];
  await sql(`UPDATE articles SET status = 'DELETED', updated_at = now() WHERE info_code = $1`, [
    'NW202112202219874410',
  ]);
  await expireTags(request, tags);
  try {
    await expect
      .poll(async () => (await request.get(permalink, { maxRedirects: 0 })).status(), {
        timeout: 15_000,
      })
      .toBe(410);
    expect(
      (await request.get(urls.share('NW202112202219874410'), { maxRedirects: 0 })).status(),
    ).toBe(410);
  } finally {
    await sql(`UPDATE articles SET status = 'PUBLISHED', updated_at = now() WHERE info_code = $1`, [
      'NW202112202219874410',
    ]);
    await expireTags(request, tags);
  }
  await expect
    .poll(async () => (await request.get(permalink, { maxRedirects: 0 })).status(), {
      timeout: 15_000,
    })
    .toBe(200);
});
