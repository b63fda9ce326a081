/**
 * Where the task pane runs, decided from what Office itself provides, before office.js answers:
 *
 * - Office opens an add-in page with a `_host_Info` query parameter (for example
 *   `?_host_Info=Excel$Web$16.01$en-GB$$$$16`: host, platform, version, locale, ...), the value
 *   office.js reads to pick the host's script; office.js keeps it in sessionStorage as
 *   `hostInfoValue`, so a reload inside the pane still knows it.
 * - Excel on the web shows the pane in a frame (window.top !== window.self).
 *
 * Either means "inside Office": the pane waits for Office.onReady however long it takes and never
 * falls back to the browser preview on a timer. Neither means a plain browser tab: preview mode.
 * Pure (no DOM), so it is unit-tested.
 */
export type PaneHost = "office" | "browser";

export interface HostInfo {
  /** e.g. "Excel" */
  readonly host: string;
  /** e.g. "Web", "Win32", "Mac" */
  readonly platform: string;
  readonly version: string;
  readonly locale: string;
}

/** The raw `_host_Info` value of a query string (with or without "?"), decoded; undefined when absent or empty. */
export function hostInfoParameter(search: string): string | undefined {
  const query = search.startsWith("?") ? search.slice(1) : search;
  for (const part of query.split("&")) {
    const eq = part.indexOf("=");
    const name = eq === -1 ? part : part.slice(0, eq);
    if (name !== "_host_Info") continue;
    const raw = eq === -1 ? "" : part.slice(eq + 1).split("#")[0]!;
    let value: string;
    try {
      value = decodeURIComponent(raw.replace(/\+/g, " "));
    } catch {
      value = raw;
    }
    return value.trim() === "" ? undefined : value;
  }
  return undefined;
}

/** Split a `_host_Info` value the way office.js does ("$"-separated, or "|" in older hosts). */
export function parseHostInfo(value: string): HostInfo {
  let items = value.split("$");
  if (items[2] === undefined) items = value.split("|");
  return { host: items[0] ?? "", platform: items[1] ?? "", version: items[2] ?? "", locale: items[3] ?? "" };
}

/**
 * "office" when the page was opened by Office (a `_host_Info` parameter in `search`, or one
 * office.js stored for this tab, `storedHostInfo`) or sits in a frame; otherwise "browser".
 */
export function paneHostFromLocation(search: string, framed: boolean, storedHostInfo?: string | null): PaneHost {
  if (hostInfoParameter(search) !== undefined) return "office";
  if (typeof storedHostInfo === "string" && storedHostInfo.trim() !== "") return "office";
  return framed ? "office" : "browser";
}

/** True when the page is inside a frame; a cross-origin top that cannot be compared counts as framed. */
export function isFramed(win: Window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

/** Words the pane shows while it starts and when it cannot. */
export const STARTUP_TEXT = {
  starting: "Starting…",
  stillWaiting:
    "Still waiting for Excel… The pane starts as soon as Excel answers; if it never does, close and reopen it.",
  officeMissing: "Excel's add-in script could not load; check your connection and reopen the pane.",
} as const;

/** After this long inside Office, the pane adds a gentle note (it keeps waiting). */
export const STILL_WAITING_AFTER_MS = 10_000;
