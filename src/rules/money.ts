/**
 * Largest amount of money the rules accept: £1,000,000,000,000. The rules count money in whole
 * pence, and pence stay exact in a JavaScript number only up to 2^53 (about £90 trillion); far
 * above any school's or LA's figures, and it keeps 1e308 from overflowing to Infinity.
 * (Not a published rule: a limit of the arithmetic.)
 */
export const MAX_MONEY = 1e12;

/** The limit as users read it in messages. */
export const MAX_MONEY_TEXT = "£1,000,000,000,000";

/** An amount of money in pounds, as every rule and input accepts it. */
export const MONEY_LIMITS = {
  allowed: "an amount in pounds of 0 or more",
  min: 0,
  max: MAX_MONEY,
  overMax: `must be at most ${MAX_MONEY_TEXT}`,
} as const;

/** Pounds as whole pence (money is worked in pence so that amounts add up exactly). */
export const toPence = (pounds: number): number => Math.round(pounds * 100);
/** Whole pence as pounds. */
export const toPounds = (pence: number): number => pence / 100;

/** Whole pence (0 or more) as messages show money: £14,000.00. Written out: no Intl in every Excel runtime. */
export function poundsText(pence: number): string {
  const whole = String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `£${whole}.${("0" + (pence % 100)).slice(-2)}`;
}
