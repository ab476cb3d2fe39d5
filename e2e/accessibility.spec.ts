import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { READER_PAGES, VIEWPORTS } from './reader-pages';

// axe-core over every kind of reader page, on a phone and a desktop, light and dark: no violation
// of any impact (serious or minor alike), WCAG 2.2 AA and best practices.
for (const viewport of VIEWPORTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.name}, ${scheme}`, () => {
      test.use({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: scheme,
      });
      for (const [name, path] of READER_PAGES) {
        test(`${name} has no accessibility violations`, async ({ page }) => {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          const found = results.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
          }));
          expect(found).toEqual([]);
        });
      }
    });
  }
}

test('a keyboard reader can skip to the content, and sees where the focus is', async ({ page }) => {
  await page.goto('/category/emnews');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The header's search box keeps a visible outline when focused.
  await page.getByRole('searchbox', { name: '搜索新闻' }).focus();
  const outline = await page
    .getByRole('searchbox', { name: '搜索新闻' })
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  // The navigation marks the current section.
  const nav = page.getByRole('navigation', { name: '新闻来源' });
  await expect(nav.getByRole('link', { name: '东财滚动' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/emnews/2021/12/08/202112082206768417.html');
  await expect(nav.getByRole('link', { name: '东财滚动' })).toHaveAttribute('aria-current', 'true');
});

test('tap targets on a phone are at least 24 px high', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [, path] of READER_PAGES) {
    await page.goto(path);
    const small = await page
      .locator('main a, main button, header a, header button, header summary')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => {
            const box = node.getBoundingClientRect();
            // Links inside an article's running text are exempt (WCAG 2.5.8, inline).
            const inText = node.closest('.article-body');
            return box.width > 0 && box.height > 0 && box.height < 24 && !inText;
          })
          .map((node) => `${node.tagName} ${node.textContent?.trim().slice(0, 20)}`),
      );
    expect(small, path).toEqual([]);
  }
});
