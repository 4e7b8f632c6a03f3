// Command-line entry points: argument parsing and exit codes only; the work is done elsewhere.
//   extract DIR [--strict]           print the entries of DIR as a JSON array on stdout
//   build [--content DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/] [--remote-image-hosts H1,H2] [--strict] [--profile FILE]
// Exit codes: 0 done (warnings on stderr and in /report/), 1 failed or --strict with warnings, 2 usage.
//   serve [--content DIR] [--port N]  build, watch and serve with live reload
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build, loadEntries, serve } from "./pipeline";
import { unsafeOutputReason } from "./output/output-guard";
import { formatWarning } from "./report/format-warning";
import { StageProfile } from "./util/stage-profile";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `usage:
  npm run extract -- DIR [--strict]
  npm run build -- [--content DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/] [--remote-image-hosts H1,H2] [--strict]
  --remote-image-hosts: hosts whose images articles may show (default none: a remote image is shown as a link)
  --strict: any warning makes the exit code 1 (for CI); build then leaves the output folder as it was
  --profile FILE: write the time each stage of the build took (wall and CPU seconds) to FILE as JSON
  npm start -- [--content DIR] [--port N]`;

// Paths on the command line are relative to where the user ran npm, not to the package root.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const fromUser = (p: string) => path.resolve(userCwd, p);

async function extract(dir: string | undefined, strict: boolean): Promise<number> {
  if (!dir) {
    process.stderr.write(`extract needs a folder\n${USAGE}\n`);
    return 2;
  }
  const { entries, warnings } = await loadEntries(fromUser(dir));
  for (const w of warnings) process.stderr.write(formatWarning(w) + "\n");
  process.stdout.write(JSON.stringify(entries, null, 2) + "\n");
  return strict && warnings.length > 0 ? 1 : 0;
}

type BuildArgs = { content: string; output: string; baseUrl?: string; pathPrefix?: string; remoteImageHosts?: string[]; strict: boolean; profile?: string };

async function buildCommand(options: BuildArgs): Promise<number> {
  const unsafe = await unsafeOutputReason(options.output, { content: options.content, project: ROOT });
  if (unsafe) {
    process.stderr.write(`error: --output ${options.output} would be replaced by the site, but ${unsafe}; choose another folder\n`);
    return 2;
  }
  const profile = options.profile ? new StageProfile() : undefined;
  const started = performance.now();
  const { published, report } = await build({ ...options, profile });
  if (profile) {
    profile.record("whole build", (performance.now() - started) / 1000, null);
    await writeFile(options.profile!, JSON.stringify({ stages: profile.stages }, null, 2) + "\n");
  }
  const where = path.relative(userCwd, options.output) || ".";
  const { published: articles, skipped, warnings } = report;
  const summary = `${articles} articles, ${skipped} files skipped, ${warnings} warnings`;
  if (!published) {
    process.stderr.write(`--strict: ${summary}; ${where} left as it was\n`);
    return 1;
  }
  process.stderr.write(`built ${where}: ${summary}${warnings ? ` (listed in ${path.join(where, "report/index.html")})` : ""}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      "base-url": { type: "string" },
      "path-prefix": { type: "string" },
      "remote-image-hosts": { type: "string" },
      strict: { type: "boolean", default: false },
      profile: { type: "string" },
      port: { type: "string", default: "8080" },
    },
  });
  const content = fromUser(values.content!);
  const output = fromUser(values.output!);
  const remoteImageHosts = values["remote-image-hosts"]?.split(",").filter((h) => h.trim());
  switch (command) {
    case "extract":
      return extract(positionals[0], values.strict!);
    case "build":
      return buildCommand({
        content,
        output,
        baseUrl: values["base-url"],
        pathPrefix: values["path-prefix"],
        remoteImageHosts,
        strict: values.strict!,
        profile: values.profile && fromUser(values.profile),
      });
    case "serve":
      await serve({ content, output, baseUrl: values["base-url"], pathPrefix: values["path-prefix"], remoteImageHosts, port: Number(values.port) });
      return -1; // keep running
    default:
      process.stderr.write(`${command ? `unknown command "${command}"\n` : ""}${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  },
);
