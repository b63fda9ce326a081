/**
 * The requirement sets of the Office.js members the add-in's code uses, for a test that holds it
 * to the floor the manifest declares: every member the code reaches through the TypeScript checker
 * is looked up in the Office.js type definitions (@types/office-js), whose "[Api set: ExcelApi 1.x]"
 * remarks are Microsoft's reference's own; and the floor, read from manifest.xml.
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");

/** The requirement sets manifest.xml declares, by name: { ExcelApi: "1.9", CustomFunctionsRuntime: "1.2" }. */
export function manifestRequirementSets(file = path.join(ROOT, "manifest.xml")): Record<string, string> {
  const xml = fs.readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const sets: Record<string, string> = {};
  for (const m of xml.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="([^"]+)"\s*\/>/g)) sets[m[1]!] = m[2]!;
  return sets;
}

/** One use of an Office.js member: where, what, and the requirement set its definition names. */
export interface OfficeApiUse {
  readonly file: string;
  readonly line: number;
  /** e.g. "Workbook.getSelectedRanges" */
  readonly member: string;
  /** e.g. "ExcelApi 1.9"; undefined when its definition names none (a base class's member). */
  readonly set: string | undefined;
}

/** The requirement set a declaration's remarks name, e.g. "ExcelApi 1.9". */
function requirementSet(symbol: ts.Symbol, checker: ts.TypeChecker): string | undefined {
  for (const tag of symbol.getJsDocTags(checker)) {
    const text = ts.displayPartsToString(tag.text);
    const m = /\[\s*Api set:\s*([A-Za-z]+)\s*([\d.]+)?/i.exec(text);
    if (m) return m[2] ? `${m[1]} ${m[2]}` : m[1];
  }
  return undefined;
}

function isOfficeDeclaration(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) =>
    d.getSourceFile().fileName.replace(/\\/g, "/").includes("/@types/office-js/"),
  );
}

/** Every Office.js member that the .ts files under `dir` use, with its requirement set. */
export function officeApiUses(dir: string): OfficeApiUse[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2020,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: ["office-js"],
  });
  const checker = program.getTypeChecker();
  const uses: OfficeApiUse[] = [];
  for (const source of program.getSourceFiles().filter((s) => files.includes(path.normalize(s.fileName)))) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        if (symbol && isOfficeDeclaration(symbol)) {
          const parent = symbol.declarations?.[0]?.parent;
          const owner = parent && "name" in parent && parent.name ? (parent.name as ts.Identifier).getText() : "?";
          uses.push({
            file: path.relative(ROOT, source.fileName),
            line: source.getLineAndCharacterOfPosition(node.name.getStart()).line + 1,
            member: `${owner}.${node.name.text}`,
            set: requirementSet(symbol, checker),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** -1, 0 or 1 as requirement set version `a` is below, at or above `b` ("1.10" is above "1.9"). */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
