#!/usr/bin/env node
/**
 * Offline manifest check (Microsoft's validator needs the internet: `npm run validate`).
 *
 *   node scripts/check-manifest.js [manifest.xml] [--production]
 *
 * Checks: well-formed XML; the add-in's shape (TaskPaneApp, Workbook host, ReadWriteDocument and
 * nothing wider, CustomFunctionsRuntime 1.2 or later, ExcelApi 1.9 or later, en-GB, a GUID Id); every resid resolves to
 * exactly one resource of the right kind; resource ids unique and at most 32 characters; the
 * custom-functions Namespace at most 32 characters; string lengths; element order as Microsoft's
 * schemas (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd) fix it for every
 * element used; every URL https; icons that exist locally have the size they claim. With
 * --production (for dist/manifest.xml built with ADDIN_BASE_URL) no URL may name localhost.
 * Prints every problem and exits 1 when there is any.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { parseXml, localName, walk } = require("./xml");
const { DEV_BASE_URL } = require("./base-url");

/**
 * Child order per parent, from Microsoft's schemas. Keys are local names, or "Name[xsi:type]"
 * where the schema type depends on xsi:type. A parent listed here may hold only these children.
 */
const CHILD_ORDER = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  Hosts: ["Host"],
  DefaultSettings: ["SourceLocation"],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
    "VersionOverrides",
  ],
  "Host[Workbook]": ["AllFormFactors", "DesktopFormFactor"],
  AllFormFactors: ["ExtensionPoint"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  "ExtensionPoint[CustomFunctions]": ["Script", "Page", "Metadata", "Namespace"],
  "ExtensionPoint[PrimaryCommandSurface]": ["OfficeTab", "CustomTab"],
  Script: ["SourceLocation"],
  Page: ["SourceLocation"],
  Metadata: ["SourceLocation"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  OfficeTab: ["Group"],
  CustomTab: ["Group", "Label"],
  Group: ["Label", "Icon", "Control"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action[ShowTaskpane]": ["TaskpaneId", "SourceLocation", "Title"],
  Icon: ["Image"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Images: ["Image"],
  Urls: ["Url"],
  ShortStrings: ["String"],
  LongStrings: ["String"],
};

/** Children that must be present (minOccurs 1) for the elements we use. */
const REQUIRED_CHILDREN = {
  OfficeApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "DefaultSettings",
    "Permissions",
  ],
  "ExtensionPoint[CustomFunctions]": ["Script", "Page"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action[ShowTaskpane]": ["SourceLocation"],
};

/** Which resource list a resid on an element must point into. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const PERMISSIONS_WIDER_THAN_NEEDED = ["ReadAllDocument"];
const ALLOWED_PERMISSION = "ReadWriteDocument";
/** The ExcelApi requirement set the task pane's code relies on (a test holds src/workbook to it). */
const EXCEL_API_FLOOR = "1.9";
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const XSI_TYPE = "xsi:type";

function orderKey(element) {
  const name = localName(element.name);
  const type = element.attributes[XSI_TYPE];
  if (type && CHILD_ORDER[`${name}[${type}]`]) return `${name}[${type}]`;
  return name;
}

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Width and height of a PNG file, or undefined when it is not a PNG. */
function pngSize(file) {
  const data = fs.readFileSync(file);
  if (data.length < 24 || data.toString("latin1", 1, 4) !== "PNG" || data.toString("latin1", 12, 16) !== "IHDR")
    return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/**
 * Check manifest text. Options: production (no localhost), assetsDir (check local icon files
 * that DEV_BASE_URL/assets/... URLs name). Returns a list of problems; empty means it passes.
 */
function checkManifest(xmlText, options = {}) {
  const problems = [];
  let root;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    return [`not well-formed XML: ${error.message}`];
  }

  // Shape.
  if (root.name !== "OfficeApp") problems.push(`the root element is <${root.name}>, not <OfficeApp>`);
  if (root.attributes[XSI_TYPE] !== "TaskPaneApp") problems.push('OfficeApp must have xsi:type="TaskPaneApp"');
  const top = (name) => root.children.filter((c) => localName(c.name) === name);
  const text = (name) => (top(name)[0] ? top(name)[0].text.trim() : "");
  if (!GUID.test(text("Id"))) problems.push(`<Id> must be a GUID; it is "${text("Id")}"`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version")))
    problems.push(`<Version> must look like 1.0.0.0; it is "${text("Version")}"`);
  if (text("DefaultLocale") !== "en-GB")
    problems.push(`<DefaultLocale> must be en-GB; it is "${text("DefaultLocale")}"`);
  const permissions = text("Permissions");
  if (permissions !== ALLOWED_PERMISSION) {
    const wider = PERMISSIONS_WIDER_THAN_NEEDED.includes(permissions) ? " (wider than the add-in needs)" : "";
    problems.push(`<Permissions> must be ${ALLOWED_PERMISSION}; it is "${permissions}"${wider}`);
  }
  const hostNames = (top("Hosts")[0]?.children ?? []).map((h) => h.attributes.Name);
  if (hostNames.length !== 1 || hostNames[0] !== "Workbook")
    problems.push(`<Hosts> must list only Workbook; it lists ${hostNames.join(", ") || "nothing"}`);
  const sets = [];
  walk(root, (el, parent) => {
    if (localName(el.name) === "Set" && parent && localName(parent.name) === "Sets") sets.push(el);
  });
  const cfr = sets.find((s) => s.attributes.Name === "CustomFunctionsRuntime");
  if (!cfr || compareVersions(cfr.attributes.MinVersion || "1.1", "1.2") < 0) {
    problems.push(
      "Requirements must ask for CustomFunctionsRuntime MinVersion 1.2 or later (needed for error messages)",
    );
  }
  const excelApi = sets.find((s) => s.attributes.Name === "ExcelApi");
  if (!excelApi || compareVersions(excelApi.attributes.MinVersion || "1.1", EXCEL_API_FLOOR) < 0) {
    problems.push(
      `Requirements must ask for ExcelApi MinVersion ${EXCEL_API_FLOOR} or later (the floor the task pane's code relies on)`,
    );
  }
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const value = top(name)[0]?.attributes.DefaultValue ?? "";
    if (value.length === 0 || value.length > max)
      problems.push(`<${name}> DefaultValue must have 1 to ${max} characters; it has ${value.length}`);
  }

  // Element order and required children.
  walk(root, (el) => {
    const key = orderKey(el);
    const order = CHILD_ORDER[key];
    if (!order) return;
    let last = -1;
    for (const child of el.children) {
      const name = localName(child.name);
      const index = order.indexOf(name);
      if (index < 0) {
        problems.push(
          `line ${child.line}: <${child.name}> is not allowed inside <${el.name}>${key !== localName(el.name) ? ` (${key})` : ""}`,
        );
      } else if (index < last) {
        problems.push(
          `line ${child.line}: <${child.name}> is out of order inside <${el.name}>; the order is ${order.join(", ")}`,
        );
      } else {
        last = index;
      }
    }
    for (const required of REQUIRED_CHILDREN[key] ?? []) {
      if (!el.children.some((c) => localName(c.name) === required))
        problems.push(`line ${el.line}: <${el.name}> needs a <${required}>`);
    }
  });

  // Resources: ids unique, at most 32 characters; string lengths.
  const resources = new Map(); // id -> [{ kind, value, line }]
  let resourcesElement;
  walk(root, (el) => {
    if (localName(el.name) === "Resources") resourcesElement = el;
  });
  if (!resourcesElement) problems.push("VersionOverrides has no <Resources>");
  for (const list of resourcesElement?.children ?? []) {
    const kind = localName(list.name);
    for (const item of list.children) {
      const id = item.attributes.id;
      const value = item.attributes.DefaultValue ?? "";
      if (!id) {
        problems.push(`line ${item.line}: a resource in <${list.name}> has no id`);
        continue;
      }
      if (id.length > 32)
        problems.push(`line ${item.line}: resource id "${id}" has ${id.length} characters; at most 32 are allowed`);
      const max = kind === "ShortStrings" ? 125 : kind === "LongStrings" ? 250 : 2048;
      if (value.length === 0 || value.length > max)
        problems.push(`line ${item.line}: resource "${id}" must have a DefaultValue of 1 to ${max} characters`);
      if (!resources.has(id)) resources.set(id, []);
      resources.get(id).push({ kind, value, line: item.line });
    }
  }
  for (const [id, entries] of resources) {
    if (entries.length > 1)
      problems.push(
        `resource id "${id}" is defined ${entries.length} times (lines ${entries.map((e) => e.line).join(", ")}); ids must be unique`,
      );
  }

  // Every resid resolves to exactly one resource of the right kind.
  const imageUses = [];
  walk(root, (el) => {
    const resid = el.attributes.resid;
    if (resid === undefined) return;
    const entries = resources.get(resid) ?? [];
    if (entries.length === 0) {
      problems.push(`line ${el.line}: resid "${resid}" on <${el.name}> does not match any resource id`);
      return;
    }
    const expected = RESID_KIND[localName(el.name)];
    if (expected && entries[0].kind !== expected) {
      problems.push(
        `line ${el.line}: resid "${resid}" on <${el.name}> must name a resource in <bt:${expected}>, not <bt:${entries[0].kind}>`,
      );
    }
    if (localName(el.name) === "Image" && el.attributes.size)
      imageUses.push({ size: Number(el.attributes.size), url: entries[0].value, line: el.line });
    if (localName(el.name) === "Namespace") {
      const ns = entries[0].value;
      if (ns.length > 32)
        problems.push(
          `line ${el.line}: the custom-functions Namespace "${ns}" has ${ns.length} characters; at most 32 are allowed`,
        );
      if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(ns))
        problems.push(`line ${el.line}: the custom-functions Namespace "${ns}" must be letters, digits and dots`);
    }
  });

  // URLs: every URL https; production names no localhost.
  walk(root, (el) => {
    const values = Object.entries(el.attributes).filter(([name]) => !name.startsWith("xmlns"));
    if (el.children.length === 0 && el.text.trim()) values.push(["(text)", el.text.trim()]);
    for (const [name, value] of values) {
      if (!URL_LIKE.test(value)) continue;
      if (!value.startsWith("https://"))
        problems.push(`line ${el.line}: ${name} of <${el.name}> must be an https URL; it is ${value}`);
      if (options.production && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(?=[:/]|$)/i.test(value)) {
        problems.push(
          `line ${el.line}: the production manifest must not name localhost: ${value} (build with ADDIN_BASE_URL)`,
        );
      }
    }
  });

  // The add-in's own icons: IconUrl is 32x32, HighResolutionIconUrl 64x64 (Microsoft's manifest reference).
  for (const [name, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ]) {
    const el = top(name)[0];
    if (el?.attributes.DefaultValue) imageUses.push({ size, url: el.attributes.DefaultValue, line: el.line });
  }

  // Local icons exist and have the size they claim.
  if (options.assetsDir) {
    const prefix = `${DEV_BASE_URL}/assets/`;
    for (const use of imageUses) {
      if (!use.url.startsWith(prefix)) continue;
      const file = path.join(options.assetsDir, use.url.slice(prefix.length));
      if (!fs.existsSync(file)) {
        problems.push(`line ${use.line}: icon ${use.url} has no file ${path.relative(process.cwd(), file)}`);
        continue;
      }
      const size = pngSize(file);
      if (!size || size.width !== use.size || size.height !== use.size) {
        problems.push(
          `line ${use.line}: icon ${use.url} must be a ${use.size}x${use.size} PNG; it is ${size ? `${size.width}x${size.height}` : "not a PNG"}`,
        );
      }
    }
  }
  return problems;
}

function main(argv) {
  const production = argv.includes("--production");
  const file = argv.find((a) => !a.startsWith("--")) ?? "manifest.xml";
  let xmlText;
  try {
    xmlText = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`check-manifest: cannot read ${file}: ${error.message}`);
    return 1;
  }
  const assetsDir = path.join(path.dirname(path.resolve(file)), "assets");
  const problems = checkManifest(xmlText, { production, assetsDir });
  if (problems.length > 0) {
    console.error(`check-manifest: ${file} has ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`check-manifest: ${file} passes the offline checks${production ? " (production: no localhost)" : ""}.`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { checkManifest, CHILD_ORDER, main };
