/**
 * XML for the manifest check: the sax parser in strict mode, building a small tree of
 * { name, attributes: {name: value}, children: [element], text, line }.
 *
 * sax rejects mismatched or unclosed tags, unquoted attribute values, a stray "&", unknown
 * entities (it reads the five predefined ones in any case: &AMP; is "&"), malformed comments and
 * text outside the root. This file rejects what sax lets through: a repeated attribute (sax
 * silently keeps the first), "<" inside an attribute value, more than one root, CDATA outside
 * the root, no root at all, and any DTD or other declaration (a manifest never needs one).
 * Every error message starts with "line N:".
 */
"use strict";

const sax = require("sax");

class XmlError extends Error {}

/**
 * 1-based line of a 0-based index into text. Counts on from the last index asked for, so asking
 * in increasing order (as the parser does) reads the text once.
 */
function lineCounter(text) {
  let at = 0;
  let line = 1;
  return (index) => {
    if (index < at) [at, line] = [0, 1];
    for (; at < index && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** An attribute in a start tag sax has already accepted: name="value" or name='value'. */
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** sax's own wording for the errors it finds, and ours. */
const SAX_MESSAGES = {
  "Non-whitespace before first tag.": "text outside the root element",
  "Text data outside of root node.": "text outside the root element",
  "Invalid character in entity name": '"&" must start an entity such as &amp;',
};

/**
 * Parse XML text into { name, attributes, children, text, line }. Throws an XmlError whose
 * message starts with the line number when the text is not well-formed.
 */
function parseXml(text) {
  const parser = sax.parser(true, { xmlns: false, position: true, strictEntities: true });
  const lineOf = lineCounter(text);
  const stack = [];
  let root;

  const fail = (message, line = parser.line + 1) => {
    throw new XmlError(`line ${line}: ${message}`);
  };
  // Line of the "<" that starts the markup sax is reading.
  const markupLine = () => lineOf(parser.startTagPosition - 1);
  const declaration = () => fail("DOCTYPE and other declarations are not allowed here", markupLine());
  // sax reports a DOCTYPE at its closing ">": find its "<", the last "<!DOCTYPE" before the
  // markup sax last started (a declaration inside the DOCTYPE's internal subset, or the DOCTYPE).
  const doctype = () => {
    const before = text.slice(0, parser.startTagPosition);
    const start = before.search(/<!DOCTYPE(?![\s\S]*<!DOCTYPE)/i);
    fail("DOCTYPE and other declarations are not allowed here", start < 0 ? markupLine() : lineOf(start));
  };

  parser.onerror = (error) => {
    const message = error.message.split("\n")[0];
    const open = stack[stack.length - 1];
    if (message === "Unexpected close tag" || message.startsWith("Unmatched closing tag")) {
      const name = parser.tagName;
      if (!open) fail(`closing tag </${name}> has no opening tag`, markupLine());
      fail(`closing tag </${name}> does not match <${open.name}> opened on line ${open.line}`, markupLine());
    }
    if (message === "Unclosed root tag" && open) fail(`<${open.name}> opened on line ${open.line} is never closed`);
    if (message === "Invalid character entity") {
      const entity = parser.entity;
      fail(entity.startsWith("#") ? `invalid character reference &${entity};` : `unknown entity &${entity};`);
    }
    fail(SAX_MESSAGES[message] ?? message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, ""));
  };
  parser.ondoctype = doctype;
  parser.onsgmldeclaration = declaration;
  parser.onopentagstart = (tag) => {
    const element = { name: tag.name, attributes: {}, children: [], text: "", line: markupLine() };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (root) fail("more than one root element", element.line);
    else root = element;
    stack.push(element);
  };
  parser.onopentag = (tag) => {
    const element = stack[stack.length - 1];
    element.attributes = tag.attributes;
    // The start tag as written, after its name.
    const offset = parser.startTagPosition + element.name.length;
    const raw = text.slice(offset, parser.position);
    const seen = new Set();
    for (const match of raw.matchAll(ATTRIBUTE)) {
      const [, name, double, single] = match;
      const at = () => lineOf(offset + match.index);
      if (seen.has(name)) fail(`attribute ${name} appears twice in <${element.name}>`, at());
      if ((double ?? single).includes("<")) fail(`"<" inside attribute ${name} of <${element.name}>`, at());
      seen.add(name);
    }
  };
  parser.onclosetag = () => stack.pop();
  parser.ontext = (value) => {
    if (stack.length > 0) stack[stack.length - 1].text += value;
  };
  parser.oncdata = (value) => {
    if (stack.length === 0) fail("CDATA outside the root element", markupLine());
    stack[stack.length - 1].text += value;
  };
  parser.onend = () => {
    if (!root) fail("no root element");
  };

  parser.write(text).close();
  return root;
}

/** Local name without a namespace prefix: "bt:Image" -> "Image". */
function localName(name) {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Depth-first walk: visit(element, parent). */
function walk(element, visit, parent) {
  visit(element, parent);
  for (const child of element.children) walk(child, visit, element);
}

module.exports = { parseXml, localName, walk, XmlError };
