/**
 * The register last checked on the Register tab, handed to the SENCO time tab so the SENCO does
 * not type its figures again: the counts (what a preview can use), in Excel the register's column
 * as the statement's formulas refer to it, and the notional SEN budget, pupil mobility and SEN
 * support weight as typed on the Register tab when the SENCO time tab takes the register (read
 * then, so a figure typed after the check goes too). The shell makes one channel and gives it to
 * every tab in the PaneEnv; the Register tab hands a register over, the SENCO time tab listens
 * (from whenever it is first opened).
 */
import type { RegisterCounts } from "../../rules/sen-register";
import type { DescribedRegister } from "../../sheets/statement/register-reference";

/** The Register tab's guide-hours fields as typed. */
export interface RegisterFigures {
  readonly budget: string;
  readonly mobility: string;
  readonly weight: string;
  /** The user confirmed this mobility (above its published range) on the Register tab. */
  readonly mobilityConfirmed: boolean;
}

export interface CheckedRegister {
  /** Where it came from, in words: 'sims.csv, column "SEN Status"', 'the column "SEN Status" of the table Pupils'. */
  readonly source: string;
  readonly counts: RegisterCounts;
  /** Cells that are not codes (not counted). */
  readonly invalidCount: number;
  /** Pupils with no SEN status (counted as no SEN). */
  readonly noStatus: number;
  /** Excel: the provision column as the statement refers to it. */
  readonly column?: DescribedRegister;
  /** The Register tab's figures as typed now. */
  readonly figures?: () => RegisterFigures;
}

export interface CheckedRegisterChannel {
  /** The register last handed over; undefined until one is. */
  latest: CheckedRegister | undefined;
  readonly listeners: ((register: CheckedRegister) => void)[];
}

export function createCheckedRegisterChannel(): CheckedRegisterChannel {
  return { latest: undefined, listeners: [] };
}

/** The Register tab checked a register: keep it and tell every listener. */
export function handOverRegister(channel: CheckedRegisterChannel, register: CheckedRegister): void {
  channel.latest = register;
  for (const listener of channel.listeners) listener(register);
}

/**
 * Call `listener` with the register handed over last, if any (a tab opened after the Register tab
 * checked one still offers it), and with each one handed over from now on.
 */
export function whenRegisterChecked(
  channel: CheckedRegisterChannel,
  listener: (register: CheckedRegister) => void,
): void {
  channel.listeners.push(listener);
  if (channel.latest) listener(channel.latest);
}
