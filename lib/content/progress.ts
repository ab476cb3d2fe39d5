import { Presets, SingleBar } from 'cli-progress';

/**
 * Import progress for people: a bar with rate and ETA on a terminal, a plain line every few seconds
 * otherwise (CI logs, pipes), nothing when output is machine-readable.
 */
export function createProgress(mode: 'auto' | 'off'): {
  update: (progress: { done: number; total: number }) => void;
  stop: () => void;
} {
  if (mode === 'off') return { update: () => undefined, stop: () => undefined };
  const started = Date.now();
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: '{bar} {percentage}% | {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
        stream: process.stderr,
        etaBuffer: 20,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    let begun = false;
    return {
      update: ({ done, total }) => {
        if (!begun) {
          bar.start(total, 0, { rate: '0' });
          begun = true;
        }
        bar.update(done, { rate: rate(done, started) });
      },
      stop: () => begun && bar.stop(),
    };
  }
  let lastLine = 0;
  return {
    update: ({ done, total }) => {
      if (Date.now() - lastLine < 5000 && done < total) return;
      lastLine = Date.now();
      console.error(`import: ${done}/${total} files (${rate(done, started)} files/s)`);
    },
    stop: () => undefined,
  };
}

function rate(done: number, started: number): string {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? Math.round(done / seconds).toString() : '0';
}
