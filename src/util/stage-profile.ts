// Where a build's time goes, stage by stage: wall seconds and the process's CPU seconds (all threads)
// while the stage ran. Stages that overlap others (work on another thread) are timed by wall clock only.
export type StageTime = { stage: string; wallSeconds: number; cpuSeconds: number | null };

export class StageProfile {
  readonly stages: StageTime[] = [];

  /** `keep: false` times nothing worth keeping: a watching process would gather a record every rebuild. */
  constructor(private readonly keep = true) {}

  /** Run `work` as the stage `name` and record its time. */
  async time<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await work();
    } finally {
      const used = process.cpuUsage(cpu);
      this.record(name, (performance.now() - wall) / 1000, (used.user + used.system) / 1e6);
    }
  }

  record(stage: string, wallSeconds: number, cpuSeconds: number | null): void {
    if (this.keep) this.stages.push({ stage, wallSeconds, cpuSeconds });
  }
}
