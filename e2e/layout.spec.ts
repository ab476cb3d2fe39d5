import { expect, test } from '@playwright/test';

// The portal is read mostly on phones: no page may scroll sideways, and the screenshots are kept
// (test-results/) for a person to look at.
const pages = [
  ['home', '/'],
  ['source', '/category/emnews'],
  ['article', '/emnews/2021/12/08/202112082206768417.html'],
  ['article-seed', '/shamenwanbao/2021/12/21/NW202112212221212333.html'],
] as const;

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const [name, path] of pages) {
      test(`${name} fits the screen`, async ({ page }, testInfo) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: testInfo.outputPath(`${viewport.name}-${name}.png`),
          fullPage: true,
        });
      });
    }
  });
}
