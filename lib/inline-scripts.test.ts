import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_HASHES } from './inline-scripts';
import { READER_PREFERENCES_SCRIPT } from './reader-preferences';

describe('inline scripts', () => {
  it('are constant strings a CSP allows by their SHA-256', () => {
    const hash = createHash('sha256').update(READER_PREFERENCES_SCRIPT).digest('base64');
    expect(INLINE_SCRIPT_HASHES).toEqual([`'sha256-${hash}'`]);
    // No template holes left in it, no event-handler attributes, no javascript: URLs.
    expect(READER_PREFERENCES_SCRIPT).not.toMatch(/\$\{|javascript:|\son\w+=/);
  });
});
