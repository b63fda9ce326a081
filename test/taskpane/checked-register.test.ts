/**
 * The channel between the Register tab and the SENCO time tab (src/taskpane/shared/checked-register.ts).
 * Tabs are mounted when first opened, so the SENCO time tab may start listening after the Register
 * tab has handed a register over: it is offered the last one, then each new one.
 */
import {
  createCheckedRegisterChannel,
  handOverRegister,
  whenRegisterChecked,
  type CheckedRegister,
} from "../../src/taskpane/shared/checked-register";

function register(source: string, statements: number): CheckedRegister {
  const counts = { K: 6, E: 4, A: 1, P: 0, S: statements, N: 2, onRegister: 11 + statements };
  return { source, counts, invalidCount: 1, noStatus: 2 };
}

test("a listener added after a register was handed over is offered that register, then each new one", () => {
  const channel = createCheckedRegisterChannel();
  handOverRegister(channel, register("first.csv", 1));
  handOverRegister(channel, register("second.csv", 2));
  const seen: string[] = [];
  whenRegisterChecked(channel, (r) => seen.push(r.source));
  expect(seen).toEqual(["second.csv"]);
  handOverRegister(channel, register("third.csv", 3));
  expect(seen).toEqual(["second.csv", "third.csv"]);
});

test("a listener added before any register is handed over hears nothing until one is", () => {
  const channel = createCheckedRegisterChannel();
  const seen: string[] = [];
  whenRegisterChecked(channel, (r) => seen.push(r.source));
  expect(seen).toEqual([]);
  handOverRegister(channel, register("sims.csv", 1));
  expect(seen).toEqual(["sims.csv"]);
});
