// A watching, serving `cli.ts serve` process, for the tests and the benchmark: start it, wait for its
// builds (the pipeline prints BUILT after each, once all its passes are written), stop it.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { ROOT } from "./build";
import { BUILT } from "../../src/pipeline";

const BUILD_DONE = new RegExp(`^${BUILT} `);
// Printed once the file watcher has looked at every file (before that, an edit may go unseen) and the server listens.
const READY = /Server at /;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface WatchingProcess {
  /** Resolves when the first build is written, the watcher is ready and the server listens. */
  ready(): Promise<void>;
  /** Resolves when the process has finished its `count`th build (the first, 1, is all it built before it was ready). */
  build(count: number): Promise<void>;
  /** What the process printed so far. */
  log(): string;
  stop(): void;
}

export async function startWatching(options: { archive: string; output: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[]; args?: string[] }): Promise<WatchingProcess> {
  const port = await freePort();
  const args = [...(options.nodeArgs ?? []), "--import", "tsx", path.join(ROOT, "src/cli.ts"), "serve", "--content", options.archive, "--output", options.output, "--port", String(port), ...(options.args ?? [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CI: "true", INIT_CWD: ROOT, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  let builds = 0;
  // The first build of a large archive is written in passes before watching starts, and a build of one pass is
  // built again by the watcher's start: whatever the process built before it was ready counts as its first build.
  let beforeReady: number | null = null;
  const counted = () => builds - Math.max(0, (beforeReady ?? 1) - 1);
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let isReady!: () => void;
  const readyNow = new Promise<void>((resolve) => (isReady = resolve));
  const onOutput = (chunk: Buffer) => {
    log += chunk.toString();
    builds = log.split("\n").filter((line) => BUILD_DONE.test(line)).length;
    if (beforeReady === null && READY.test(log)) {
      beforeReady = builds;
      isReady();
    }
    for (const w of waiters.filter((w) => counted() >= w.count)) w.resolve();
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`serve stopped (exit code ${code}): ${log.slice(-2000)}`))));
  exited.catch(() => {});
  return {
    ready: () => Promise.race([readyNow, exited]),
    build: (count) => Promise.race([new Promise<void>((resolve) => waiters.push({ count, resolve })), exited]),
    log: () => log,
    stop: () => child.kill(),
  };
}
