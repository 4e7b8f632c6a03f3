// Command-line entry points: argument parsing and exit codes only; the work is done elsewhere.
//   extract DIR                      print the entries of DIR as a JSON array on stdout
//   build [--content DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/]
//   serve [--content DIR] [--port N]  build, watch and serve with live reload
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { formatWarning, loadEntries } from "./archive/load-entries";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `usage:
  npm run extract -- DIR
  npm run build -- [--content DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/]
  npm start -- [--content DIR] [--port N]`;

// Paths on the command line are relative to where the user ran npm, not to the package root.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const fromUser = (p: string) => path.resolve(userCwd, p);

async function extract(dir: string | undefined): Promise<number> {
  if (!dir) {
    process.stderr.write(`extract needs a folder\n${USAGE}\n`);
    return 2;
  }
  const { entries, warnings } = await loadEntries(fromUser(dir));
  for (const w of warnings) process.stderr.write(formatWarning(w) + "\n");
  process.stdout.write(JSON.stringify(entries, null, 2) + "\n");
  return 0;
}

async function eleventy(options: { content: string; output: string; baseUrl?: string; pathPrefix?: string; runMode?: "build" | "serve" }) {
  process.env.EV_CONTENT = options.content;
  if (options.baseUrl) process.env.EV_BASE_URL = options.baseUrl;
  if (options.pathPrefix) process.env.EV_PATH_PREFIX = options.pathPrefix;
  process.chdir(ROOT);
  const { default: Eleventy } = await import("@11ty/eleventy");
  const elev = new Eleventy(path.join(ROOT, "templates"), options.output, {
    configPath: path.join(ROOT, ".eleventy.ts"),
    quietMode: true,
    runMode: options.runMode ?? "build",
  });
  await elev.init();
  return elev;
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
      port: { type: "string", default: "8080" },
    },
  });
  const content = fromUser(values.content!);
  const output = fromUser(values.output!);
  switch (command) {
    case "extract":
      return extract(positionals[0]);
    case "build": {
      const elev = await eleventy({ content, output, baseUrl: values["base-url"], pathPrefix: values["path-prefix"] });
      await elev.write();
      process.stderr.write(`built ${path.relative(userCwd, output) || "."}\n`);
      return 0;
    }
    case "serve": {
      const elev = await eleventy({ content, output, baseUrl: values["base-url"], pathPrefix: values["path-prefix"], runMode: "serve" });
      await elev.watch();
      await elev.serve(Number(values.port));
      return -1; // keep running
    }
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
