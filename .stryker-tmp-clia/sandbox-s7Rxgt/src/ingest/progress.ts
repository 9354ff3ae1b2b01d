/**
 * The ingest progress line (articles/s and ETA) on a terminal; silent when stderr is piped, so
 * logs and CI output stay clean.
 */
// @ts-nocheck

export class Progress {
  private last = 0;
  private readonly started = Date.now();
  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly enabled = !!process.stderr.isTTY,
  ) {}

  total: number | null = null;

  update(done: number, extra = '', force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    let line = `${done}`;
    if (this.total) {
      const frac = Math.min(1, done / this.total);
      const w = 24;
      const fill = Math.round(frac * w);
      const eta = rate > 0 ? Math.max(0, (this.total - done) / rate) : 0;
      line = `[${'#'.repeat(fill)}${'-'.repeat(w - fill)}] ${done}/${this.total} ${(frac * 100).toFixed(0)}%  ETA ${fmt(eta)}`;
    }
    this.out.write(`\r\x1b[K${line}  ${rate.toFixed(1)} articles/s${extra ? '  ' + extra : ''}`);
  }

  done(): void {
    if (this.enabled) this.out.write('\r\x1b[K');
  }
}

function fmt(s: number): string {
  const m = Math.floor(s / 60);
  const r = Math.round(s % 60);
  return `${m}:${String(r).padStart(2, '0')}`;
}
