// Work under way (answers, follow-ups), so a stop can let it finish for a grace period and then cancel
// what is left: REST calls and retries share this signal, so none keeps the process alive past the stop.

export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private readonly controller = new AbortController();

  /** aborted once the grace period is over */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    work.then(() => this.pending.delete(work), () => this.pending.delete(work));
    return work;
  }

  /** Resolves when all tracked work has settled or `graceMs` has passed; then cancels the rest. */
  async drain(graceMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => { timer = setTimeout(resolve, graceMs); });
    await Promise.race([Promise.allSettled([...this.pending]), grace]);
    clearTimeout(timer);
    this.controller.abort(new Error('stopping'));
  }
}
