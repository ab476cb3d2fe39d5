import { defineConfig } from 'prisma/config';

// Prisma 7 keeps the connection URL here rather than in schema.prisma. The URL is only
// needed by CLI commands that talk to a database (`prisma migrate deploy` where its engine
// can be downloaded); `prisma generate` works without one.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
