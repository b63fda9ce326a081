/**
 * A list the Levy tab keeps (apprenticeships, transfers): each item in words with what the rules
 * say of it, and its Edit and Remove buttons; under it, the form that adds an item, or, while one
 * is edited, saves it back in its place (Cancel leaves it as it was). Fields are checked on leaving
 * them with their own coercers. No Excel, no state of the tab: user events go to the `on` handlers.
 */
import { button, buttonRow, el, withId } from "../shared/dom";
import { createFieldGroups, type FieldView, type FieldSpec, type FormField } from "../shared/fields";
import { setFieldValues } from "../shared/form";

export interface ListHandlers {
  /** The form was submitted: add the item it holds, or save the one being edited. */
  save(): void;
  edit(index: number): void;
  remove(index: number): void;
  cancel(): void;
}

export interface ListSpec<Id extends string> {
  /** Prefix of the part's element ids ("levy-apprenticeship"). */
  readonly id: string;
  readonly heading: string;
  /** What the form is, and its submit button when adding: "Add an apprenticeship", "Add apprenticeship". */
  readonly legend: string;
  readonly addLabel: string;
  readonly fields: readonly (FormField<Id> & { readonly date?: boolean })[];
  readonly inputModes: Partial<Record<Id, FieldSpec["inputMode"]>>;
  readonly problem: (id: Id, raw: unknown) => string | undefined;
  readonly defaults: () => Record<Id, string | boolean>;
}

export interface ListPart<Id extends string> {
  readonly section: HTMLElement;
  readonly heading: HTMLElement;
  /** How many items the sheet's table starts with, and what to do about them. */
  readonly status: HTMLElement;
  readonly list: HTMLUListElement;
  readonly form: HTMLFormElement;
  readonly views: ReadonlyMap<Id, FieldView>;
  readonly submit: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly spec: ListSpec<Id>;
  readonly dateFields: ReadonlySet<Id>;
  /** The index of the item the form is editing; undefined while it adds one. */
  editing: number | undefined;
}

/** An item as the list shows it: its name (for the buttons' names), its line and what the rules say of it. */
export interface ListItem {
  readonly name: string;
  readonly text: string;
  readonly detail?: string;
}

/**
 * A field's own check when the user leaves it. A blank one is not judged then: leaving the form
 * empty is fine (after an item is added it is empty again); the submit asks for it.
 */
function validator<Id extends string>(spec: ListSpec<Id>) {
  return (view: FieldView) => {
    const raw = view.raw();
    view.showProblem(typeof raw === "string" && raw.trim() === "" ? undefined : spec.problem(view.spec.id as Id, raw));
  };
}

function createForm<Id extends string>(doc: Document, spec: ListSpec<Id>, on: ListHandlers) {
  const form = el(doc, "form");
  form.noValidate = true;
  form.setAttribute("aria-label", spec.legend);
  const views = createFieldGroups(form, [{ legend: spec.legend, ids: spec.fields.map((f) => f.id) }], spec.fields, {
    idPrefix: spec.id,
    validate: validator(spec),
    inputModes: spec.inputModes,
  });
  const submit = el(doc, "button", spec.addLabel);
  submit.type = "submit";
  const cancel = button(doc, "Cancel");
  cancel.hidden = true;
  cancel.addEventListener("click", () => on.cancel());
  form.querySelector("fieldset")!.append(buttonRow(doc, submit, cancel));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    on.save();
  });
  return { form, views, submit, cancel };
}

export function createListPart<Id extends string>(
  doc: Document,
  spec: ListSpec<Id>,
  on: ListHandlers,
): ListPart<Id> & { on: ListHandlers } {
  const section = el(doc, "section", undefined, `${spec.id}s`);
  section.setAttribute("aria-labelledby", `${spec.id}s-heading`);
  const heading = withId(el(doc, "h3", spec.heading), `${spec.id}s-heading`);
  heading.tabIndex = -1;
  const status = withId(el(doc, "p", undefined, "status"), `${spec.id}s-status`);
  const list = el(doc, "ul", undefined, "apprenticeship-list");
  const { form, views, submit, cancel } = createForm(doc, spec, on);
  section.append(heading, status, list, form);
  const dateFields = new Set(spec.fields.filter((f) => f.date).map((f) => f.id));
  const part = {
    section,
    heading,
    status,
    list,
    form,
    views,
    submit,
    cancel,
    spec,
    dateFields,
    editing: undefined,
    on,
  };
  setFieldValues(views, spec.defaults(), dateFields);
  return part;
}

/** Show the items, each with what the rules say of it and its Edit and Remove buttons. */
export function showItems<Id extends string>(
  part: ListPart<Id> & { on: ListHandlers },
  items: readonly ListItem[],
): void {
  const doc = part.list.ownerDocument;
  part.list.replaceChildren(
    ...items.map((item, index) => {
      const li = el(doc, "li");
      const words = el(doc, "div", undefined, "list-item-words");
      words.append(el(doc, "span", item.text));
      if (item.detail) words.append(el(doc, "p", item.detail, "hint"));
      const edit = button(doc, "Edit");
      edit.setAttribute("aria-label", `Edit ${item.name}`);
      edit.addEventListener("click", () => part.on.edit(index));
      const remove = button(doc, "Remove");
      remove.setAttribute("aria-label", `Remove ${item.name}`);
      remove.addEventListener("click", () => part.on.remove(index));
      li.append(words, buttonRow(doc, edit, remove));
      return li;
    }),
  );
  part.list.hidden = items.length === 0;
}

/** Put an item in the form to edit it: the submit saves it back in its place. */
export function startEditing<Id extends string>(
  part: ListPart<Id>,
  index: number,
  raw: Record<Id, string | boolean>,
): void {
  part.editing = index;
  setFieldValues(part.views, raw, part.dateFields);
  part.submit.textContent = "Save changes";
  part.cancel.hidden = false;
  part.views.values().next().value?.input.focus();
}

/** Back to adding: the form emptied (keeping the fields named in `keep`), the focus in its first field. */
export function stopEditing<Id extends string>(part: ListPart<Id>, keep: Partial<Record<Id, unknown>> = {}): void {
  part.editing = undefined;
  setFieldValues(part.views, { ...part.spec.defaults(), ...keep }, part.dateFields);
  part.submit.textContent = part.spec.addLabel;
  part.cancel.hidden = true;
  part.views.values().next().value?.input.focus();
}
