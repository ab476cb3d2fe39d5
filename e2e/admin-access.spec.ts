import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { actionIds, callAction, createAccount, sql } from './support';

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
  '/admin/account': { rule: 'WRITER', secret: '修改密码' },
  '/admin/articles': { rule: 'WRITER', secret: '筛选' },
  '/admin/articles/new': { rule: 'WRITER', secret: '正文（Markdown 或 HTML）' },
  '/admin/articles/undated': { rule: 'EDITOR', secret: '一步发布' },
  '/admin/media': { rule: 'WRITER', secret: '上传图片（JPEG' },
  // Writers: only their own drafts (a test below shows someone else's article is a 404 to them).
  '/admin/articles/[id]': { rule: 'WRITER', secret: '修订记录' },
  '/admin/sources': { rule: 'EDITOR', secret: '并入来源' },
  '/admin/tags': { rule: 'EDITOR', secret: '改成一个已有的标签名' },
  '/admin/import': { rule: 'EDITOR', secret: '导入文章' },
  '/admin/users': { rule: 'ADMIN', secret: '新建账号' },
  '/admin/audit': { rule: 'ADMIN', secret: '未登录者或系统' },
};
const ACTIONS: Record<string, Rule> = {
  'app/admin/login/actions.ts#login': 'public',
  'app/admin/actions.ts#logout': 'public',
  'app/admin/account/actions.ts#changePasswordAction': 'WRITER',
  'app/admin/account/actions.ts#changeDisplayNameAction': 'WRITER',
  'app/admin/articles/actions.ts#changeArticleStatus': 'EDITOR',
  'app/admin/articles/actions.ts#withdrawSubmission': 'WRITER',
  'app/admin/articles/actions.ts#datePublishAction': 'EDITOR',
  'app/admin/articles/preview.ts#previewArticle': 'WRITER',
  'app/admin/articles/new/actions.ts#createArticleAction': 'WRITER',
  'app/admin/articles/[id]/actions.ts#editArticle': 'WRITER',
  'app/admin/articles/[id]/actions.ts#restoreRevision': 'WRITER',
  'app/admin/articles/[id]/actions.ts#autosaveArticle': 'WRITER',
  'app/admin/articles/[id]/actions.ts#discardAutosave': 'WRITER',
  'app/admin/media/actions.ts#updateMediaAltAction': 'WRITER',
  'app/admin/media/actions.ts#deleteMediaAction': 'EDITOR',
  'app/admin/sources/actions.ts#updateSourceAction': 'EDITOR',
  'app/admin/sources/actions.ts#mergeSourcesAction': 'EDITOR',
  'app/admin/sources/actions.ts#setNavPositionAction': 'EDITOR',
  'app/admin/tags/actions.ts#renameTagAction': 'EDITOR',
  'app/admin/tags/actions.ts#deleteTagAction': 'EDITOR',
  'app/admin/users/actions.ts#createUserAction': 'ADMIN',
  'app/admin/users/actions.ts#changeUserAction': 'ADMIN',
  'app/admin/users/actions.ts#resetPasswordAction': 'ADMIN',
  'app/admin/users/actions.ts#renameUserAction': 'ADMIN',
};
const ROUTE_HANDLERS: Record<string, 'public-read' | 'secret'> = {
  '/api/revalidate': 'secret',
};
// Admin route handlers (uploads, type-ahead): each checks the session itself and answers 401.
const ADMIN_ROUTES: Record<string, { method: 'GET' | 'POST'; rule: Rule }> = {
  '/admin/import/upload': { method: 'POST', rule: 'EDITOR' },
  '/admin/sources/lookup': { method: 'GET', rule: 'WRITER' },
  '/admin/media/upload': { method: 'POST', rule: 'WRITER' },
  '/admin/media/list': { method: 'GET', rule: 'WRITER' },
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
  const adminRoutes = appPaths
    .filter((p) => p.endsWith('/route') && p.startsWith('/admin/'))
    .map((p) => p.replace(/\/route$/, ''));
  expect(adminRoutes.sort()).toEqual(Object.keys(ADMIN_ROUTES).sort());
});

test('admin route handlers refuse anonymous and under-privileged callers', async ({
  page,
  request,
}) => {
  const writer = await sessionCookie(page, 'e2e-route-writer@example.com', 'writer');
  for (const [route, { method, rule }] of Object.entries(ADMIN_ROUTES)) {
    const url = method === 'GET' ? `${route}?q=a` : route;
    for (const headers of BYPASS_HEADERS) {
      const callers: [string, Record<string, string>][] = [['anonymous', {}]];
      if (RANK[rule] > RANK.WRITER) callers.push(['writer', { cookie: writer }]);
      for (const [who, cookie] of callers) {
        const response = await request.fetch(url, {
          method,
          headers: { ...headers, ...cookie },
          maxRedirects: 0,
        });
        const label = `${route} ${who} ${JSON.stringify(headers)}`;
        // 401 from the handler itself; RSC requests may get Next's own redirect instead.
        expect(headers.RSC ? [401, 307] : [401], label).toContain(response.status());
        expect(await response.text(), label).not.toMatch(/"(sources|media)":\[\{|"report":\{/);
      }
    }
  }
});

test('admin pages refuse anonymous readers, also as RSC and with a middleware-subrequest header', async ({
  request,
}) => {
  test.slow();
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

const RANK: Record<Rule, number> = { public: 0, WRITER: 1, EDITOR: 2, ADMIN: 3 };

test('writers and editors cannot open the pages above their role, however they ask', async ({
  page,
  request,
}) => {
  // Every page × five ways of asking × two roles: slow on a shared 2-core machine.
  test.slow();
  for (const role of ['writer', 'editor'] as const) {
    const cookie = await sessionCookie(page, `e2e-access-${role}@example.com`, role);
    const rank = RANK[role.toUpperCase() as Rule];
    for (const [pagePath, { rule, secret }] of Object.entries(ADMIN_PAGES)) {
      if (RANK[rule] <= rank) continue;
      for (const headers of BYPASS_HEADERS) {
        for (const url of [pagePath, `${pagePath}?_rsc=probe`]) {
          const response = await request.get(url, {
            headers: { ...headers, cookie },
            maxRedirects: 0,
          });
          expect(await response.text(), `${role} ${url} ${JSON.stringify(headers)}`).not.toContain(
            secret,
          );
        }
      }
    }
    await page.context().clearCookies();
  }
});

test('every server action refuses anonymous and under-privileged callers before doing anything', async ({
  page,
  request,
}) => {
  // Hundreds of requests: on a shared 2-core machine this can pass the default 30 s.
  test.slow();
  const ids = actionIds();
  const writer = await sessionCookie(page, 'e2e-action-writer@example.com', 'writer');
  await page.context().clearCookies();
  const editor = await sessionCookie(page, 'e2e-action-editor@example.com', 'editor');

  // A control: the same encoding reaches a permitted action and runs it.
  const preview = await callAction(
    request,
    ids.get('previewArticle') ?? '',
    ['**粗体**'],
    {},
    {
      cookie: editor,
    },
  );
  expect(preview.body).toContain('<strong>粗体</strong>');

  for (const [reference, rule] of Object.entries(ACTIONS)) {
    if (rule === 'public') continue;
    const id = ids.get(reference.split('#')[1] ?? '') ?? '';
    for (const headers of BYPASS_HEADERS.slice(0, 1).concat(BYPASS_HEADERS.slice(3))) {
      const anonymous = await callAction(request, id, ['$K1'], { id: '1' }, headers);
      expect(anonymous.redirect, `${reference} anonymous ${JSON.stringify(headers)}`).toMatch(
        /^\/admin\/login/,
      );
      for (const [role, cookie] of [
        ['WRITER', writer],
        ['EDITOR', editor],
      ] as const) {
        if (RANK[rule] <= RANK[role]) continue;
        const refused = await callAction(request, id, ['$K1'], { id: '1' }, { ...headers, cookie });
        expect(refused.redirect, `${reference} ${role} ${JSON.stringify(headers)}`).toMatch(
          /^\/admin\?notice=denied/,
        );
      }
    }
  }

  // And a refused call changes nothing: a writer's (or a stranger's) delete leaves the article be.
  const [article] = await sql<{ id: number }>(
    `SELECT id FROM articles WHERE info_code = 'NW202112212221212333'`,
  );
  for (const who of [{ cookie: writer }, {}] as Record<string, string>[]) {
    await callAction(
      request,
      ids.get('changeArticleStatus') ?? '',
      ['$K1'],
      { id: String(article?.id), status: 'DELETED', back: '/admin/articles' },
      who,
    );
    const [row] = await sql<{ status: string }>(`SELECT status FROM articles WHERE id = $1`, [
      article?.id,
    ]);
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
