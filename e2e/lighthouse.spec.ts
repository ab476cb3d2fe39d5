import { existsSync } from 'node:fs';
import { chromium, expect, test } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './browser';

// Lighthouse (12.x, pinned: 13 needs Node 22) audits SEO on the three kinds of reader page, in its
// default mobile emulation, against the production build the suite runs.
const pages = ['/', '/category/shamenwanbao', '/shamenwanbao/2021/12/21/NW202112212221212333.html'];

function chromePath(): string {
  const bundled = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  return bundled && existsSync(bundled) ? bundled : '/usr/bin/chromium';
}

test('Lighthouse scores 100 for SEO on the home, a source and an article page', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const chrome = await launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    for (const path of pages) {
      const result = await lighthouse(`${baseURL}${path}`, {
        port: chrome.port,
        onlyCategories: ['seo'],
        output: 'json',
        logLevel: 'error',
      });
      const seo = result?.lhr.categories.seo;
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            seo?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
        )
        .map((audit) => `${audit.id}: ${audit.title}`);
      expect(failing, path).toEqual([]);
      expect(seo?.score, path).toBe(1);
    }
  } finally {
    chrome.kill();
  }
});
