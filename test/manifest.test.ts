/**
 * The offline manifest check (scripts/check-manifest.js) on the real manifest, and on altered
 * copies showing that each rule rejects what it should.
 */
import * as fs from "fs";
import * as path from "path";

// Plain JavaScript build scripts, loaded the way Node runs them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../scripts/check-manifest.js") as {
  checkManifest: (xml: string, options?: { production?: boolean; assetsDir?: string }) => string[];
};

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ASSETS = path.join(ROOT, "assets");

function altered(from: string | RegExp, to: string): string {
  const result = MANIFEST.replace(from, to);
  if (result === MANIFEST) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return result;
}

/** 1-based line of the first occurrence of marker in manifest.xml. */
function lineOf(marker: string): number {
  const index = MANIFEST.indexOf(marker);
  if (index < 0) throw new Error(`test setup: ${marker} not found in manifest.xml`);
  return MANIFEST.slice(0, index).split("\n").length;
}

describe("manifest.xml", () => {
  test("passes the offline check, icons included", () => {
    expect(checkManifest(MANIFEST, { assetsDir: ASSETS })).toEqual([]);
  });

  test("is the add-in this project describes", () => {
    expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(MANIFEST).toContain('<Host Name="Workbook" />');
    expect(MANIFEST).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.2" />');
    expect(MANIFEST).toContain('<bt:String id="Functions.Namespace" DefaultValue="SEND" />');
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toContain('<Action xsi:type="ShowTaskpane">');
    // JavaScript-only custom-functions runtime: no shared runtime.
    expect(MANIFEST.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/SharedRuntime|<Runtimes>/);
  });

  test("the development manifest fails the production check (it names localhost)", () => {
    const problems = checkManifest(MANIFEST, { production: true });
    expect(problems.length).toBeGreaterThan(5);
    expect(problems.every((p) => p.includes("must not name localhost"))).toBe(true);
  });
});

describe("the offline check rejects", () => {
  test("a misspelled resid", () => {
    expect(
      checkManifest(altered('<SourceLocation resid="Taskpane.Url" />', '<SourceLocation resid="Taskpane.Ulr" />')),
    ).toEqual([expect.stringMatching(/resid "Taskpane.Ulr" on <SourceLocation> does not match any resource id/)]);
  });

  test("XML that is not well-formed", () => {
    expect(checkManifest(altered("</Permissions>", "</Permission>"))).toEqual([
      expect.stringMatching(/^not well-formed XML: line \d+: closing tag <\/Permission> does not match <Permissions>/),
    ]);
  });

  test("a duplicate resource id", () => {
    const problems = checkManifest(altered('<bt:String id="SendGroup.Label"', '<bt:String id="GetStarted.Title"'));
    expect(problems).toContainEqual(expect.stringMatching(/resource id "GetStarted.Title" is defined 2 times/));
    expect(problems).toContainEqual(expect.stringMatching(/resid "SendGroup.Label" on <Label> does not match/));
  });

  test("a resource id over 32 characters", () => {
    const long = "Functions.Metadata.Url.TooLongToUse";
    expect(checkManifest(MANIFEST.split("Functions.Metadata.Url").join(long))).toEqual([
      expect.stringMatching(/resource id "Functions.Metadata.Url.TooLongToUse" has 35 characters; at most 32/),
    ]);
  });

  test("a namespace over 32 characters", () => {
    expect(
      checkManifest(altered('DefaultValue="SEND" />', 'DefaultValue="SENDLEADERSHIPFUNCTIONSFORSCHOOLSX" />')),
    ).toEqual([expect.stringMatching(/Namespace "SENDLEADERSHIPFUNCTIONSFORSCHOOLSX" has 34 characters; at most 32/)]);
  });

  test("a resid pointing at the wrong kind of resource", () => {
    expect(
      checkManifest(
        altered('<Namespace resid="Functions.Namespace" />', '<Namespace resid="GetStarted.Description" />'),
      ),
    ).toContainEqual(
      expect.stringMatching(
        /resid "GetStarted.Description" on <Namespace> must name a resource in <bt:ShortStrings>, not <bt:LongStrings>/,
      ),
    );
  });

  test("elements out of Microsoft's order", () => {
    const swapped = altered(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1");
    expect(checkManifest(swapped)).toEqual([expect.stringMatching(/<Version> is out of order inside <OfficeApp>/)]);
    const cf = altered(/(<Metadata>[\s\S]*?<\/Metadata>)(\s*)(<Namespace [^>]*\/>)/, "$3$2$1");
    expect(checkManifest(cf)).toEqual([
      expect.stringMatching(
        /<Metadata> is out of order inside <ExtensionPoint>; the order is Script, Page, Metadata, Namespace/,
      ),
    ]);
  });

  test("a URL that is not https", () => {
    expect(
      checkManifest(
        altered(
          'DefaultValue="https://localhost:3000/functions.json"',
          'DefaultValue="http://localhost:3000/functions.json"',
        ),
      ),
    ).toEqual([expect.stringMatching(/must be an https URL; it is http:\/\/localhost:3000\/functions.json/)]);
  });

  test("a wider permission and a missing CustomFunctionsRuntime 1.2", () => {
    expect(checkManifest(altered("ReadWriteDocument", "ReadAllDocument"))).toEqual([
      expect.stringMatching(/Permissions> must be ReadWriteDocument; it is "ReadAllDocument" \(wider/),
    ]);
    expect(checkManifest(altered('MinVersion="1.2"', 'MinVersion="1.1"'))).toEqual([
      expect.stringMatching(/CustomFunctionsRuntime MinVersion 1.2/),
    ]);
  });

  test("an icon whose file has the wrong size", () => {
    const problems = checkManifest(
      altered(
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
      ),
      { assetsDir: ASSETS },
    );
    expect(problems).toContainEqual(expect.stringMatching(/must be a 80x80 PNG; it is 64x64/));
  });
});

describe("the offline check rejects XML that is not well-formed", () => {
  const permissions = lineOf("<Permissions>");
  const hosts = lineOf("<Hosts>");
  const officeApp = lineOf("<OfficeApp");
  const last = MANIFEST.trimEnd().split("\n").length;
  test.each<[string, string, string | RegExp, string]>([
    [
      "a mismatched closing tag",
      `line ${permissions}: closing tag </Permission> does not match <Permissions> opened on line ${permissions}`,
      "</Permissions>",
      "</Permission>",
    ],
    [
      "a closing tag left out",
      `line ${last}: closing tag </OfficeApp> does not match <Extra> opened on line ${last}`,
      "</OfficeApp>",
      "<Extra></OfficeApp>",
    ],
    [
      "an unclosed root",
      `line ${MANIFEST.replace("</OfficeApp>", "").split("\n").length}: <OfficeApp> opened on line ${officeApp} is never closed`,
      "</OfficeApp>",
      "",
    ],
    [
      "a duplicate attribute",
      `line ${hosts}: attribute Name appears twice in <Hosts>`,
      "<Hosts>",
      '<Hosts Name="a" Name="b">',
    ],
    [
      '"<" inside an attribute value',
      `line ${hosts}: "<" inside attribute Name of <Hosts>`,
      "<Hosts>",
      '<Hosts Name="a<b">',
    ],
    [
      "a DTD",
      `line ${officeApp}: DOCTYPE and other declarations are not allowed here`,
      "<OfficeApp",
      '<!DOCTYPE OfficeApp [\n<!ENTITY x "y">\n]><OfficeApp',
    ],
    ["text before the root", `line ${officeApp}: text outside the root element`, "<OfficeApp", "text<OfficeApp"],
    ["text after the root", `line ${last}: text outside the root element`, "</OfficeApp>", "</OfficeApp>text"],
    ["a second root", `line ${last}: more than one root element`, "</OfficeApp>", "</OfficeApp><OfficeApp/>"],
    [
      "an unknown entity",
      `line ${permissions}: unknown entity &nbsp;`,
      "<Permissions>ReadWriteDocument",
      "<Permissions>&nbsp;ReadWriteDocument",
    ],
    [
      'a stray "&"',
      `line ${permissions}: "&" must start an entity such as &amp;`,
      "<Permissions>ReadWriteDocument",
      "<Permissions>Read & WriteDocument",
    ],
  ])("%s", (_, message, from, to) => {
    expect(checkManifest(altered(from, to))).toEqual([`not well-formed XML: ${message}`]);
  });

  test("an empty file", () => {
    expect(checkManifest("")).toEqual(["not well-formed XML: line 1: no root element"]);
  });
});
