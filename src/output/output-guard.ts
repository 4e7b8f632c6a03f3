import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const isInside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);

/**
 * Why `output` must not be replaced by a build, or null when it may. A build replaces the whole folder,
 * so a mistyped --output must never take the content, the project, the home folder or someone's files.
 */
export async function unsafeOutputReason(output: string, guarded: { content: string; project: string }): Promise<string | null> {
  const { content, project } = guarded;
  if (isInside(content, output)) return `it holds the content folder ${content}`;
  if (isInside(output, content)) return `it is inside the content folder ${content}, whose files are read as articles`;
  if (isInside(project, output)) return `it holds the project ${project}`;
  if (output === os.homedir() || output === path.parse(output).root) return "it is the home or root folder";
  const names = await readdir(output).catch(() => null);
  if (names && names.length > 0 && !names.includes("index.html")) return "it is not empty and holds no built site (no index.html)";
  return null;
}
