import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Fill `folder` all at once: `fill` writes into a fresh sibling folder (same file system, so renames
 * are atomic), and only when it resolves `true` does that folder replace `folder`. When it throws or
 * resolves `false`, the previous `folder` is left exactly as it was and the sibling is removed.
 * Resolves whether the new folder was published.
 */
export async function replaceFolder(folder: string, fill: (staging: string) => Promise<boolean>): Promise<boolean> {
  const parent = path.dirname(folder);
  const name = path.basename(folder);
  const existing = await stat(folder).catch(() => null);
  if (existing && !existing.isDirectory()) throw new Error(`output ${folder} exists and is not a folder`);
  await mkdir(parent, { recursive: true });
  await removeAbandoned(parent, name);
  const staging = await mkdtemp(path.join(parent, `.${name}.building-${process.pid}-`));
  let publish = false;
  try {
    publish = await fill(staging);
  } finally {
    if (!publish) {
      await rm(staging, { recursive: true, force: true });
      // A failed build may still have copies in flight that recreate the folder: sweep it once more on exit.
      process.once("exit", () => rmSync(staging, { recursive: true, force: true }));
    }
  }
  if (!publish) return false;
  // Swap: previous → backup, new → folder, then drop the backup. Between the two renames (microseconds)
  // `folder` does not exist; it never holds a mix of two builds.
  const backup = path.join(parent, `.${name}.previous-${process.pid}-${randomBytes(4).toString("hex")}`);
  const hadPrevious = existing !== null && (await rename(folder, backup).then(() => true));
  try {
    await rename(staging, folder);
  } catch (error) {
    if (hadPrevious) await rename(backup, folder);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) removeInBackground(backup);
  return true;
}

/**
 * Deleting the previous site's many thousand files takes seconds, and the build is done once the new site
 * is in place: a detached process deletes it, having first put its own process id in the folder's name so
 * that a later build can tell an abandoned removal (swept) from one at work (left alone).
 */
function removeInBackground(folder: string): void {
  const remove = `const fs = require("node:fs");
    const [folder, prefix] = process.argv.slice(1);
    const mine = prefix + process.pid + folder.slice(folder.lastIndexOf("-"));
    fs.renameSync(folder, mine);
    fs.rmSync(mine, { recursive: true, force: true });`;
  const prefix = folder.slice(0, folder.lastIndexOf("previous-") + "previous-".length);
  spawn(process.execPath, ["-e", remove, folder, prefix], { detached: true, stdio: "ignore" }).unref();
}

/**
 * Staging folders of builds that were killed and previous sites whose removal was stopped (the process
 * named in the folder is gone), so they do not pile up: staging folders at once, previous sites in the background.
 */
async function removeAbandoned(parent: string, name: string): Promise<void> {
  for (const entry of await readdir(parent)) {
    const [, kind, pid] = /^\.[^/]*\.(building|previous)-(\d+)-[0-9a-z]+$/i.exec(entry) ?? [];
    if (!kind || !entry.startsWith(`.${name}.`) || isRunning(Number(pid))) continue;
    if (kind === "building") await rm(path.join(parent, entry), { recursive: true, force: true });
    else removeInBackground(path.join(parent, entry));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}
