/**
 * Reading a coded value from text (coded-text.ts): a key read as a code word and a form, and a
 * reader that remembers what it read, up to 500 texts.
 */
import { codeAndForm, remembered } from "../../src/rules/coded-text";

const CODES = ["SPLD", "MLD", "ASD"];
const codeOf = (word: string) => CODES.indexOf(word.toUpperCase());
const FORMS: ReadonlyMap<string, number> = new Map([
  ["specific learning difficulty", 0],
  ["moderate learning difficulty", 1],
  ["autistic spectrum disorder", 2],
]);

describe("codeAndForm", () => {
  test("a code word, one space and a form: the code and the form's index", () => {
    expect(codeAndForm("asd autistic spectrum disorder", codeOf, FORMS)).toEqual({ code: 2, form: 2 });
    expect(codeAndForm("mld autistic spectrum disorder", codeOf, FORMS)).toEqual({ code: 1, form: 2 });
  });

  test("a code word followed by what is no form: the code, no form", () => {
    expect(codeAndForm("asd pupils", codeOf, FORMS)).toEqual({ code: 2, form: undefined });
  });

  test.each([
    ["one word, even a code", "asd"],
    ["one word starting with a code", "asds"],
    ["a key starting with a space", " asd autistic spectrum disorder"],
    ["a first word that is no code", "xyz autistic spectrum disorder"],
  ])("%s: undefined", (_what, key) => {
    expect(codeAndForm(key, codeOf, FORMS)).toBeUndefined();
  });
});

describe("remembered", () => {
  const counting = () => {
    const calls: string[] = [];
    const read = remembered((text: string) => {
      calls.push(text);
      return text.length;
    });
    return { calls, read };
  };

  test("the same text is read once, and gives the same answer", () => {
    const { calls, read } = counting();
    expect([read("ASD"), read("ASD"), read("SPLD"), read("ASD")]).toEqual([3, 3, 4, 3]);
    expect(calls).toEqual(["ASD", "SPLD"]);
  });

  test("the first 500 texts are remembered; the 501st is read again each time", () => {
    const { calls, read } = counting();
    const texts = Array.from({ length: 501 }, (_, i) => `text ${i}`);
    texts.forEach((text) => read(text));
    expect(calls.length).toBe(501);
    expect(read("text 499")).toBe(8);
    expect(calls.length).toBe(501);
    expect(read("text 500")).toBe(8);
    expect(calls.length).toBe(502);
    expect(calls[501]).toBe("text 500");
  });
});
