/**
 * A progress bar on a terminal (stderr), never in pipes or CI logs: the bar redraws in place and
 * disappears when done.
 */
export class Progress {
  private done = 0;
  private readonly enabled: boolean;
  private last = 0;

  constructor(
    private readonly total: number,
    stream: NodeJS.WriteStream = process.stderr,
    private readonly out: NodeJS.WriteStream = stream,
  ) {
    this.enabled = !!stream.isTTY && !process.env.CI && total > 1;
  }

  tick(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 50 && this.done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const cols = this.out.columns ?? 100;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.done}/${this.total} ${label}`;
    this.out.write(`\r${line.slice(0, cols - 1).padEnd(cols - 1)}`);
  }

  finish(): void {
    if (this.enabled) this.out.write(`\r${' '.repeat((this.out.columns ?? 100) - 1)}\r`);
  }
}
