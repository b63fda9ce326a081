/**
 * Jest's globalSetup: one headless chromium (Debian's /usr/bin/chromium through playwright-core's
 * launchServer, with the harness's flags) for every browser test file of the run. Its WebSocket
 * address goes to the test files in BROWSER_WS_ENDPOINT; each file connects to it
 * (test/browser/harness.ts) with a browser context of its own, and browser-server-close.ts closes
 * it after the run. Nothing is launched when no browser test file is in the run, or when the
 * browser tests cannot run here (each file then prints why and skips).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import { browserTestsUnavailable, CHROMIUM, CHROMIUM_FLAGS, WS_ENDPOINT_VARIABLE } from "../browser/harness";

const BROWSER_TESTS = join(__dirname, "..", "browser");

/** What this setup reads of Jest's global configuration (@jest/types' GlobalConfig). */
interface GlobalConfig {
  readonly rootDir: string;
  readonly testPathPatterns: {
    isSet(): boolean;
    toExecutor(options: { rootDir: string }): { isMatch(path: string): boolean };
  };
}

/** True when the paths given on the command line (if any) take in a browser test file. */
function runIncludesBrowserTests(globalConfig: GlobalConfig): boolean {
  const patterns = globalConfig.testPathPatterns;
  if (!patterns.isSet()) return true;
  const matches = patterns.toExecutor({ rootDir: globalConfig.rootDir });
  return readdirSync(BROWSER_TESTS)
    .filter((name) => name.endsWith(".test.ts"))
    .some((name) => matches.isMatch(join(BROWSER_TESTS, name)));
}

export default async function launchBrowserServer(globalConfig: GlobalConfig): Promise<void> {
  if (!runIncludesBrowserTests(globalConfig) || browserTestsUnavailable() !== undefined) return;
  const server: BrowserServer = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  (globalThis as { browserServer?: BrowserServer }).browserServer = server;
  // Set before Jest starts its workers, which inherit the environment.
  process.env[WS_ENDPOINT_VARIABLE] = server.wsEndpoint();
}
