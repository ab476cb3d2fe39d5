import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCHEMAS = path.resolve(import.meta.dirname, '../fixtures/schemas');

/**
 * Validates XML with `xmllint --schema` against the sitemaps.org schemas (the urlset schema imports
 * the Google News extension, so news sitemaps validate strictly). Returns xmllint's complaints, or
 * an empty string when the document is valid.
 */
export function validateSitemapXml(xml: string, schema: 'sitemap.xsd' | 'siteindex.xsd'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitemap-')), 'doc.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, schema), file], {
    encoding: 'utf8',
  });
  if (result.error)
    throw new Error(
      `xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`,
    );
  return result.status === 0 ? '' : result.stderr;
}
