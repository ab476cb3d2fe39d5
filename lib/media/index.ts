import path from 'node:path';
import { env } from '../env';
import { LocalMediaStore, type MediaStore } from './store';

let store: MediaStore | null = null;

/** The portal's media store: files under `<PORTAL_DATA_DIR>/media`. */
export function mediaStore(): MediaStore {
  store ??= new LocalMediaStore(path.resolve(env.PORTAL_DATA_DIR, 'media'));
  return store;
}
