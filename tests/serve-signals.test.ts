// `npm start` previews into its own folder (_preview/, never the _site/ that `npm run build` publishes),
// refuses to replace a folder that is not a site, and stops entirely, server and children, on Ctrl-C
// (SIGINT to the terminal's process group) and on `kill` of npm (SIGTERM to npm alone).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ROOT, runCli } from "./support/build";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.on("connect", () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
/** Whether any process of the group is still alive. */
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startAndStop(signal: "SIGINT" | "SIGTERM", args: string[]): Promise<{ log: string }> {
  const port = await freePort();
  const cache = await mkdtemp(path.join(os.tmpdir(), "ev-serve-cache-"));
  // Its own process group, as a terminal gives a command.
  const npm = spawn("npm", ["start", "--", "--port", String(port), ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CI: "true", EV_CACHE_DIR: cache },
  });
  let log = "";
  npm.stdout.on("data", (c) => (log += c));
  npm.stderr.on("data", (c) => (log += c));
  const exited = new Promise((resolve) => npm.on("exit", resolve));
  try {
    for (let i = 0; i < 600 && !/Server at/.test(log); i++) await sleep(100);
    assert.match(log, /Server at/, log);
    assert.ok(await answers(port), "serving");
    if (signal === "SIGINT") process.kill(-npm.pid!, "SIGINT"); // Ctrl-C: every process of the group
    else npm.kill("SIGTERM"); // `kill <npm's pid>`: npm alone
    await Promise.race([exited, sleep(10000)]);
    for (let i = 0; i < 50 && (groupAlive(npm.pid!) || (await answers(port))); i++) await sleep(100);
    assert.equal(await answers(port), false, `${signal}: the port is free`);
    assert.equal(groupAlive(npm.pid!), false, `${signal}: no process of npm start is left`);
    return { log };
  } finally {
    if (groupAlive(npm.pid!)) process.kill(-npm.pid!, "SIGKILL");
  }
}

test("Ctrl-C stops npm start, its server and every child; the preview went to _preview/, not _site/", async () => {
  const site = await stat(path.join(ROOT, "_site/index.html")).catch(() => null);
  await startAndStop("SIGINT", []);
  assert.ok((await stat(path.join(ROOT, "_preview/index.html"))).isFile(), "the preview's own folder");
  const after = await stat(path.join(ROOT, "_site/index.html")).catch(() => null);
  assert.equal(after?.mtimeMs, site?.mtimeMs, "_site/ left as it was");
});

test("SIGTERM to npm start stops its server too", async () => {
  const output = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-serve-")), "preview");
  const { log } = await startAndStop("SIGTERM", ["--output", output]);
  assert.match(await readFile(path.join(output, "index.html"), "utf8"), /<html/);
  assert.match(log, /stopping the server/);
});

test("npm start refuses to replace a folder that is not a site", async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), "ev-not-a-site-"));
  await writeFile(path.join(folder, "notes.txt"), "mine");
  const { code, stderr } = await runCli(["serve", "--output", folder, "--port", "0"]);
  assert.equal(code, 2);
  assert.match(stderr, /would be replaced by the site, but it is not empty and holds no built site/);
  assert.equal(await readFile(path.join(folder, "notes.txt"), "utf8"), "mine");
});
