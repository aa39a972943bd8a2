import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  update(value: number, label?: string): void;
  stop(): void;
}

const silent: Progress = { start() {}, update() {}, stop() {} };

/** A progress bar on stderr, only for a person at a terminal (never in CI or with --quiet). */
export function createProgress(quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY || process.env.CI === 'true' || process.env.CI === '1') return silent;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ' {bar} {value}/{total} {label}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, label) => bar.start(total, 0, { label }),
    update: (value, label) => bar.update(value, label === undefined ? {} : { label }),
    stop: () => bar.stop(),
  };
}
