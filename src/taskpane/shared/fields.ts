/**
 * Form field helpers: a labelled text input or checkbox with a hint and an error message beside
 * it (aria-describedby, aria-invalid, a polite live region), validated when the user leaves it.
 * DOM APIs only; user text is only ever set through .value / .textContent.
 */
import { formatSerialDdMmYyyy, isExcelDateSerial } from "../../rules/excel-dates";
import { el } from "./dom";

export interface FieldSpec {
  readonly id: string;
  readonly label: string;
  readonly kind: "text" | "checkbox";
  readonly optional: boolean;
  readonly hint?: string;
  readonly inputMode?: "text" | "decimal" | "numeric";
  readonly autocomplete?: string;
}

export interface FieldView {
  readonly spec: FieldSpec;
  readonly input: HTMLInputElement;
  readonly error: HTMLElement;
  /** The raw value: the text typed, or the checkbox's state. */
  raw(): string | boolean;
  set(value: string | boolean): void;
  /** Show or clear the message beside the field. */
  showProblem(message: string | undefined): void;
  /** Show or clear a warning beside the field: advice, not an error (the value is accepted). */
  showWarning(message: string | undefined): void;
}

/**
 * True while a mouse button or finger is down anywhere on the page. Leaving a field by pressing on
 * a button (the Create plan button) blurs the field at mouse-down: showing or clearing its message
 * then would move the button before mouse-up, and the click would be lost. So a field left that
 * way is checked once the pointer is released and the click has happened.
 */
let pointerDown = false;
const tracked = new WeakSet<Document>();

function trackPointer(doc: Document): void {
  if (tracked.has(doc)) return;
  tracked.add(doc);
  doc.addEventListener("pointerdown", () => (pointerDown = true), true);
  const release = () => {
    if (pointerDown) setTimeout(() => (pointerDown = false), 0);
  };
  doc.addEventListener("pointerup", release, true);
  doc.addEventListener("pointercancel", release, true);
}

/** Run `work` now, or after the pointer is released and its click is dispatched. */
function afterPointerRelease(doc: Document, work: () => void): void {
  if (!pointerDown) {
    work();
    return;
  }
  const later = () => {
    doc.removeEventListener("pointerup", later, true);
    doc.removeEventListener("pointercancel", later, true);
    setTimeout(work, 0);
  };
  doc.addEventListener("pointerup", later, true);
  doc.addEventListener("pointercancel", later, true);
}

/** The field's label, with " (optional)" after an optional text field's name. */
function fieldLabel(doc: Document, spec: FieldSpec, inputId: string): HTMLLabelElement {
  const label = el(doc, "label", spec.label);
  label.htmlFor = inputId;
  if (spec.optional && spec.kind === "text") label.append(el(doc, "span", " (optional)", "optional"));
  return label;
}

/** The input itself: a checkbox, or a text box with its input mode and whether it is required. */
function fieldInput(doc: Document, spec: FieldSpec, idPrefix: string): HTMLInputElement {
  const input = el(doc, "input");
  input.id = `${idPrefix}-${spec.id}`;
  input.name = spec.id;
  if (spec.kind === "checkbox") {
    input.type = "checkbox";
    return input;
  }
  input.type = "text";
  input.setAttribute("autocomplete", spec.autocomplete ?? "off");
  if (spec.inputMode) input.inputMode = spec.inputMode;
  if (!spec.optional) input.setAttribute("aria-required", "true");
  return input;
}

/**
 * The field's elements: `<div class="field">` holding the label and input (the checkbox before
 * its label), the hint when there is one and the message area, which the input is described by.
 */
function fieldElements(doc: Document, spec: FieldSpec, idPrefix: string) {
  const input = fieldInput(doc, spec, idPrefix);
  const label = fieldLabel(doc, spec, input.id);
  const wrapper = el(doc, "div", undefined, spec.kind === "checkbox" ? "field field-checkbox" : "field");
  wrapper.append(...(spec.kind === "checkbox" ? [input, label] : [label, input]));
  const describedBy: string[] = [];
  if (spec.hint) {
    const hint = el(doc, "div", spec.hint, "hint");
    hint.id = `${input.id}-hint`;
    describedBy.push(hint.id);
    wrapper.append(hint);
  }
  const error = el(doc, "div", undefined, "field-error");
  error.id = `${input.id}-error`;
  error.setAttribute("aria-live", "polite");
  describedBy.push(error.id);
  input.setAttribute("aria-describedby", describedBy.join(" "));
  wrapper.append(error);
  return { wrapper, input, error };
}

/**
 * The view of a field's elements. `messages.shown` is bumped whenever the field's message
 * changes: a check deferred to the pointer's release is dropped when the form (Create plan) has
 * judged the field in between.
 */
function fieldView(spec: FieldSpec, input: HTMLInputElement, error: HTMLElement, messages: { shown: number }) {
  const view: FieldView = {
    spec,
    input,
    error,
    raw: () => (spec.kind === "checkbox" ? input.checked : input.value),
    set: (value) => {
      if (spec.kind === "checkbox") input.checked = value === true;
      else input.value = typeof value === "string" ? value : "";
    },
    showProblem: (message) => {
      messages.shown += 1;
      error.textContent = message ?? "";
      error.classList.remove("field-warning");
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    },
    showWarning: (message) => {
      messages.shown += 1;
      error.textContent = message ?? "";
      error.classList.toggle("field-warning", Boolean(message));
      input.removeAttribute("aria-invalid");
    },
  };
  return view;
}

/** Create a field's DOM under `parent`; `validate` runs on blur (and on change for checkboxes). */
export function createField(
  parent: HTMLElement,
  spec: FieldSpec,
  idPrefix: string,
  validate: (view: FieldView) => void,
): FieldView {
  const doc = parent.ownerDocument;
  trackPointer(doc);
  const { wrapper, input, error } = fieldElements(doc, spec, idPrefix);
  parent.append(wrapper);
  const messages = { shown: 0 };
  const view = fieldView(spec, input, error, messages);
  if (spec.kind === "checkbox") input.addEventListener("change", () => validate(view));
  else
    input.addEventListener("blur", () => {
      const before = messages.shown;
      afterPointerRelease(doc, () => {
        if (messages.shown === before) validate(view);
      });
    });
  return view;
}

/** A form's field as its groups list it: what a field view is made from. */
export interface FormField<Id extends string> {
  readonly id: Id;
  readonly label: string;
  readonly kind: "text" | "checkbox";
  readonly optional: boolean;
  readonly hint?: string;
}

export interface FieldGroup<Id extends string> {
  readonly legend: string;
  readonly ids: readonly Id[];
}

/**
 * A form's fields, one fieldset a group in the groups' order, each field a view made by
 * createField. `beforeFields` may add to a group's fieldset before its fields. Returns the views by id.
 */
export function createFieldGroups<Id extends string>(
  form: HTMLElement,
  groups: readonly FieldGroup<Id>[],
  fields: readonly FormField<Id>[],
  options: {
    readonly idPrefix: string;
    readonly validate: (view: FieldView) => void;
    readonly inputModes: Partial<Record<Id, FieldSpec["inputMode"]>>;
    readonly beforeFields?: (group: FieldGroup<Id>, fieldset: HTMLElement) => void;
  },
): Map<Id, FieldView> {
  const doc = form.ownerDocument;
  const views = new Map<Id, FieldView>();
  for (const group of groups) {
    const fieldset = doc.createElement("fieldset");
    const legend = doc.createElement("legend");
    legend.textContent = group.legend;
    fieldset.append(legend);
    options.beforeFields?.(group, fieldset);
    for (const id of group.ids) {
      const field = fields.find((f) => f.id === id)!;
      const spec: FieldSpec = {
        id,
        label: field.label,
        kind: field.kind,
        optional: field.optional,
        hint: field.hint,
        inputMode: options.inputModes[id],
      };
      views.set(id, createField(fieldset, spec, options.idPrefix, options.validate));
    }
    form.append(fieldset);
  }
  return views;
}

/** A value read back from a sheet as a form field shows it: a date field's serial as dd/mm/yyyy. */
export function formText(value: unknown, isDate: boolean): string | boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && isDate && isExcelDateSerial(value)) return formatSerialDdMmYyyy(value);
  if (value === null || value === undefined) return "";
  return String(value);
}
