/*
 * Runs before taskpane.js, in ECMAScript 5 on purpose. Some Windows and Office combinations show
 * task panes in Internet Explorer 11 or Edge Legacy (Microsoft, "Support older Microsoft webviews
 * and Office versions"); taskpane.js is ES2020 and would leave a blank pane there. Detected as
 * Microsoft recommends, from "Trident/" or "Edge/" in the user agent (Edge on Chromium and
 * WebView2 say Edg/ instead), this replaces the page with words and marks the page so taskpane.js
 * stays out of the way. Served from the add-in's own origin (the CSP allows no inline script).
 */
/* global window, document */
(function () {
  "use strict";
  var agent = (window.navigator && window.navigator.userAgent) || "";
  if (agent.indexOf("Trident/") === -1 && agent.indexOf("Edge/") === -1) return;

  document.documentElement.setAttribute("data-old-webview", "true");
  var body = document.body;
  while (body.firstChild) body.removeChild(body.firstChild);

  function add(tag, text, className) {
    var element = document.createElement(tag);
    element.appendChild(document.createTextNode(text));
    if (className) element.className = className;
    body.appendChild(element);
    return element;
  }

  var tooOld =
    "This Excel shows task panes in a browser that is too old for the SEND leadership pane " +
    "(Internet Explorer or Edge Legacy), so the pane cannot start here.";
  var functionsWork =
    "The SEND.* functions may still work in cells: type for example =SEND.SENCOHOURS(67755, 10, 5, 6, 34%).";
  var update =
    "To use the pane, update Office (Microsoft 365) and Windows so that Excel uses the Microsoft Edge " +
    "WebView2 runtime, then reopen the pane.";

  add("h1", "SEND leadership");
  add("p", tooOld, "old-webview").setAttribute("role", "alert");
  add("p", functionsWork);
  add("p", update);
})();
