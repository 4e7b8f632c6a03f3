// @11ty/eleventy ships no TypeScript declarations; this is the part of its API the project uses.
declare module "@11ty/eleventy" {
  /** The configuration object handed to .eleventy.ts and to the `config` callback. */
  export interface UserConfig {
    addGlobalData(name: string, value: unknown): void;
    addExtension(ext: string | string[], options: { key: string }): void;
    addTemplateFormats(formats: string): void;
    addPassthroughCopy(map: Record<string, string>): void;
    addWatchTarget(path: string): void;
    /** Globs the watcher does not react to. */
    watchIgnores: Set<string>;
    on(event: "eleventy.before" | "eleventy.after", handler: (args: { directories: { output: string } }) => unknown): void;
    on(event: "eleventy.beforeWatch", handler: (changedFiles: string[]) => unknown): void;
    setQuietMode(quiet: boolean): void;
    /** Options for the file watcher (chokidar) of `--watch` and `--serve`. */
    setChokidarConfig(options: { awaitWriteFinish?: { stabilityThreshold: number; pollInterval: number } }): void;
  }
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        pathPrefix?: string;
        runMode?: "build" | "watch" | "serve";
        /** Runs on the configuration before the config file does: how a caller passes its own data and hooks. */
        config?: (eleventyConfig: UserConfig) => void | Promise<void>;
      },
    );
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    /** Closes the watcher and the server. */
    stopWatch(): Promise<void>;
  }
}
