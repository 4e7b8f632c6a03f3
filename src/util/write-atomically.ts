import { rename, writeFile } from "node:fs/promises";

let writes = 0;

/** Write then rename, so that a process reading `file` at the same time never sees half of it. */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${++writes}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
