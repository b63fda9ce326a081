/**
 * Form field helpers: a labelled text input or checkbox with a hint and an error message beside
 * it (aria-describedby, aria-invalid, a polite live region), validated when the user leaves it.
 * DOM APIs only; user text is only ever set through .value / .textContent.
 */

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
}

/** Create a field's DOM under `parent`; `validate` runs on blur (and on change for checkboxes). */
export function createField(
  parent: HTMLElement,
  spec: FieldSpec,
  idPrefix: string,
  validate: (view: FieldView) => void,
): FieldView {
  const doc = parent.ownerDocument;
  const wrapper = doc.createElement("div");
  wrapper.className = spec.kind === "checkbox" ? "field field-checkbox" : "field";
  const input = doc.createElement("input");
  input.id = `${idPrefix}-${spec.id}`;
  input.name = spec.id;
  const label = doc.createElement("label");
  label.htmlFor = input.id;
  label.textContent = spec.label;
  if (spec.optional && spec.kind === "text") {
    const optional = doc.createElement("span");
    optional.className = "optional";
    optional.textContent = " (optional)";
    label.append(optional);
  }
  const describedBy: string[] = [];
  let hint: HTMLElement | undefined;
  if (spec.hint) {
    hint = doc.createElement("div");
    hint.className = "hint";
    hint.id = `${input.id}-hint`;
    hint.textContent = spec.hint;
    describedBy.push(hint.id);
  }
  const error = doc.createElement("div");
  error.className = "field-error";
  error.id = `${input.id}-error`;
  error.setAttribute("aria-live", "polite");
  describedBy.push(error.id);
  input.setAttribute("aria-describedby", describedBy.join(" "));

  if (spec.kind === "checkbox") {
    input.type = "checkbox";
    wrapper.append(input, label);
  } else {
    input.type = "text";
    input.setAttribute("autocomplete", spec.autocomplete ?? "off");
    if (spec.inputMode) input.inputMode = spec.inputMode;
    if (!spec.optional) input.setAttribute("aria-required", "true");
    wrapper.append(label, input);
  }
  if (hint) wrapper.append(hint);
  wrapper.append(error);
  parent.append(wrapper);

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
      error.textContent = message ?? "";
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    },
  };
  input.addEventListener(spec.kind === "checkbox" ? "change" : "blur", () => validate(view));
  return view;
}
