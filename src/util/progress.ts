// Progress of long work (thousands of articles) on a terminal; silent in CI and when stderr is piped,
// so logs and test output stay clean.

export interface Progress {
  /** Count `n` more items as done. */
  advance(n?: number): void;
  /** Clear the progress line. */
  finish(): void;
}

type Stream = Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean };

const SILENT: Progress = { advance() {}, finish() {} };
const REDRAW_EVERY_MS = 100;

export function progressEnabled(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
  return Boolean(stream.isTTY) && !ci;
}

/** "extracting 1,234/10,000 articles (12%)" on one line of stderr, redrawn at most ten times a second. */
export function startProgress(
  label: string,
  total: number,
  options: { stream?: Stream; env?: NodeJS.ProcessEnv; now?: () => number } = {},
): Progress {
  const { stream = process.stderr, env = process.env, now = Date.now } = options;
  if (total === 0 || !progressEnabled(stream, env)) return SILENT;
  let done = 0;
  let drawnAt = -Infinity;
  const draw = () => {
    const percent = Math.floor((done / total) * 100);
    stream.write(`\r${label} ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${percent}%)`);
    drawnAt = now();
  };
  draw();
  return {
    advance(n = 1) {
      done = Math.min(total, done + n);
      if (done === total || now() - drawnAt >= REDRAW_EVERY_MS) draw();
    },
    finish() {
      stream.write("\r\x1b[2K");
    },
  };
}
