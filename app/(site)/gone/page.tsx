import { GoneMessage, goneMetadata } from '@/components/status-message';

// Shown (with status 410, by proxy.ts) at the addresses of an article an editor unpublished or
// deleted whose source is not known; gone/[source] links to the source as well.
export const dynamic = 'force-static';
export const metadata = goneMetadata;

export default function GonePage() {
  return <GoneMessage />;
}
