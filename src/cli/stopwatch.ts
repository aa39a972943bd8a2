/** Wall time of each named phase of a command, for `--timings` and the benchmark. */
export class Stopwatch {
  private readonly laps: [string, number][] = [];
  private last = performance.now();

  constructor(private readonly enabled: boolean) {}

  lap(phase: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    this.laps.push([phase, now - this.last]);
    this.last = now;
  }

  /** Adds phases measured elsewhere (the pipeline's own stage timings) in place of one lap. */
  replace(phase: string, parts: Record<string, number>): void {
    if (!this.enabled) return;
    const at = this.laps.findIndex(([p]) => p === phase);
    if (at < 0) return;
    const entries = Object.entries(parts);
    const rest = this.laps[at]![1] - entries.reduce((s, [, ms]) => s + ms, 0);
    this.laps.splice(at, 1, ...entries, ...(rest > 1 ? [[`${phase} (other)`, rest] as [string, number]] : []));
  }

  /** `timings: ingest 812 ms · features 301 ms · … · total 5210 ms` */
  format(): string {
    const total = this.laps.reduce((s, [, ms]) => s + ms, 0);
    return `timings: ${[...this.laps, ['total', total] as [string, number]].map(([p, ms]) => `${p} ${Math.round(ms)} ms`).join(' · ')}\n`;
  }
}
