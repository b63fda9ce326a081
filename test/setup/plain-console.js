/**
 * Jest setup: console.log, console.info and console.warn in tests print as plain lines (the
 * figures some tests report: bundle sizes, fuzz seeds, request counts, skip reasons), not Jest's
 * boxed entries with an "at ..." source location under each. console.error keeps Jest's format.
 */
"use strict";

const { format } = require("util");

for (const level of ["log", "info", "warn"]) {
  console[level] = (...args) => {
    process.stdout.write(`${format(...args)}\n`);
  };
}
