import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

export type BuildResult = { output: string; stdout: string; stderr: string };

/** Run the real CLI build (`tsx src/cli.ts build`) into a fresh temporary folder. */
export async function buildSite(options: { content?: string; args?: string[] } = {}): Promise<BuildResult> {
  const output = await mkdtemp(path.join(os.tmpdir(), "ev-site-"));
  const { stdout, stderr } = await run(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "src/cli.ts"), "build", "--content", options.content ?? path.join(ROOT, "content"), "--output", output, ...(options.args ?? [])],
    { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT }, maxBuffer: 64 * 1024 * 1024 },
  );
  return { output, stdout, stderr };
}

/**
 * A site that the test files of one `npm test` run share (the script names the run in EV_TEST_RUN): the
 * first file to ask builds it from what `source` gives, the others read the same folder, and must only
 * read it. Run on its own, a test file builds its own.
 */
export async function sharedBuild(name: string, source: () => Promise<{ content?: string; args?: string[] }>): Promise<BuildResult> {
  const run = process.env.EV_TEST_RUN;
  if (!run) return buildSite(await source());
  const record = path.join(os.tmpdir(), `ev-test-run-${run}`, `${name}.json`);
  const built = await readFile(record, "utf8").then((text) => JSON.parse(text) as BuildResult, () => null);
  if (built) return built;
  const result = await buildSite(await source());
  await mkdir(path.dirname(record), { recursive: true });
  await writeFile(record, JSON.stringify(result));
  return result;
}

/** The bundled content/, built once a test run. */
export const seedsSite = () => sharedBuild("seeds", async () => ({}));

/** Run the CLI with arguments; resolves with exit code and output instead of throwing. */
export async function runCli(args: string[], options: { timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli.ts"), ...args], {
      cwd: ROOT,
      timeout: options.timeout, // killed after this many ms (0 or unset: no limit)
      env: { ...process.env, INIT_CWD: ROOT, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
