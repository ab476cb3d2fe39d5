// Runs once when a Next.js server process starts: begins scheduled publishing (lib/scheduler.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  if (!process.env.DATABASE_URL) return;
  const { startScheduler } = await import('./lib/scheduler');
  startScheduler(Number(process.env.PORT ?? 3000), process.env.REVALIDATE_SECRET);
}
