// A fixed-window allowance of writes per client address. It lives in the process: with
// several instances behind a load balancer each counts its own share (docs/deployment.md).

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets, for the Retry-After header. */
  retryAfterSeconds: number;
}

const SWEEP_THRESHOLD = 10_000;

export class WriteRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perWindow: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(client: string): RateDecision {
    const now = this.now();
    if (this.windows.size > SWEEP_THRESHOLD) this.sweep(now);
    const window = this.windows.get(client);
    const current = window && now - window.start < this.windowMs ? window : { start: now, count: 0 };
    current.count += 1;
    this.windows.set(client, current);
    return {
      allowed: current.count <= this.perWindow,
      retryAfterSeconds: Math.max(1, Math.ceil((current.start + this.windowMs - now) / 1000)),
    };
  }

  private sweep(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(client);
  }
}
