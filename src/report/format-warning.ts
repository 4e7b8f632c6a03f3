import type { Warning } from "../entry";

/** One warning as one line of a terminal: `warning: FILE[:LINE]: reason`. */
export function formatWarning(w: Warning): string {
  const line = `warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ""}: ${w.reason}`;
  // File names and front matter may hold control characters: shown escaped, one warning stays one line
  // and cannot send escape sequences to the terminal.
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
