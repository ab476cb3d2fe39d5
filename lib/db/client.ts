import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { env, readDatabaseUrl } from '../env';

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: readDatabaseUrl(), max: 10 });
  return new PrismaClient({ adapter });
}

// One client per process; kept on globalThis so dev-mode hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
