/** What each way of matching a table to the table of schools is called in the pane and on the sheet. */
import { KEY_LABELS } from "../../../values/school-keys";
import type { MatchKind } from "./join-types";

export const MATCH_LABELS: Readonly<Record<MatchKind, string>> = { ...KEY_LABELS, name: "school name" };
