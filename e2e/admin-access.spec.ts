import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, sql } from './support';

/**
 * Every admin page, server action and route handler of the build, enumerated from its manifests,
 * must have a declared access rule here, and must refuse anonymous and under-privileged requests
 * on the server: also as RSC (.rsc) requests and with an x-middleware-subrequest header (which
 * once let requests skip middleware in Next.js; access here never depends on the proxy).
 */
const DIST = process.env.NEXT_DIST_DIR ?? '.next-e2e';
const appPaths = Object.keys(
  JSON.parse(readFileSync(path.join(DIST, 'server/app-paths-manifest.json'), 'utf8')) as Record<
    string,
    string
  >,
);
const actions = JSON.parse(
  readFileSync(path.join(DIST, 'server/server-reference-manifest.json'), 'utf8'),
).node as Record<
  string,
  { filename: string; exportedName: string; workers: Record<string, unknown> }
>;

type Rule = 'public' | 'WRITER' | 'EDITOR' | 'ADMIN';
// What each admin page shows only to those allowed, to prove it was not served.
const ADMIN_PAGES: Record<string, { rule: Rule; secret: string }> = {
  '/admin/login': { rule: 'public', secret: '' },
  '/admin': { rule: 'WRITER', secret: '管理文章' },
  '/admin/articles': { rule: 'WRITER', secret: '筛选' },
  '/admin/audit': { rule: 'ADMIN', secret: 'login.succeeded' },
  '/admin/articles/[id]': { rule: 'EDITOR', secret: '修订记录' },
};
const ACTIONS: Record<string, Rule> = {
  'app/admin/login/actions.ts#login': 'public',
  'app/admin/actions.ts#logout': 'public',
  'app/admin/articles/actions.ts#changeArticleStatus': 'EDITOR',
  'app/admin/articles/[id]/actions.ts#editArticle': 'EDITOR',
  'app/admin/articles/[id]/actions.ts#restoreRevision': 'EDITOR',
  'app/admin/articles/[id]/actions.ts#scheduleArticleAction': 'EDITOR',
};
const ROUTE_HANDLERS: Record<string, 'public-read' | 'secret'> = {
  '/api/revalidate': 'secret',
};
const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';
const BYPASS_HEADERS: Record<string, string>[] = [
  {},
  { RSC: '1' },
  { RSC: '1', 'Next-Router-State-Tree': '%5B%22%22%5D' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
];

async function sessionCookie(
  page: Page,
  email: string,
  role: 'writer' | 'editor',
): Promise<string> {
  await createAccount(email, role, PASSWORD);
  await page.goto('/admin/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('finews_session'));
  return `${cookie?.name}=${cookie?.value}`;
}

test('every admin page, action and route handler has an access rule', () => {
  const pages = appPaths
    .filter((p) => p.startsWith('/admin') && p.endsWith('/page'))
    .map((p) => p.replace(/\/page$/, '') || '/');
  expect(pages.sort()).toEqual(Object.keys(ADMIN_PAGES).sort());
  const declared = Object.values(actions).map((a) => `${a.filename}#${a.exportedName}`);
  expect(declared.sort()).toEqual(Object.keys(ACTIONS).sort());
  const writable = appPaths
    .filter((p) => p.endsWith('/route') && p.startsWith('/api/'))
    .map((p) => p.replace(/\/route$/, ''));
  expect(writable.sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
});

test('admin pages refuse anonymous readers, also as RSC and with a middleware-subrequest header', async ({
  request,
}) => {
  for (const [page, { rule, secret }] of Object.entries(ADMIN_PAGES)) {
    if (rule === 'public') continue;
    for (const headers of BYPASS_HEADERS) {
      const path = page.replace('[id]', '1');
      for (const url of [path, `${path}?_rsc=probe`]) {
        const response = await request.get(url, { headers, maxRedirects: 0 });
        const body = await response.text();
        expect(body, `${url} ${JSON.stringify(headers)}`).not.toContain(secret);
        expect([200, 303, 307, 308], `${url} ${JSON.stringify(headers)}`).toContain(
          response.status(),
        );
        // A plain request is sent to the login page; RSC and ?_rsc variants may get Next's own
        // redirects, but never the page's content (checked above).
        if (url === path && Object.keys(headers).length === 0) {
          expect(response.headers().location).toContain('/admin/login');
        }
      }
    }
  }
});

test('a writer cannot open the admins pages or run an editor action', async ({ page, request }) => {
  const cookie = await sessionCookie(page, 'e2e-access-writer@example.com', 'writer');
  for (const headers of BYPASS_HEADERS) {
    const response = await request.get('/admin/audit', {
      headers: { ...headers, cookie },
      maxRedirects: 0,
    });
    expect(await response.text()).not.toContain(ADMIN_PAGES['/admin/audit']?.secret);
  }
  // The writer can read the article list…
  expect(await (await request.get('/admin/articles', { headers: { cookie } })).text()).toContain(
    '筛选',
  );

  // …but calling the publish/delete action directly changes nothing.
  const id = (
    await sql<{ id: number }>(`SELECT id FROM articles WHERE info_code = 'NW202112212221212333'`)
  )[0]?.id;
  const actionId =
    Object.entries(actions).find(([, a]) => a.exportedName === 'changeArticleStatus')?.[0] ?? '';
  for (const who of [{ cookie }, {}] as Record<string, string>[]) {
    const form = new FormData();
    form.set('id', String(id));
    form.set('status', 'DELETED');
    form.set('back', '/admin/articles');
    await request.post('/admin/articles', {
      headers: { 'Next-Action': actionId, ...who },
      multipart: form,
      maxRedirects: 0,
    });
    const [row] = await sql<{ status: string }>(`SELECT status FROM articles WHERE id = $1`, [id]);
    expect(row?.status, JSON.stringify(who)).toBe('PUBLISHED');
  }
});

test('the revalidation endpoint refuses requests without the secret and cross-site requests with it', async ({
  request,
}) => {
  const secret = readFileSync('.data/e2e/revalidate-secret', 'utf8').trim();
  const body = { tags: ['content'] };
  expect((await request.post('/api/revalidate', { data: body })).status()).toBe(401);
  expect(
    (
      await request.post('/api/revalidate', {
        data: body,
        headers: { authorization: 'Bearer wrong' },
      })
    ).status(),
  ).toBe(401);
  const crossSite = await request.post('/api/revalidate', {
    data: body,
    headers: {
      authorization: `Bearer ${secret}`,
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    },
  });
  expect(crossSite.status()).toBe(403);
  expect(
    (
      await request.post('/api/revalidate', {
        data: body,
        headers: { authorization: `Bearer ${secret}` },
      })
    ).status(),
  ).toBe(200);
});
