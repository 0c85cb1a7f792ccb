/**
 * Undo steps run last-in first-out, once, whether the bench ends normally, fails, is
 * interrupted (Ctrl-C, SIGTERM) or overruns its time limit.
 */
export class Cleanup {
  private readonly steps: { name: string; undo: () => unknown }[] = [];
  private running: Promise<void> | undefined;

  add(name: string, undo: () => unknown): void {
    this.steps.push({ name, undo });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { name, undo } of this.steps.reverse()) {
        try {
          await undo();
        } catch (error) {
          console.error(`Cleanup step "${name}" failed:`, error);
        }
      }
    })();
    return this.running;
  }

  /** Cleans up and exits on these signals and after `limitMs`. */
  exitOn(signals: NodeJS.Signals[], limitMs: number): void {
    const exit = (reason: string, code: number) => {
      console.error(`\n${reason}: stopping the server and PostgreSQL…`);
      void this.run().then(() => process.exit(code));
    };
    for (const signal of signals) process.once(signal, () => exit(`Received ${signal}`, 130));
    setTimeout(() => exit(`The bench ran past its ${limitMs / 60_000}-minute limit`, 124), limitMs).unref();
  }
}
