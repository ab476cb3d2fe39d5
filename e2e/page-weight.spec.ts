import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { READER_PAGES } from './reader-pages';

/**
 * What a reader's phone downloads: the JavaScript of each reader page (gzipped), and how much of
 * the HTML is the framework's embedded payload. Budget: React DOM and Next's App Router runtime
 * come to about 132 KB gzipped on every page, whatever the page does (measured: the portal's own
 * islands — reader settings, live notice, latest column, copy button, source filter — are one
 * chunk of about 3 KB); 140 KB leaves the islands 8 KB, so a heavy dependency pulled into a
 * client component fails here. The 简/繁 dictionaries load only when a reader asks for 繁體.
 */
const JS_BUDGET_GZIP = 140 * 1024;

test.describe.configure({ mode: 'serial' });
const rows: string[] = [];

for (const [name, path] of READER_PAGES) {
  test(`${name} ships at most ${JS_BUDGET_GZIP / 1024} KB of gzipped JavaScript`, async ({
    page,
  }) => {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), gzipSync(body).length);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const html = await (await page.request.get(path)).text();
    const payload = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
      .map((m) => m[1]?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    rows.push(
      `${name.padEnd(12)} JS ${(total / 1024).toFixed(1).padStart(6)} KB gz in ${scripts.size} files; ` +
        `HTML ${(gzipSync(html).length / 1024).toFixed(1)} KB gz, payload ${Math.round((100 * payload) / html.length)}% of it`,
    );
    expect(total).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });
}

test.afterAll(() => {
  console.log(`\nReader page weight:\n${rows.join('\n')}`);
});
