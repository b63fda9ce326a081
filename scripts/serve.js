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
const net = require("net");
const path = require("path");
const { DEV_BASE_URL, rewriteBaseUrl } = require("./base-url");

/** Files that name the add-in's own address (https://localhost:3000 in dist/). */
const REWRITTEN = new Set(["/manifest.xml", "/functions.json", "/help/functions.html"]);

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

/**
 * Request handler serving files under `root`. With `baseUrl` (e.g. https://localhost:3001 for
 * `npm start -- --port 3001`), manifest.xml, functions.json and the help page are served with
 * https://localhost:3000 replaced by it, so Excel is sent to the port actually served.
 */
function staticHandler(root, { baseUrl } = {}) {
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
      const rewrite = baseUrl && baseUrl !== DEV_BASE_URL && REWRITTEN.has(pathname.split(path.sep).join("/"));
      const body = rewrite ? Buffer.from(rewriteBaseUrl(fs.readFileSync(file, "utf8"), baseUrl), "utf8") : undefined;
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": body ? body.length : stat.size,
        "Cache-Control": "no-store",
        "Access-Control-Allow-Origin": "*",
        "X-Content-Type-Options": "nosniff",
      });
      if (request.method === "HEAD") return response.end();
      if (body) return response.end(body);
      fs.createReadStream(file).pipe(response);
    });
  };
}

/**
 * Start serving `root`. options: { port, host = "127.0.0.1", tls?: { cert, key }, baseUrl? }.
 * Resolves to the listening server (server.address().port gives the port when 0 was asked for);
 * rejects with a readable Error when the port is taken or cannot be opened.
 */
function startServer({ root, port, host = "127.0.0.1", tls, baseUrl }) {
  const handler = staticHandler(root, { baseUrl });
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      reject(listenError(error, port, host));
    });
    server.listen(port, host, () => resolve(server));
  });
}

function listenError(error, port, host) {
  if (error.code === "EADDRINUSE")
    return new Error(
      `port ${port} on ${host} is already in use: stop the other server (or pass --port N) and try again.`,
    );
  return new Error(`cannot listen on ${host}:${port}: ${error.message}`);
}

/**
 * Resolves when `port` on `host` can be listened on (it listens and closes at once); rejects
 * with the same words as startServer when it cannot. `npm start` checks before it builds.
 */
function checkPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(listenError(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

module.exports = { staticHandler, startServer, checkPortFree, TYPES };
