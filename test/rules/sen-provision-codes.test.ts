/**
 * Reading one register cell: a code's place in SEN_CODES, a blank, anything else below the blank;
 * a column header; a code and a description that disagree. The forms each code is read from are
 * tested with the register (sen-register.test.ts).
 */
import {
  codeConflict,
  looksLikeRegisterHeader,
  parseSenCode,
  SEN_CODE_BLANK,
  SEN_CODES,
  senCodeIndex,
} from "../../src/rules/sen-provision-codes";
import { countRegister, firstPupilRow } from "../../src/rules/sen-register";

describe("senCodeIndex: a code's place in SEN_CODES, the blank, or below it", () => {
  test("each code letter in either case is its place in SEN_CODES", () => {
    SEN_CODES.forEach((code, index) => {
      expect([code, senCodeIndex(code), senCodeIndex(code.toLowerCase())]).toEqual([code, index, index]);
    });
    expect(senCodeIndex("  E - EHC Plan ")).toBe(1);
  });

  test.each([[""], [" "], ["\t"], ["\u00a0"], ["\t\t"], [null], [undefined], [0]])("%p is the blank", (cell) => {
    expect(senCodeIndex(cell)).toBe(SEN_CODE_BLANK);
    expect(parseSenCode(cell)).toBeNull();
  });

  test.each([
    ["\u007f", "the last character below 128"],
    ["\u0080", "the first character from 128"],
    ["\u2713", "a tick"],
    ["\u00e9", "an accented letter"],
    [" \u2713 ", "a tick with spaces"],
    ["X", "a letter that is no code"],
    [7, "a number"],
  ])("%p (%s) is below the blank", (cell, _what) => {
    expect(senCodeIndex(cell)).toBeLessThan(SEN_CODE_BLANK);
    expect(parseSenCode(cell)).toBeUndefined();
  });
});

describe("forms with punctuation around them, and words that only start with a code letter", () => {
  test.each([
    ['"SEN Support"', "K"],
    ["(EHC plan)", "E"],
    ["K - SEN Support.", "K"],
    ["[N] No SEN", "N"],
  ])("%p is %p: punctuation at either end is dropped", (cell, code) => {
    expect(parseSenCode(cell)).toBe(code);
  });

  test.each([["Ended EHC plan"], ["Awaiting EHC plan"], ["Previously SEN support"], ["Statement ended"]])(
    "%p is no code: a word starting with a code's letter is not the code",
    (cell) => {
      expect(parseSenCode(cell)).toBeUndefined();
      expect(codeConflict(cell)).toBeUndefined();
    },
  );
});

describe("codeConflict: a code and a description that disagree, in words", () => {
  test("the code's name and the description's code, spaces around the cell ignored", () => {
    expect(codeConflict(" K - EHC plan ")).toBe("its code K means SEN support but its description means EHC plan (E)");
    expect(codeConflict("N - SEN Support")).toBe("its code N means No SEN but its description means SEN support (K)");
  });

  test.each([["K - SEN Support"], ["K"], ["K - Autism"], ["K - Custom"], ["SEN Support"], [""], [7], [null]])(
    "%p has no conflict (agreeing, a code alone, a description that is no code's, no text)",
    (cell) => {
      expect(codeConflict(cell)).toBeUndefined();
    },
  );
});

describe("looksLikeRegisterHeader: text that is no code form and names the column", () => {
  test.each([["SEN Status"], [" SEN status "], ["sen_provision"], ["Need code"], ["Stage"], ["K/E/N status"]])(
    "%p is a header",
    (cell) => {
      expect(looksLikeRegisterHeader(cell)).toBe(true);
    },
  );

  test.each([
    ["SEN Support", "a code's description holding the word sen"],
    ["Statement of SEN", "the same"],
    ["K - SEN Support", "SIMS's code and description"],
    ["E - SEN Support", "a code and a description that disagree: a pupil's cell to correct"],
    ["Pupil name", "no header word"],
    ["S", "a code"],
    ["", "a blank"],
    ["x", "one character"],
    [12, "a number"],
  ])("%p is not a header (%s)", (cell, _why) => {
    expect(looksLikeRegisterHeader(cell)).toBe(false);
  });

  test("a register starting at a header of code letters counts the codes below it", () => {
    expect(firstPupilRow([["K/E/N status"], ["K"]])).toBe(1);
    expect(countRegister([["K/E/N status"], ["K"], ["E"]])).toMatchObject({ K: 1, E: 1, onRegister: 2 });
    // A first cell of SEN support is a pupil, not the header.
    expect(firstPupilRow([["SEN Support"], ["K"]])).toBe(0);
    expect(countRegister([["SEN Support"], ["K"]]).K).toBe(2);
  });
});
