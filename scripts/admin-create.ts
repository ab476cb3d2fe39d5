/**
 * `npm run admin:create -- --email <email> --role <admin|editor|writer> [--password-stdin]`
 * Creates an account in the database `npm start` uses and prints its generated password, or
 * takes the password from standard input (for scripts).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { env } from '../lib/env';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});
const input = z
  .object({ email: z.email(), role: z.enum(['admin', 'editor', 'writer']) })
  .safeParse({ email: values.email, role: values.role?.toLowerCase() });
if (!input.success) {
  console.error(
    'usage: npm run admin:create -- --email <email> --role <admin|editor|writer> [--password-stdin]',
  );
  process.exit(2);
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

const password = values['password-stdin'] ? await readStdin() : undefined;
const database = await ensureDatabase({ dataDir: env.PORTAL_DATA_DIR, port: env.EMBEDDED_PG_PORT });
process.env.DATABASE_URL = database.url;
let code = 0;
try {
  await migrate(database.url);
  const { createAccount } = await import('../lib/auth/accounts');
  const role = input.data.role.toUpperCase() as 'ADMIN' | 'EDITOR' | 'WRITER';
  const result = await createAccount(input.data.email, role, password);
  if ('error' in result) {
    console.error(`not created: ${result.error}`);
    code = 1;
  } else {
    console.log(`created ${result.user.email} (${input.data.role})`);
    if (!password) console.log(`password: ${result.password} (to be changed at first sign-in)`);
  }
  const { db } = await import('../lib/db/client');
  await db.$disconnect();
} catch (error) {
  console.error(`not created: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
