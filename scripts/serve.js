/**
 * A small static file server for dist/ (no dependency): https with the developer certificates
 * for `npm start`, or plain http on 127.0.0.1 for tests. Read-only, GET/HEAD only, never serves
 * outside its root, sends no-store caching (Excel otherwise caches add-in files for hours) and
 * CORS for Excel on the web, which fetches functions.json and functions.js from its own origin.
 */
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Request handler serving files under `root`. */
function staticHandler(root) {
  const base = path.resolve(root);
  return (request, response) => {
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD")
      return send(405, "Method not allowed\n", { Allow: "GET, HEAD" });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    } catch {
      return send(400, "Bad request\n");
    }
    if (pathname === "/") pathname = "/taskpane.html";
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, "Forbidden\n");
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return send(404, `Not found: ${pathname}\n`);
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
        "Access-Control-Allow-Origin": "*",
        "X-Content-Type-Options": "nosniff",
      });
      if (request.method === "HEAD") return response.end();
      fs.createReadStream(file).pipe(response);
    });
  };
}

/**
 * Start serving `root`. options: { port, host = "127.0.0.1", tls?: { cert, key } }.
 * Resolves to the listening server (server.address().port gives the port when 0 was asked for);
 * rejects with a readable Error when the port is taken or cannot be opened.
 */
function startServer({ root, port, host = "127.0.0.1", tls }) {
  const handler = staticHandler(root);
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      if (error.code === "EADDRINUSE")
        reject(
          new Error(
            `port ${port} on ${host} is already in use: stop the other server (or pass --port N) and try again.`,
          ),
        );
      else reject(new Error(`cannot listen on ${host}:${port}: ${error.message}`));
    });
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { staticHandler, startServer, TYPES };
