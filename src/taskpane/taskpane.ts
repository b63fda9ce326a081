/**
 * The task pane shell: decides from the page's address and frame whether Office opened it
 * (shared/pane-host.ts), waits for Office there (showing "Starting…", never giving up into the
 * preview), then renders an accessible tablist (Plan, District, Register, SENCO time, Levy) and
 * mounts the first tab into its panel; every other tab is mounted the first time it is opened,
 * from a script of its own (shared/tab-loader.ts). In a plain browser tab (or when Office.onReady
 * reports no host) the tabs run in preview mode; inside Office without office.js the pane says so
 * in words. What office.js answers (loaded or not, Excel or no host) is asked through
 * src/workbook/host.ts.
 */
import { browserHasExcel, officeLoaded, waitForExcel } from "../workbook/host";
import { mountPlanTab } from "./plan/plan-tab";
import { createCheckedRegisterChannel } from "./shared/checked-register";
import { confirmDialog } from "./shared/confirm";
import { readableError, type PaneEnv } from "./shared/pane-env";
import { STARTUP_TEXT, STILL_WAITING_AFTER_MS, isFramed, paneHostFromLocation } from "./shared/pane-host";
import { createTabOpener, type TabDef, type TabOpener } from "./shared/tab-loader";

/**
 * The tabs, in order. The first, shown at start, comes with the shell (imported above), so the
 * pane is ready without waiting for another script. Every other tab is a script of its own,
 * loaded the first time the tab is opened: its `import()` names it (webpackChunkName, giving
 * dist/tab-<id>.js). A new tab is one line here (docs/CONVENTIONS.md, "Adding a tab").
 */
const TABS: readonly TabDef[] = [
  { id: "plan", label: "Plan", load: () => Promise.resolve(mountPlanTab) },
  {
    id: "district",
    label: "District",
    load: () =>
      import(/* webpackChunkName: "tab-district" */ "./district/district-tab").then((m) => m.mountDistrictTab),
  },
  {
    id: "register",
    label: "Register",
    load: () =>
      import(/* webpackChunkName: "tab-register" */ "./register/register-tab").then((m) => m.mountRegisterTab),
  },
  {
    id: "statement",
    label: "SENCO time",
    load: () =>
      import(/* webpackChunkName: "tab-statement" */ "./statement/statement-tab").then((m) => m.mountStatementTab),
  },
  {
    id: "levy",
    label: "Levy",
    load: () => import(/* webpackChunkName: "tab-levy" */ "./levy/levy-tab").then((m) => m.mountLevyTab),
  },
];

function createEnv(doc: Document, inExcel: boolean): PaneEnv {
  const status = doc.getElementById("status")!;
  const alert = doc.getElementById("alert")!;
  return {
    inExcel,
    announce(message: string) {
      alert.textContent = "";
      alert.hidden = true;
      // Clear first so the same message twice is announced twice.
      status.textContent = "";
      setTimeout(() => (status.textContent = message), 50);
    },
    showError(message: string) {
      alert.hidden = false;
      alert.textContent = message;
      // The alert sits above the tabs: bring it into view wherever the user had scrolled to.
      if (typeof alert.scrollIntoView === "function") alert.scrollIntoView({ block: "nearest" });
    },
    confirm: (options) => confirmDialog(doc, options),
    checkedRegister: createCheckedRegisterChannel(),
  };
}

/** A tab's button and its panel, each naming the other. */
function tabAndPanel(doc: Document, def: TabDef): { tab: HTMLButtonElement; panel: HTMLElement } {
  const tab = doc.createElement("button");
  tab.type = "button";
  tab.id = `tab-${def.id}`;
  tab.setAttribute("role", "tab");
  tab.setAttribute("aria-controls", `panel-${def.id}`);
  tab.textContent = def.label;
  const panel = doc.createElement("section");
  panel.id = `panel-${def.id}`;
  panel.setAttribute("role", "tabpanel");
  panel.setAttribute("aria-labelledby", tab.id);
  panel.tabIndex = 0;
  return { tab, panel };
}

/** The tab a key moves to from tab `i` of `count` (arrows wrap round; Home and End), or undefined. */
function tabForKey(key: string, i: number, count: number): number | undefined {
  const last = count - 1;
  if (key === "ArrowRight") return i === last ? 0 : i + 1;
  if (key === "ArrowLeft") return i === 0 ? last : i - 1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  return undefined;
}

/**
 * Render the tablist and panels into `root` (the <main> element) and show the first tab; each tab
 * is mounted the first time it is shown. Resolves once the first tab is mounted (or says why not).
 */
export function renderShell(root: HTMLElement, env: PaneEnv, tabs: TabOpener): Promise<boolean> {
  const doc = root.ownerDocument;
  const tablist = doc.createElement("div");
  tablist.setAttribute("role", "tablist");
  tablist.setAttribute("aria-label", "Tools");
  const parts = TABS.map((def) => tabAndPanel(doc, def));
  const buttons = parts.map((p) => p.tab);
  const panels = parts.map((p) => p.panel);
  tablist.append(...buttons);
  let current = -1;
  const select = (index: number, focus: boolean): Promise<boolean> => {
    // The status line speaks for the tab that wrote it: clear it when another tab is chosen.
    if (current !== -1 && index !== current) env.announce("");
    current = index;
    buttons.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
    });
    if (focus) buttons[index]!.focus();
    return tabs.open(TABS[index]!, panels[index]!, env);
  };
  buttons.forEach((tab, i) => {
    tab.addEventListener("click", () => void select(i, false));
    tab.addEventListener("keydown", (event) => {
      const next = tabForKey(event.key, i, buttons.length);
      if (next === undefined) return;
      event.preventDefault();
      void select(next, true);
    });
  });
  root.append(tablist, ...panels);
  return select(0, false);
}

/** The sessionStorage value office.js keeps `_host_Info` in (absent, or unreadable, in a plain tab). */
function storedHostInfo(win: Window): string | null {
  try {
    return win.sessionStorage.getItem("hostInfoValue");
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const doc = document;
  // old-webview.js found Internet Explorer or Edge Legacy and has already said so.
  if (doc.documentElement.dataset.oldWebview === "true") return;
  const startup = doc.getElementById("startup");
  const say = (text: string) => {
    if (startup) startup.textContent = text;
  };
  const where = paneHostFromLocation(window.location.search, isFramed(window), storedHostInfo(window));
  doc.body.dataset.host = where;
  let inExcel: boolean;
  if (where === "office") {
    if (!officeLoaded()) {
      // Inside Office without office.js nothing can be written: say so instead of a blank pane.
      doc.body.dataset.mode = "office-missing";
      say(STARTUP_TEXT.officeMissing);
      startup?.classList.add("startup-error");
      return;
    }
    doc.body.dataset.mode = "starting";
    say(STARTUP_TEXT.starting);
    try {
      inExcel = await waitForExcel(() => say(STARTUP_TEXT.stillWaiting), STILL_WAITING_AFTER_MS);
    } catch (error) {
      doc.body.dataset.mode = "office-failed";
      say(`Excel could not start the pane: ${readableError(error)} Close and reopen the pane.`);
      startup?.classList.add("startup-error");
      return;
    }
  } else {
    inExcel = await browserHasExcel();
  }
  startup?.remove();
  const root = doc.getElementById("app")!;
  doc.body.dataset.mode = inExcel ? "excel" : "preview";
  await renderShell(root, createEnv(doc, inExcel), createTabOpener());
  doc.body.dataset.ready = "true";
}

if (typeof document !== "undefined") {
  void start();
}
