import { z } from 'zod';

const databaseUrl = z.url({ protocol: /^postgres(ql)?$/ });

// Validated once, when the app builds or a script starts (create-t3-app style), so a typo in the
// environment fails loudly instead of surfacing as a broken page.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: databaseUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public origin used for canonical URLs, sitemaps and feeds. */
  SITE_URL: z.url().optional(),
  NEXT_DIST_DIR: z.string().min(1).default('.next'),
  /** Where the embedded database and other local state live (git-ignored). */
  PORTAL_DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** V8 old-generation cap for the production server: it then collects garbage as it goes. */
  SERVER_HEAP_MB: z.coerce.number().int().min(128).max(16384).default(256),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

function parseEnv() {
  // An empty variable (`DATABASE_URL= npm start`) means unset, as in most tools.
  const present = Object.fromEntries(
    Object.entries(process.env).filter(([, value]) => value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  const siteUrl = (parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(
    /\/+$/,
    '',
  );
  return { ...parsed.data, SITE_URL: siteUrl };
}

export const env = parseEnv();
export type Env = typeof env;

/**
 * DATABASE_URL is read when the first query needs it, not at import: with it unset, the scripts start
 * an embedded PostgreSQL and set it only once that server is up.
 */
export function readDatabaseUrl(): string {
  const value = process.env.DATABASE_URL;
  if (!value) {
    throw new Error(
      'DATABASE_URL is not set. Start the portal with `npm start` (which runs an embedded PostgreSQL) or set DATABASE_URL.',
    );
  }
  const parsed = databaseUrl.safeParse(value);
  if (!parsed.success) throw new Error('DATABASE_URL is not a postgresql:// URL.');
  return parsed.data;
}
