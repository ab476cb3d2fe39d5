// Generates the Prisma client into lib/generated/prisma.
// Every Prisma 7 CLI command first checks that its native schema engine is present and
// tries to download it when it is not. `generate` never runs that engine, so where no
// engine can be downloaded (an offline machine) we point the check at /bin/false.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync('/bin/false')) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = '/bin/false';
}
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
