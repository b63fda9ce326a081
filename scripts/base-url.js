/**
 * The add-in's development address and the rewrite a production build applies to it.
 * Every URL in manifest.xml and in the functions' help URLs starts with DEV_BASE_URL; a build
 * run with ADDIN_BASE_URL=https://host/path replaces it everywhere in dist/.
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000";

/**
 * Check and normalise a base URL given by the user (an environment variable): https only, no
 * query or fragment, no trailing slash. Returns undefined when none is given.
 */
function normaliseBaseUrl(raw) {
  if (raw === undefined || raw.trim() === "") return undefined;
  const text = raw.trim().replace(/\/+$/, "");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL must be an absolute https URL such as https://addin.example.org/send; it was "${raw}".`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must use https (Office loads add-ins only over https); it was "${raw}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL must not contain a query, fragment or credentials; it was "${raw}".`);
  }
  return text;
}

/** Replace every occurrence of the development base URL in `text` with `baseUrl`. */
function rewriteBaseUrl(text, baseUrl) {
  return text.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteBaseUrl };
