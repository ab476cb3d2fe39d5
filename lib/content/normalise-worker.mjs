// A worker thread of the import pool (lib/content/worker-pool.ts): parses and normalises posts.
// Workers start without the parent's TypeScript loader, so tsx is registered here.
import { register } from 'tsx/esm/api';

register();
const { normalisePost } = await import('./normalise.ts');

/** @param {{ path: string, text: string, hash: string }[]} files */
export default function normaliseBatch(files) {
  return files.map((file) => {
    const result = normalisePost(file.path, file.text, file.hash);
    // The caller has the text already: do not copy it back across threads.
    if (result.ok) result.post.rawSource = '';
    return result;
  });
}
