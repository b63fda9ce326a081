/**
 * An empty global setup and teardown, for runs whose tests need no browser (npm run mutate over the
 * rules and the coercers): no chromium is launched for them.
 */
module.exports = async () => {};
