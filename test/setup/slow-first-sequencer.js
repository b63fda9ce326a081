/**
 * Jest's test order, slow files first: the browser tests and the tests that run a build, then the
 * tests of the built bundle, then the rest. Within each group Jest's own order stands (the
 * longest last time first when Jest has a cache of durations, otherwise the largest file first).
 * A fresh clone (CI) has no cache: without this, a browser file could start last and leave one
 * worker running alone at the end.
 */
"use strict";

const Sequencer = require("@jest/test-sequencer").default;

/** 0: drives a browser or runs a build; 1: loads the built bundle; 2: the rest. */
function group(path) {
  if (/[\\/]test[\\/]browser[\\/]/.test(path) || /manifest-production\.test\.ts$/.test(path)) return 0;
  if (/\.bundle\.test\.ts$/.test(path)) return 1;
  return 2;
}

class SlowFirstSequencer extends Sequencer {
  async sort(tests) {
    const jestOrder = await super.sort(tests);
    const position = new Map(jestOrder.map((test, i) => [test, i]));
    return [...jestOrder].sort((a, b) => group(a.path) - group(b.path) || position.get(a) - position.get(b));
  }
}

module.exports = SlowFirstSequencer;
