import { open, rename } from "node:fs/promises";

let writes = 0;
/** Pieces of an iterable text are written in chunks about this long (fewer writes, one chunk in memory). */
const CHUNK = 1 << 20;

/**
 * Write then rename, so that a process reading `file` at the same time never sees half of it. A text given
 * in pieces (the lines of a large file) is written as they come, so the whole text is never in memory at once.
 */
export async function writeFileAtomically(file: string, text: string | Iterable<string>): Promise<void> {
  const temporary = `${file}.${process.pid}.${++writes}.tmp`;
  const handle = await open(temporary, "w");
  try {
    if (typeof text === "string") await handle.writeFile(text);
    else {
      let chunk = "";
      for (const piece of text) {
        chunk += piece;
        if (chunk.length >= CHUNK) await handle.writeFile(chunk), (chunk = "");
      }
      if (chunk) await handle.writeFile(chunk); // (writeFile on a handle writes all of it, from where the last write ended)
    }
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
