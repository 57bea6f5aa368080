/** A small progress bar for long commands: redraws in place on a terminal, prints steps otherwise. */
export class Progress {
  private lastPrinted = -1;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly write: (line: string) => void = (line) => process.stdout.write(line),
    private readonly tty = !!process.stdout.isTTY,
  ) {}

  update(done: number): void {
    const percent = this.total === 0 ? 100 : Math.floor((done / this.total) * 100);
    if (this.tty) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      this.write(
        `\r  ${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% (${done}/${this.total})`,
      );
    } else if (percent >= this.lastPrinted + 25 || done === this.total) {
      this.write(`  ${this.label}: ${percent}% (${done}/${this.total})\n`);
    } else {
      return;
    }
    this.lastPrinted = percent;
  }

  finish(): void {
    if (this.tty) this.write('\n');
    this.write(`  ${this.label}: done in ${((Date.now() - this.started) / 1000).toFixed(1)} s\n`);
  }
}
