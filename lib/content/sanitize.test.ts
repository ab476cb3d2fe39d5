import { describe, expect, it } from 'vitest';
import { sanitizeBody } from './sanitize';

describe('sanitizeBody', () => {
  it('keeps structure, text, links and images', () => {
    expect(sanitizeBody('<p>a <strong>b</strong> <a href="https://x.test/">c</a></p>')).toBe(
      '<p>a <strong>b</strong> <a href="https://x.test/" rel="nofollow noopener noreferrer ugc" target="_blank">c</a></p>',
    );
  });

  it('keeps external images working: https for protocol-relative, no Referer, lazy', () => {
    const html = sanitizeBody('<img src="//img.test/a.jpg" alt="Image" width="552" style="border:1px" onerror="x()">');
    expect(html).toBe('<img src="https://img.test/a.jpg" alt="" width="552" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });

  it('unwraps tracking spans and drops hidden spacers and comments', () => {
    const html = sanitizeBody(
      '<p style="display:none;height:1px;"><br /></p><!-- EM_StockImg_Start --><p><span id="stock_1" web="1" href="http://q">蔚来</span>汽车</p>',
    );
    expect(html).toBe('<p>蔚来汽车</p>');
  });

  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<p onclick="alert(1)">ok</p>', '<p>ok</p>'],
    ['<a href="javascript:alert(1)">x</a>', 'x'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'x'],
    ['<img src="data:image/png;base64,AAAA">', ''],
    ['<iframe src="https://evil.test">fallback</iframe>', ''],
    ['<form action="/x"><input name="a"></form>', ''],
    ['<object data="x.swf"></object><embed src="x.swf">', ''],
    ['<style>body{display:none}</style><p style="background:url(javascript:x)">a</p>', '<p>a</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
  ])('neutralises %s', (input, expected) => {
    expect(sanitizeBody(input)).toBe(expected);
  });

  it('turns <center> into a plain div and h1 into h2', () => {
    expect(sanitizeBody('<center><img src="https://i.test/a.jpg"></center><h1>T</h1>')).toMatch(
      /^<div><img src="https:\/\/i.test\/a.jpg"[^>]*><\/div><h2>T<\/h2>$/,
    );
  });

  it('repairs broken nesting the way a browser would', () => {
    expect(sanitizeBody('<p>a<center>b</center>c')).toBe('<p>a</p><div>b</div>c');
  });
});
