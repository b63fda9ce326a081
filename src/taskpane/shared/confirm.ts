/**
 * An accessible confirmation dialog on the native <dialog> element (modal: focus is kept inside,
 * Escape cancels). Text is set with textContent only.
 */
import type { ConfirmOptions } from "./pane-env";

export function confirmDialog(doc: Document, options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = doc.createElement("dialog");
    dialog.className = "confirm";
    const titleId = `confirm-title-${Math.random().toString(36).slice(2, 8)}`;
    dialog.setAttribute("aria-labelledby", titleId);
    const title = doc.createElement("h2");
    title.id = titleId;
    title.textContent = options.title;
    const message = doc.createElement("p");
    message.textContent = options.message;
    const buttons = doc.createElement("div");
    buttons.className = "buttons";
    const yes = doc.createElement("button");
    yes.type = "button";
    yes.className = "primary";
    yes.textContent = options.confirmLabel;
    const no = doc.createElement("button");
    no.type = "button";
    no.textContent = options.cancelLabel ?? "Cancel";
    buttons.append(yes, no);
    dialog.append(title, message, buttons);
    doc.body.append(dialog);
    const previous = doc.activeElement as HTMLElement | null;
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      previous?.focus();
      resolve(answer);
    };
    yes.addEventListener("click", () => close(true));
    no.addEventListener("click", () => close(false));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(false);
    });
    dialog.showModal();
    no.focus();
  });
}
