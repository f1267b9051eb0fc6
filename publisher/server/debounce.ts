/**
 * Runs `task` once things have been quiet for `delayMs`. Calls that arrive while it runs are
 * coalesced into exactly one more run afterwards, so the last change is always published.
 */
export class DebouncedRunner<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<T> | null = null;
  private pending = false;
  private stopped = false;
  private readonly listeners: ((result: T) => void)[] = [];

  constructor(
    private readonly task: () => Promise<T>,
    private readonly delayMs: number,
  ) {}

  request(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.start();
    }, this.delayMs);
  }

  onResult(listener: (result: T) => void): void {
    this.listeners.push(listener);
  }

  get busy(): boolean {
    return this.running !== null || this.timer !== null;
  }

  /** Runs nothing more, and resolves once the run under way (if any) has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = false;
    await this.running?.catch(() => undefined);
  }

  private async start(): Promise<void> {
    if (this.stopped) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.task();
    try {
      const result = await this.running;
      for (const listener of this.listeners) listener(result);
    } finally {
      this.running = null;
      if (this.pending) {
        this.pending = false;
        void this.start();
      }
    }
  }
}
