/**
 * The SLMDA for SENCOs programme: its two routes, their length, blocks, workshops and fee, as the
 * provider's guidance for line managers of the 2020/21 programme gives them: [serco-slmda-lm]
 * "School Leader Master's Degree Apprenticeship (SLMDA) for SENCOs 2020/2021: Guidance for Line
 * Managers" (Serco Education, December 2019). These facts describe that programme; a later
 * cohort's provider may publish others.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { field, say, noAnswerError } from "./errors";

/** Months a whole number from 1 to 60 (the routes are 27 and 18; five years catches typing slips). */
export const MONTHS_LIMITS = { allowed: "a whole number from 1 to 60", min: 1, max: 60, integer: true } as const;

/** "full": the apprentice has not yet got the National Award for SEN Co-ordination; "nasenco": already holds it. */
export type SlmdaRoute = "full" | "nasenco";

/** The route for the `nasenco_completed` answer; an unanswered question means the full programme (the guidance's main route). */
export function slmdaRoute(nasencoCompleted: boolean | undefined): SlmdaRoute {
  return nasencoCompleted === true ? "nasenco" : "full";
}

export interface SlmdaBlock {
  number: number;
  /** The taught module, before " & " in the guidance's block title ("" for a project-only block). */
  module: string;
  /** The work-based project, after " & " in the guidance's block title. */
  project: string;
  /** The block title word for word as the guidance's "Structure" section gives it. */
  title: string;
}

/** What the rules and the functions use of a route. */
export interface SlmdaRouteRules {
  /** Planned duration in whole months. */
  months: number;
  blocks: readonly SlmdaBlock[];
  /** Number of 1-day face-to-face regional workshops. */
  workshops: number;
  /** Fee in pounds, or undefined where the guidance publishes none. */
  fee: number | undefined;
}

/** A route's rules with its name, as the plan sheet and the pane show them. */
export interface SlmdaRouteFacts extends SlmdaRouteRules {
  route: SlmdaRoute;
  name: string;
}

/** A block from its title in the guidance: "Module & Work based project (...)" splits at " & ". */
function block(number: number, title: string): SlmdaBlock {
  const at = title.indexOf(" & ");
  if (at < 0) return Object.freeze({ number, module: "", project: title, title });
  return Object.freeze({ number, module: title.slice(0, at), project: title.slice(at + 3), title });
}

// [serco-slmda-lm] "Structure": the first three blocks, the same on both routes (word for word).
const FIRST_BLOCKS: readonly SlmdaBlock[] = [
  block(1, "Operations Management & Work based project (Masters Learning)"),
  block(2, "Finance Management & Work based project (Research Methods)"),
  block(3, "Strategic Management & Work based project (Research Proposal)"),
];

// [serco-slmda-lm] "Structure": "The full list of learning blocks" (word for word).
const FULL_BLOCKS: readonly SlmdaBlock[] = Object.freeze([
  ...FIRST_BLOCKS,
  block(4, "Orientation and Perspectives on SEN and Inclusive Practice & Work based project (working on project)"),
  block(5, "Evidence Based Practice and Inclusion & Work based project (working on project)"),
  block(6, "Whole School Development: Enabling Inclusion & Work based project (working on project)"),
]);

// [serco-slmda-lm] "Structure": "For apprentices that have already successfully completed the National Award
// for SEN Co-ordination, the structure will be as follows" (word for word).
const NASENCO_BLOCKS: readonly SlmdaBlock[] = Object.freeze([
  ...FIRST_BLOCKS,
  block(4, "Leading and Change & Work based project"),
  block(5, "Work based project and completion of Portfolio of Evidence."),
]);

/** Each route's length, blocks, workshops and fee: what the rules and the functions use. */
export const SLMDA_ROUTE_RULES: Record<SlmdaRoute, SlmdaRouteRules> = Object.freeze({
  full: Object.freeze({
    months: 27, // [serco-slmda-lm] "Programme Overview": "a 27-month programme of study"
    blocks: FULL_BLOCKS, // [serco-slmda-lm] "Programme Overview": "6 blocks in total"
    workshops: 9, // [serco-slmda-lm] "Cost": "nine x 1-day regional face-to-face workshops"
    fee: 18000, // [serco-slmda-lm] "Cost": "The cost is currently £18,000 for the full programme"
  }),
  nasenco: Object.freeze({
    months: 18, // [serco-slmda-lm] "Cost": "the length of the programme may be reduced to 18 months"
    blocks: NASENCO_BLOCKS, // [serco-slmda-lm] "Structure": five blocks for NASENCO holders
    workshops: 7, // [serco-slmda-lm] "Cost": "this will be reduced to seven" for NASENCO holders
    fee: undefined, // [serco-slmda-lm] "Cost": "will also reduce the fee payable", no amount published
  }),
});

function named(route: SlmdaRoute, name: string): SlmdaRouteFacts {
  return Object.freeze(Object.assign({ route, name }, SLMDA_ROUTE_RULES[route]));
}

/**
 * Each route's rules with the route's name, for the plan sheet and the pane (kept apart from
 * SLMDA_ROUTE_RULES so that the functions bundle, which never shows a name, carries none).
 */
// (#__PURE__: named() has no side effects, so a bundle that does not use SLMDA_ROUTES drops it.)
export const SLMDA_ROUTES: Record<SlmdaRoute, SlmdaRouteFacts> = Object.freeze({
  full: /*#__PURE__*/ named("full", "Full programme (National Award for SEN Co-ordination not yet held)"),
  nasenco: /*#__PURE__*/ named("nasenco", "NASENCO route (National Award for SEN Co-ordination already held)"),
});

/**
 * The programme fee in pounds (the 2020/21 programme's). The guidance publishes no fee for the NASENCO route: the answer is
 * "not available" with a message to use the provider's quoted price, never an invented figure.
 */
export function slmdaFee(route: SlmdaRoute): number {
  const fee = SLMDA_ROUTE_RULES[route].fee;
  if (fee === undefined) {
    throw noAnswerError(
      say`${field("nasenco_completed")} is TRUE: the provider's guidance says the NASENCO route's fee is reduced but publishes no amount. Use the price the provider quotes you.`,
    );
  }
  return fee;
}
