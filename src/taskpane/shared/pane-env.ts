/**
 * What the shell (taskpane.ts) hands every tab when it mounts it. Tabs never look at Office
 * globals themselves to decide where they run: they ask `env.inExcel`.
 */
import type { CheckedRegisterChannel } from "./checked-register";

export interface PaneEnv {
  /** True when Office.onReady reported Excel; false in a plain browser (HTML preview mode). */
  readonly inExcel: boolean;
  /** Say something to screen readers through the pane's polite live region (and show it in the status line). */
  announce(message: string): void;
  /** Show an error in the pane's alert region (assertive), e.g. an Office.js failure, in readable words. */
  showError(message: string): void;
  /** Ask the user to confirm an action (accessible modal dialog); resolves true when they confirm. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** The register last checked on the Register tab, for the SENCO time tab. */
  readonly checkedRegister: CheckedRegisterChannel;
}

export interface ConfirmOptions {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
}

/** Turn anything thrown (Office.js errors included) into a sentence a user can read. */
export function readableError(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; code?: unknown; debugInfo?: { message?: unknown } };
    const message = typeof e.message === "string" && e.message.trim() !== "" ? e.message.trim() : undefined;
    const code = typeof e.code === "string" && e.code !== "" ? e.code : undefined;
    if (message && code && !message.includes(code)) return `${message} (Excel error: ${code})`;
    if (message) return message;
    if (code) return `Excel reported an error: ${code}.`;
  }
  if (typeof error === "string" && error.trim() !== "") return error;
  return "Something went wrong and nothing was written.";
}
