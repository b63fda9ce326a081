/**
 * Tabs mounted the first time they are opened. Every tab but the first (which comes with the
 * shell) is a script of its own (`tab-<id>.js`, webpack's dynamic `import()` in the shell's table
 * of tabs), so a user waits only for the shell and the tab shown first. While a tab's script
 * loads its panel is busy (`aria-busy`) and, after a moment, says so; a script that cannot load
 * leaves a plain message in the panel, and choosing the tab again tries again. A panel whose tab
 * has been mounted carries `data-ready="true"`, and at its top a link to the tab's own page of
 * the help the add-in ships (`help/<id>.html`), opening beside the pane: a plain link to a new
 * window, which Office on Windows and Mac opens in a window of its own for a page of the add-in's
 * own domain and Office on the web in a new browser tab (Office.context.ui.openBrowserWindow is not
 * on the web, and the page touches no Office API).
 */
import type { PaneEnv } from "./pane-env";

/** A tab module's entry: builds the tab's parts into its panel and wires them. */
export type MountTab = (panel: HTMLElement, env: PaneEnv) => void;

export interface TabDef {
  readonly id: string;
  readonly label: string;
  /** The tab's entry, loaded on demand: `() => import("./x/x-tab").then((m) => m.mountXTab)`. */
  readonly load: () => Promise<MountTab>;
}

/** How long a tab's script may take before its panel says it is loading. */
export const LOADING_NOTE_AFTER_MS = 300;

/**
 * Opens tabs: loads each tab's module and mounts it into its panel, once. `open` resolves when the
 * tab is mounted (true), or its script could not load and the panel says so (false); a tab whose
 * script could not load is loaded again the next time it is opened.
 */
export interface TabOpener {
  open(def: TabDef, panel: HTMLElement, env: PaneEnv): Promise<boolean>;
}

export function createTabOpener(): TabOpener {
  const opened = new Map<string, Promise<boolean>>();
  return {
    open(def, panel, env) {
      let done = opened.get(def.id);
      if (!done) {
        done = mountWhenLoaded(def, panel, env, def.load());
        opened.set(def.id, done);
        void done.then((mounted) => mounted || opened.delete(def.id));
      }
      return done;
    },
  };
}

/** Mount the tab once its module is there; meanwhile the panel is busy, and says so after a moment. */
async function mountWhenLoaded(
  def: TabDef,
  panel: HTMLElement,
  env: PaneEnv,
  module: Promise<MountTab>,
): Promise<boolean> {
  const doc = panel.ownerDocument;
  panel.replaceChildren();
  panel.setAttribute("aria-busy", "true");
  const timer = setTimeout(() => {
    const note = doc.createElement("p");
    note.className = "tab-loading";
    note.textContent = `Loading the ${def.label} tab…`;
    panel.append(note);
  }, LOADING_NOTE_AFTER_MS);
  let mount: MountTab;
  try {
    mount = await module;
  } catch {
    const message = doc.createElement("p");
    message.className = "tab-failed";
    message.setAttribute("role", "alert");
    message.textContent = `The ${def.label} tab could not load. Check the connection, then choose the tab again.`;
    panel.replaceChildren(message);
    return false;
  } finally {
    clearTimeout(timer);
    panel.removeAttribute("aria-busy");
  }
  panel.replaceChildren();
  try {
    mount(panel, env);
  } catch (error) {
    env.showError(`The ${def.label} tab could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  panel.prepend(helpLink(doc, def));
  panel.dataset.ready = "true";
  return true;
}

/** "Help with the Plan tab", to help/plan.html in a window beside the pane. */
function helpLink(doc: Document, def: TabDef): HTMLElement {
  const link = doc.createElement("a");
  link.href = `help/${def.id}.html`;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = `Help with the ${def.label} tab`;
  const note = doc.createElement("span");
  note.className = "visually-hidden";
  note.textContent = " (opens in a new window)";
  link.append(note);
  const line = doc.createElement("p");
  line.className = "help-link";
  line.append(link);
  return line;
}
