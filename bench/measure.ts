// Running one timed step in a child process: wall time, and the child's CPU time and peak memory (max RSS).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const GNU_TIME = "/usr/bin/time";

/** cpuSeconds (user + system, threads included) tells work from waiting on a loaded machine. */
export type Timed = { seconds: number; cpuSeconds: number | null; maxRssMB: number | null; stdout: string };

/** Run a command to completion; throws with its stderr when it fails. CPU time and peak memory come from GNU time when installed. */
export async function timeCommand(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Timed> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "ev-bench-time-"));
  const timeFile = path.join(scratch, "time");
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args]] : [command, args];
  // The files the previous step wrote go to disk now, not while this step is timed.
  await run("sync", []).catch(() => {});
  const start = performance.now();
  try {
    const { stdout } = await run(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, CI: "true", ...options.env },
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    if (!useTime) return { seconds, cpuSeconds: null, maxRssMB: null, stdout };
    const [kb, user, system] = (await readFile(timeFile, "utf8")).trim().split("\n").pop()!.split(" ").map(Number);
    return { seconds, cpuSeconds: user + system, maxRssMB: kb / 1024, stdout };
  } catch (error) {
    const e = error as Error & { stderr?: string };
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed: ${e.stderr?.slice(-2000) || e.message}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
