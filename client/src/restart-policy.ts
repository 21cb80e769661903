// When the language server dies, start it again — but not forever: a server that crashes on
// every start would otherwise restart in a loop. After `maxCrashes` within `windowMs` the client
// stops and says so once.

export interface RestartDecision {
  restart: boolean;
  /** What to tell the user. */
  message: string;
}

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxCrashes = 4,
    private readonly windowMs = 3 * 60_000,
  ) {}

  onCrash(now: number): RestartDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    if (this.crashes.length > this.maxCrashes) {
      return {
        restart: false,
        message: `The Tessera language server crashed ${this.crashes.length} times in ${Math.round(this.windowMs / 60_000)} minutes and will not be restarted. Run "Tessera: Restart Language Server" after fixing the cause (see the "Tessera Language Server" output).`,
      };
    }
    return { restart: true, message: `The Tessera language server stopped unexpectedly and was restarted (${this.crashes.length} of ${this.maxCrashes} restarts allowed in ${Math.round(this.windowMs / 60_000)} minutes).` };
  }

  /** A manual restart forgives earlier crashes. */
  reset(): void {
    this.crashes = [];
  }
}
