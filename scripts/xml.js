/**
 * A small, strict XML parser for the manifest check (no dependency): elements, attributes,
 * text, comments, CDATA, the XML declaration and the five predefined entities plus numeric
 * character references. It rejects what is not well-formed (mismatched or unclosed tags,
 * duplicate attributes, unquoted values, stray "<" or "&", text outside the root, more than one
 * root) with the line number. DTDs are rejected: a manifest never needs one.
 */
"use strict";

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class XmlError extends Error {}

function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function decode(text, raw, at) {
  return raw.replace(/&([^;&\s]*);?/g, (match, ref, offset) => {
    if (!match.endsWith(";"))
      throw new XmlError(`line ${lineOf(text, at + offset)}: "&" must start an entity such as &amp;`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (numeric) return String.fromCodePoint(parseInt(numeric[1] ?? numeric[2], numeric[1] ? 16 : 10));
    throw new XmlError(`line ${lineOf(text, at + offset)}: unknown entity &${ref};`);
  });
}

/**
 * Parse XML text into { name, attributes: {name: value}, children: [element], text, line }.
 * Throws an Error whose message starts with the line number when the text is not well-formed.
 */
function parseXml(text) {
  let i = 0;
  const stack = [];
  let root;

  const fail = (message, at = i) => {
    throw new XmlError(`line ${lineOf(text, at)}: ${message}`);
  };
  const readName = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail("expected a name");
    i += m[0].length;
    return m[0];
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  if (text.startsWith("<?xml", i)) {
    const end = text.indexOf("?>", i);
    if (end < 0) fail("unterminated XML declaration");
    i = end + 2;
  }
  while (i < text.length) {
    if (text[i] !== "<") {
      const next = text.indexOf("<", i);
      const end = next < 0 ? text.length : next;
      const raw = text.slice(i, end);
      if (stack.length === 0) {
        if (raw.trim() !== "") fail("text outside the root element");
      } else {
        stack[stack.length - 1].text += decode(text, raw, i);
      }
      i = end;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) fail("unterminated comment");
      if (text.slice(i + 4, end).includes("--")) fail('"--" inside a comment');
      i = end + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) fail("CDATA outside the root element");
      const end = text.indexOf("]]>", i);
      if (end < 0) fail("unterminated CDATA section");
      stack[stack.length - 1].text += text.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (text.startsWith("<!", i)) fail("DOCTYPE and other declarations are not allowed here");
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end < 0) fail("unterminated processing instruction");
      i = end + 2;
      continue;
    }
    if (text.startsWith("</", i)) {
      const start = i;
      i += 2;
      const name = readName();
      skipSpace();
      if (text[i] !== ">") fail(`expected ">" to close </${name}`);
      i++;
      const open = stack.pop();
      if (!open) fail(`closing tag </${name}> has no opening tag`, start);
      if (open.name !== name)
        fail(`closing tag </${name}> does not match <${open.name}> opened on line ${open.line}`, start);
      continue;
    }
    // Start tag.
    const start = i;
    const parent = stack[stack.length - 1];
    i++;
    const element = { name: readName(), attributes: {}, children: [], text: "", line: lineOf(text, start) };
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith("/>", i)) {
        i += 2;
        break;
      }
      if (text[i] === ">") {
        i++;
        stack.push(element);
        break;
      }
      if (i === before) fail(`expected a space, ">" or "/>" in <${element.name}>`);
      const attr = readName();
      skipSpace();
      if (text[i] !== "=") fail(`attribute ${attr} in <${element.name}> has no "="`);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} in <${element.name}> must be quoted`);
      const end = text.indexOf(quote, i + 1);
      if (end < 0) fail(`attribute ${attr} in <${element.name}> is not closed`);
      const raw = text.slice(i + 1, end);
      if (raw.includes("<")) fail(`"<" inside attribute ${attr} of <${element.name}>`);
      if (Object.prototype.hasOwnProperty.call(element.attributes, attr))
        fail(`attribute ${attr} appears twice in <${element.name}>`);
      element.attributes[attr] = decode(text, raw, i + 1);
      i = end + 1;
    }
    if (parent) {
      parent.children.push(element);
    } else {
      if (root) fail("more than one root element", start);
      root = element;
    }
  }
  if (stack.length > 0)
    fail(`<${stack[stack.length - 1].name}> opened on line ${stack[stack.length - 1].line} is never closed`);
  if (!root) fail("no root element");
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
