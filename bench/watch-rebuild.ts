// Rebuild after one article changes, as a user of `npm start` meets it: a watching, serving process has
// built the archive; one file is edited; the time runs until that process has rebuilt and written the site
// (file-watcher delay included), and the article's page shows the edit.
import { spawn } from "node:child_process";
import { appendFile, readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

const WROTE = /Wrote \d+ files/;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Start `cli.ts serve` on `archive` into `output`, wait for its first build, append `addition` to `file`
 * (relative to the archive) and time the rebuild. `articleUrl` is the edited article's path in the site.
 */
export async function timeWatchRebuild(options: {
  cli: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  archive: string;
  output: string;
  file: string;
  articleUrl: string;
  addition: string;
}): Promise<{ seconds: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", options.cli, "serve", "--content", options.archive, "--output", options.output, "--port", String(port)], {
    cwd: options.cwd,
    env: { ...process.env, CI: "true", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  let builds = 0;
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const onOutput = (chunk: Buffer) => {
    log += chunk.toString();
    builds = log.split("\n").filter((line) => WROTE.test(line)).length;
    for (const w of waiters.filter((w) => builds >= w.count)) w.resolve();
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`serve stopped (exit code ${code}): ${log.slice(-2000)}`))));
  exited.catch(() => {});
  const buildNumber = (count: number) => Promise.race([new Promise<void>((resolve) => waiters.push({ count, resolve })), exited]);
  try {
    await buildNumber(1);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let the watcher settle after the first build
    const start = performance.now();
    await appendFile(path.join(options.archive, options.file), `\n${options.addition}\n`);
    await buildNumber(2);
    const seconds = (performance.now() - start) / 1000;
    const page = await readFile(path.join(options.output, options.articleUrl, "index.html"), "utf8");
    if (!page.includes(options.addition)) throw new Error(`the rebuilt page ${options.articleUrl} does not show the edit`);
    return { seconds };
  } finally {
    child.kill();
  }
}
