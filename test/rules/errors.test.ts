/**
 * The rules' one error type (errors.ts): messages as parts with their field names left as
 * references, each surface's rendering, and an error about one cell of a range argument.
 */
import { FieldRef, RuleError, field, inCell, inRow, say } from "../../src/rules/errors";
import { ruleErrorOf } from "../helpers/rule-error";

describe("say", () => {
  test("keeps field references, makes values text, and leaves out empty pieces", () => {
    expect(say`${field("start_date")} is ${12}.`).toEqual([new FieldRef("start_date"), " is ", "12", "."]);
    expect(say`${field("a")}${field("b")}`).toEqual([new FieldRef("a"), new FieldRef("b")]);
    expect(say`plain`).toEqual(["plain"]);
  });
});

describe("RuleError", () => {
  test("a message given as text is the whole message", () => {
    const error = new RuleError("na", "The fee is not published.");
    expect([error.name, error.kind, error.message, error.parts, error.field]).toEqual([
      "RuleError",
      "na",
      "The fee is not published.",
      ["The fee is not published."],
      undefined,
    ]);
    expect(error).toBeInstanceOf(Error);
  });

  test("names its first field, renders each surface's names, and keeps the value and what is allowed", () => {
    const error = new RuleError("value", say`${field("price")} must be above ${field("levy")}.`, {
      value: "abc",
      allowed: "an amount",
    });
    expect([error.field, error.cell, error.value, error.allowed]).toEqual(["price", undefined, "abc", "an amount"]);
    expect(error.message).toBe("price must be above levy.");
    expect(error.render((ref) => ref.key.toUpperCase())).toBe("PRICE must be above LEVY.");
  });
});

describe("inCell and inRow: an error about one cell of a range argument", () => {
  const priceError = () =>
    new RuleError("value", say`${field("price")} must be above ${field("levy")}; it was 5.`, {
      value: 5,
      allowed: "an amount",
    });

  test("inCell: only the first field becomes the cell, its own name in brackets; the rest is kept", () => {
    const error = inCell(priceError(), "apprentices", { row: 2, col: 1 });
    expect([error.kind, error.field, error.cell, error.value, error.allowed]).toEqual([
      "value",
      "apprentices",
      { row: 2, col: 1 },
      5,
      "an amount",
    ]);
    expect(error.message).toBe("apprentices row 3, column 2 of the range (price) must be above levy; it was 5.");
  });

  test("inRow: an error about one of the columns becomes that cell's", () => {
    const error = ruleErrorOf(() =>
      inRow("apprentices", ["start", "price"], 4, () => {
        throw priceError();
      }),
    );
    expect([error.field, error.cell]).toEqual(["apprentices", { row: 4, col: 1 }]);
  });

  test("inRow: an error about another field, or no RuleError, passes unchanged; a result is returned", () => {
    const other = new RuleError("na", say`${field("levy")} is not known.`);
    const plain = new TypeError("not a rule's error");
    const rethrown = (error: Error) => {
      try {
        inRow("apprentices", ["start", "price"], 0, () => {
          throw error;
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    };
    expect(rethrown(other)).toBe(other);
    expect(rethrown(plain)).toBe(plain);
    expect(inRow("apprentices", ["start", "price"], 0, () => 42)).toBe(42);
  });
});
