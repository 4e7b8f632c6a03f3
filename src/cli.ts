// Command-line entry points: argument parsing and exit codes only; the work is done elsewhere.
//   extract DIR [--strict]           print the entries of DIR as a JSON array on stdout
//   build [--content DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/] [--settings FILE] [--remote-image-hosts H1,H2] [--strict] [--profile FILE] [--pages-per-pass N]
//   serve [--content DIR] [--output DIR] [--port N] [--pages-per-pass N]  build into _preview/, watch and serve with live reload
// Exit codes: 0 done (warnings on stderr and in /report/), 1 failed or --strict with warnings, 2 usage
// or settings errors. Settings: site.config.json where the command runs (or --settings FILE); flags win.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build, loadEntries, PAGES_PER_PASS, serve, type ArchiveOptions } from "./pipeline";
import { unsafeOutputReason } from "./output/output-guard";
import { formatWarning } from "./report/format-warning";
import { readSettingsFile, SettingsError, SETTINGS_FILE, type SiteSettings } from "./settings/settings-file";
import { StageProfile } from "./util/stage-profile";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `usage:
  npm run -s extract -- DIR [--strict]
  npm run build -- [--content DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/] [--settings FILE] [--remote-image-hosts H1,H2] [--strict]
  --remote-image-hosts: hosts whose images articles may show (default none: a remote image is shown as a link)
  --strict: any warning (a base URL not set included) makes the exit code 1 (for CI); build then leaves
            the output folder as it was
  --profile FILE: write the time each stage of the build took (wall and CPU seconds) to FILE as JSON
  --pages-per-pass N: pages rendered in one Eleventy run (default ${PAGES_PER_PASS}); fewer hold less memory
  npm start -- [--content DIR] [--output DIR] [--port N] [--pages-per-pass N]   (output: _preview/, never the built _site/)
  settings: ${SETTINGS_FILE} where the command runs, or --settings FILE; flags override it`;

// Paths on the command line are relative to where the user ran the command (npm runs scripts from the package root).
const userCwd = process.env.npm_lifecycle_event && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
const fromUser = (p: string) => path.resolve(userCwd, p);
/** A path as the user can use it from where they are: relative below their folder, absolute elsewhere. */
const forUser = (p: string) => {
  const relative = path.relative(userCwd, p);
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? p : relative;
};

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

/** Why `output` must not be replaced by a site (printed as a usage error), or null. */
async function refuseOutput(output: string, content: string): Promise<string | null> {
  const unsafe = await unsafeOutputReason(output, { content, project: ROOT });
  return unsafe && `error: --output ${forUser(output)} would be replaced by the site, but ${unsafe}; choose another folder`;
}

async function buildCommand(options: ArchiveOptions & { output: string; strict: boolean; profile?: string; pagesPerPass: number }): Promise<number> {
  const refused = await refuseOutput(options.output, options.content);
  if (refused) {
    process.stderr.write(refused + "\n");
    return 2;
  }
  const profile = options.profile ? new StageProfile() : undefined;
  const started = performance.now();
  const { published, report, settingsWarnings } = await build({ ...options, profile });
  if (profile) {
    profile.record("whole build", (performance.now() - started) / 1000, null);
    await writeFile(options.profile!, JSON.stringify({ stages: profile.stages }, null, 2) + "\n");
  }
  const where = forUser(options.output);
  const { published: articles, skipped } = report;
  const warnings = report.warnings + settingsWarnings.length;
  const summary = `${articles} articles, ${skipped} files skipped, ${warnings} warnings`;
  if (!published) {
    process.stderr.write(`--strict: ${summary}; ${where} left as it was\n`);
    return 1;
  }
  process.stderr.write(`built ${where}: ${summary}${report.warnings ? ` (listed in ${path.join(where, "report/index.html")})` : ""}\n`);
  return 0;
}

/** Build, watch and serve until SIGINT or SIGTERM, then close the server and the watcher and exit. */
async function serveCommand(options: ArchiveOptions & { output: string; port: number; pagesPerPass: number }): Promise<number> {
  const refused = await refuseOutput(options.output, options.content);
  if (refused) {
    process.stderr.write(refused + "\n");
    return 2;
  }
  const server = await serve(options);
  const stop = (why: string) => {
    process.stderr.write(`\n${why}: stopping the server\n`);
    // Exit even if closing hangs (a browser holding the live-reload socket open).
    setTimeout(() => process.exit(1), 3000).unref();
    server.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // `kill` of `npm start` stops npm without passing the signal on: the server must not outlive it.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop("the command that started the server has stopped"), 500).unref();
  return -1; // keep running
}

/** The settings file's settings with the command line's flags over them (flags not given leave the file's). */
async function settingsFrom(values: { settings?: string; "base-url"?: string; "path-prefix"?: string }): Promise<SiteSettings> {
  const file = values.settings ? fromUser(values.settings) : path.join(userCwd, SETTINGS_FILE);
  const settings = await readSettingsFile(file, values.settings !== undefined);
  return {
    ...settings,
    ...(values["base-url"] !== undefined ? { baseUrl: values["base-url"] } : {}),
    ...(values["path-prefix"] !== undefined ? { pathPrefix: values["path-prefix"] } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string" },
      settings: { type: "string" },
      "base-url": { type: "string" },
      "path-prefix": { type: "string" },
      "remote-image-hosts": { type: "string" },
      strict: { type: "boolean", default: false },
      profile: { type: "string" },
      "pages-per-pass": { type: "string", default: String(PAGES_PER_PASS) },
      port: { type: "string", default: "8080" },
    },
  });
  const content = fromUser(values.content!);
  // A preview has its own folder: `npm start` never replaces the site `npm run build` made.
  const output = fromUser(values.output ?? (command === "serve" ? "_preview" : "_site"));
  const remoteImageHosts = values["remote-image-hosts"]?.split(",").filter((h) => h.trim());
  const pagesPerPass = Number(values["pages-per-pass"]);
  if (!Number.isInteger(pagesPerPass) || pagesPerPass < 1) {
    process.stderr.write(`error: --pages-per-pass must be a whole number of pages, at least 1 (got "${values["pages-per-pass"]}")\n`);
    return 2;
  }
  switch (command) {
    case "extract":
      return extract(positionals[0], values.strict!);
    case "build":
      return buildCommand({
        ...(await settingsFrom(values)),
        content,
        output,
        remoteImageHosts,
        strict: values.strict!,
        profile: values.profile && fromUser(values.profile),
        pagesPerPass,
      });
    case "serve":
      return serveCommand({ ...(await settingsFrom(values)), content, output, remoteImageHosts, port: Number(values.port), pagesPerPass });
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
    process.exitCode = error instanceof SettingsError ? 2 : 1;
  },
);
