import 'server-only';
import { createHash } from 'node:crypto';
import { READER_PREFERENCES_SCRIPT } from './reader-preferences';

/**
 * Every inline script the app writes itself, each a constant string, with the CSP source that
 * allows it (`script-src 'sha256-…'`): for the Content-Security-Policy header.
 */
export const INLINE_SCRIPT_HASHES: readonly string[] = [READER_PREFERENCES_SCRIPT].map(
  (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
);
