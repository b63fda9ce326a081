/**
 * Entry of dist/functions.js, the bundle Excel's JavaScript-only custom-functions runtime loads.
 * Each family module declares its functions with JSDoc; the metadata plugin (webpack.config.js)
 * writes dist/functions.json from that JSDoc and appends the CustomFunctions.associate calls to
 * each family module, so nothing is associated by hand here (that would register twice).
 *
 * This bundle runs with no global but CustomFunctions: no window, no document, no Office.
 */
import "./senco";
import "./slmda";
import "./levy";
import "./register";
import "./reviews";
