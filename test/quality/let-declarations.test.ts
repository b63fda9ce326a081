/**
 * The functions build's last step (scripts/let-declarations.js): once minified, each `const`
 * declaration is written as `let` and declarations that follow one another in a block are joined.
 * Checked on small scripts for what it must and must not touch, and on code that runs the same
 * before and after; the built bundle itself runs through every bundle-level suite.
 */
import * as vm from "vm";

/* eslint-disable @typescript-eslint/no-require-imports */
const { withLetDeclarations } = require("../../scripts/let-declarations.js") as {
  withLetDeclarations: (code: string) => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

describe("const written as let, declarations joined", () => {
  test.each([
    ["a const alone", "const a=1;f(a);", "let a=1;f(a);"],
    ["two in a row", "const a=1;const b=a+1;f(b);", "let a=1,b=a+1;f(b);"],
    ["a let then a const", "let a=1;const b=2;", "let a=1,b=2;"],
    ["a destructuring one joined", "const a=1;const{b:c}=d;", "let a=1,{b:c}=d;"],
    ["in a loop head", "for(const x of y)f(x);", "for(let x of y)f(x);"],
    ["in a nested block", "function g(){const a=1;const b=2;return a+b}", "function g(){let a=1,b=2;return a+b}"],
    ["a const after a var (never joined to it)", "var a=1;const b=2;", "var a=1;let b=2;"],
    ["a var after a let (left alone)", "let a=1;var b=2;", "let a=1;var b=2;"],
  ])("%s", (_label, code, expected) => {
    expect(withLetDeclarations(code)).toBe(expected);
  });

  test("no const in text or a property name is touched", () => {
    const code = 'const a={const:1},b="const x",c=`const ${a.const}`;f(a,b,c);';
    expect(withLetDeclarations(code)).toBe('let a={const:1},b="const x",c=`const ${a.const}`;f(a,b,c);');
  });

  test("code runs the same before and after (closures in a loop keep one binding each)", () => {
    const code =
      'const out=[];for(const i of [1,2,3]){const j=i*2;const k=j+1;out.push(()=>i+":"+j+":"+k)}const r=out.map(f=>f()).join(",");r';
    const after = withLetDeclarations(code);
    expect(after).not.toMatch(/\bconst\b/);
    expect(vm.runInNewContext(after)).toBe(vm.runInNewContext(code));
    expect(vm.runInNewContext(after)).toBe("1:2:3,2:4:5,3:6:7");
  });
});
