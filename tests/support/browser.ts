import { chromium, type Browser } from "playwright-core";
import { serveFolder, type StaticServer } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with no background traffic to other hosts (Playwright gives it a fresh profile). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

export type OpenSite = { server: StaticServer; browser: Browser; close: () => Promise<void> };

/** A built site served on localhost (under `prefix`, as a static host would) and a headless browser to read it: one setup for every browser test. */
export async function openSite(output: string, prefix = "/"): Promise<OpenSite> {
  const server = await serveFolder(output, prefix);
  const browser = await launchBrowser().catch(async (error: Error) => {
    await server.close();
    throw error;
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
