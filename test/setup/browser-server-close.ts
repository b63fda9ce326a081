/** Jest's globalTeardown: closes the chromium browser-server.ts launched for the run, if it did. */
import type { BrowserServer } from "playwright-core";

export default async function closeBrowserServer(): Promise<void> {
  await (globalThis as { browserServer?: BrowserServer }).browserServer?.close();
}
