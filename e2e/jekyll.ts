import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodePath } from '../lib/jekyll';

/**
 * The old site's generator as a test oracle: builds post folders with Jekyll (Debian's `jekyll`
 * 4.3) under the old site's settings and reports every address it wrote and the file behind it.
 */

/** One file Jekyll wrote: its URL as Jekyll linked it (percent-encoded) and the file it came from. */
export interface JekyllOutput {
  url: string;
  /** Relative to the site: `_posts/…`, `old_post/…`, `category/…`. */
  source: string;
  kind: 'post' | 'page' | 'static';
}

export interface JekyllBuild {
  outputs: JekyllOutput[];
  /** Files Jekyll could not read, left out of the build (it aborts, or dates them by the clock). */
  excluded: string[];
  /** Absolute path of each fixture file in the built site, by its path relative to the site. */
  files: Map<string, string>;
  /** Files Jekyll wrote that no output accounts for (should be none). */
  unaccounted: string[];
  /** Removes the temporary site. */
  remove: () => void;
}

const FOLDERS = ['_posts', 'old_post', 'category'];

// Lists what Jekyll built, from Jekyll itself: posts and pages (old_post/, category/). Static
// copies (archived files without front matter) are the files written under their own names.
const INDEX = 'oracle-index.txt';
const INDEX_PAGE = `---
layout: null
permalink: /${INDEX}
---
{% for p in site.posts %}post\t{{ p.url }}\t{{ p.path }}
{% endfor %}{% for p in site.pages %}{% unless p.url == "/${INDEX}" %}page\t{{ p.url }}\t{{ p.path }}
{% endunless %}{% endfor %}`;

export function jekyllInstalled(): boolean {
  return spawnSync('jekyll', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Builds the posts, archive pages and category pages of `roots` (Jekyll site roots) as the old site
 * did: `timezone: Asia/Shanghai`, `safe: true`, a one-line `post` layout. Jekyll stops at a post it
 * cannot parse (an impossible date), or builds it from nothing (bad YAML: no title, no category,
 * today's date), so such files are set aside and the rest rebuilt.
 */
export function buildWithJekyll(roots: string[]): JekyllBuild {
  const site = mkdtempSync(path.join(tmpdir(), 'jekyll-oracle-'));
  const files = new Map<string, string>();
  for (const root of roots) {
    for (const folder of FOLDERS) {
      const from = path.join(root, folder);
      if (!existsSync(from)) continue;
      mkdirSync(path.join(site, folder), { recursive: true });
      for (const name of readdirSync(from)) {
        cpSync(path.join(from, name), path.join(site, folder, name));
        files.set(`${folder}/${name}`, path.resolve(from, name));
      }
    }
  }
  writeFileSync(path.join(site, '_config.yml'), 'timezone: Asia/Shanghai\nsafe: true\n');
  mkdirSync(path.join(site, '_layouts'));
  writeFileSync(path.join(site, '_layouts', 'post.html'), '{{ content }}\n');
  writeFileSync(path.join(site, INDEX), INDEX_PAGE);

  const excluded: string[] = [];
  for (let attempt = 0; ; attempt += 1) {
    const run = spawnSync('jekyll', ['build', '--source', site, '--destination', `${site}/_site`], {
      encoding: 'utf8',
      // Ruby reads Chinese file names only with a UTF-8 locale.
      env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', JEKYLL_ENV: 'production' },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    const unreadable = [
      ...output.matchAll(/could not read file (.+?): /g),
      ...output.matchAll(/YAML Exception reading (.+?): /g),
      ...output.matchAll(/Document '(.+?)' does not have a valid date/g),
    ].map((match) => path.relative(site, path.resolve(site, match[1] ?? '')));
    const bad = [...new Set(unreadable)].filter((file) => existsSync(path.join(site, file)));
    if (bad.length === 0) {
      if (run.status !== 0) throw new Error(`jekyll build failed:\n${output}`);
      break;
    }
    if (attempt > 20) throw new Error(`jekyll keeps failing:\n${output}`);
    for (const file of bad) {
      rmSync(path.join(site, file));
      excluded.push(file);
    }
  }

  const index = readFileSync(path.join(site, '_site', INDEX), 'utf8');
  const outputs: JekyllOutput[] = index
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [kind, url, source] = line.split('\t');
      return {
        kind: kind as JekyllOutput['kind'],
        url: url ?? '',
        source: (source ?? '').replace(/^\//, ''),
      };
    })
    .filter((output) => FOLDERS.includes(output.source.split('/')[0] ?? ''));
  const addressed = new Set(outputs.map((output) => decodeURIComponent(output.url)));
  const unaccounted: string[] = [];
  for (const file of listFiles(path.join(site, '_site'))) {
    if (file === INDEX || addressed.has(`/${file}`)) continue;
    if (files.has(file))
      outputs.push({ kind: 'static', url: encodePath(`/${file}`), source: file });
    else unaccounted.push(file);
  }
  return {
    outputs,
    excluded,
    files,
    unaccounted,
    remove: () => rmSync(site, { recursive: true, force: true }),
  };
}

function listFiles(directory: string, prefix = ''): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(directory, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}
