import { expect, test } from '@playwright/test';
import { renderBody } from '../lib/content/render';
import { readXssVectors } from '../test/support/xss-vectors';

// Every OWASP filter-evasion vector, sanitised exactly as an imported body is, rendered in a real
// browser with every element hovered, focused and clicked: none may run script or navigate.
const vectors = readXssVectors();

test('no sanitised XSS vector executes in Chromium', async ({ page }) => {
  const fired: string[] = [];
  page.on('dialog', async (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('popup', (popup) => fired.push(`popup: ${popup.url()}`));
  await page.exposeFunction('reportXss', (what: string) => fired.push(what));
  await page.addInitScript(() => {
    const report = (name: string) => () =>
      (window as unknown as { reportXss: (w: string) => void }).reportXss(name);
    window.alert = report('alert');
    window.confirm = report('confirm') as () => boolean;
    window.prompt = report('prompt') as () => string;
    window.print = report('print');
  });
  // Nothing outside this page may be fetched (vectors point at xss.rocks and the like).
  await page.route(/^https?:\/\//, (route) => {
    fired.push(`request: ${route.request().url()}`);
    return route.abort();
  });

  const bodies = vectors.map((vector) => renderBody(vector).html);
  await page.setContent(
    `<!doctype html><html><body>${bodies.map((html, i) => `<section data-vector="${i}">${html}</section>`).join('\n')}</body></html>`,
  );

  // Trigger every event handler a vector might have smuggled in, and follow no link.
  await page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'toggle', 'load', 'error']) {
        element.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
      }
    }
  });
  await page.waitForTimeout(500);

  // Links and images may only use http(s)/mailto, or be relative (a path or a #fragment).
  const unsafeLinks = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href], img[src]'))
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((url) => /^[^/?#]*:/.test(url.trim()) && !/^(https?|mailto):/i.test(url.trim())),
  );
  const elementsWithHandlers = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('body *')).filter((el) =>
        Array.from(el.attributes).some((attr) => /^on/i.test(attr.name) || attr.name === 'style'),
      ).length,
  );

  // Images may try to load from their (http) hosts; the route above aborts them. Nothing else may happen.
  expect(fired.filter((event) => !event.startsWith('request: '))).toEqual([]);
  expect(unsafeLinks).toEqual([]);
  expect(elementsWithHandlers).toBe(0);
  expect(
    await page
      .locator('script, iframe, object, embed, form, style, link, meta, base, svg, math')
      .count(),
  ).toBe(0);
});

test('the unsanitised vectors would fire: the harness can see an attack', async ({ page }) => {
  const fired: string[] = [];
  page.on('dialog', async (dialog) => {
    fired.push(dialog.message());
    await dialog.dismiss();
  });
  await page.route(/^https?:\/\//, (route) => route.abort());
  await page.setContent(
    `<!doctype html><body><img src=x onerror="alert('XSS')"><svg/onload=alert('XSS')></body>`,
  );
  await page.waitForTimeout(300);
  expect(fired.length).toBeGreaterThan(0);
});
