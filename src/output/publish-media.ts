import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { mapLimited } from "../util/map-limited";

/** Copy the media articles reference to <output>/media/<path in the content folder>: one stable URL per file, SVGs as files (never inlined). */
export async function publishMedia(contentDir: string, output: string, media: readonly string[]): Promise<void> {
  await mapLimited([...media], 8, async (file) => {
    const target = path.join(output, "media", ...file.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(contentDir, ...file.split("/")), target);
  });
}
