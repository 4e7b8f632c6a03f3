// Rebuild after one article changes, as a user of `npm start` meets it: a watching, serving process has
// built the archive; one file is edited; the time runs until that process has rebuilt and written the site
// (file-watcher delay included), and the article's page shows the edit.
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
import { startWatching } from "../tests/support/watch";

/**
 * Start `cli.ts serve` on `archive` into `output`, wait for its first build, append `addition` to `file`
 * (relative to the archive) and time the rebuild. `articleUrl` is the edited article's path in the site.
 */
export async function timeWatchRebuild(options: {
  env: NodeJS.ProcessEnv;
  nodeArgs: string[];
  archive: string;
  output: string;
  file: string;
  articleUrl: string;
  addition: string;
}): Promise<{ seconds: number }> {
  const watching = await startWatching(options);
  try {
    await watching.ready();
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let the machine settle after the first build
    const start = performance.now();
    await appendFile(path.join(options.archive, options.file), `\n${options.addition}\n`);
    await watching.build(2);
    const seconds = (performance.now() - start) / 1000;
    const page = await readFile(path.join(options.output, options.articleUrl, "index.html"), "utf8");
    if (!page.includes(options.addition)) throw new Error(`the rebuilt page ${options.articleUrl} does not show the edit`);
    return { seconds };
  } finally {
    watching.stop();
  }
}
