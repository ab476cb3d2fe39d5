import autocannon from 'autocannon';

/**
 * The load generator, run as its own process by scripts/bench.ts: reads {origin, paths,
 * connections, duration} on stdin, requests the paths round-robin (each once, in order, when there
 * are many: the cold-article run), prints {requests (per second), p50, p99, errors} as JSON.
 */
const input = JSON.parse(
  await new Promise<string>((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk) => (text += chunk));
    process.stdin.on('end', () => resolve(text));
  }),
) as { origin: string; paths: string[]; connections: number; duration: number };

// With many paths (cold articles) the run is shorter than the list, so no path repeats.
let next = 0;
const result = await autocannon({
  url: input.origin,
  connections: input.connections,
  duration: input.duration,
  // Redirects are answers too (the share URL is a 301): count them as successes, do not follow.
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => ({
        ...request,
        path: input.paths[next++ % input.paths.length] ?? '/',
      }),
    },
  ],
});
const errors =
  result.errors + result.timeouts + result.non2xx - (result.statusCodeStats?.['301']?.count ?? 0);
console.log(
  JSON.stringify({
    requests: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: Math.max(0, errors),
  }),
);
