/**
 * The server behind `npm start`: dist/ over https with office-addin-dev-certs certificates
 * (generated here into a temporary folder), checked by a client that trusts only that CA, as
 * `curl --cacert` would. Also: no file outside dist/ is served, and a taken port is reported.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import type { Server } from "http";
import { DIST_DIR, ensureBuilt } from "./helpers/bundle";

/* eslint-disable @typescript-eslint/no-require-imports */
const { startServer } = require("../scripts/serve.js") as {
  startServer: (o: {
    root: string;
    port: number;
    host?: string;
    tls?: { cert: Buffer; key: Buffer };
  }) => Promise<Server>;
};
const { generateCertificates } = require("office-addin-dev-certs/lib/generate") as {
  generateCertificates: (ca: string, cert: string, key: string) => Promise<void>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

ensureBuilt();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "send-certs-"));
const paths = {
  ca: path.join(dir, "ca.crt"),
  cert: path.join(dir, "localhost.crt"),
  key: path.join(dir, "localhost.key"),
};
let server: Server;
let port: number;

beforeAll(async () => {
  await generateCertificates(paths.ca, paths.cert, paths.key);
  server = await startServer({
    root: DIST_DIR,
    port: 0,
    tls: { cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key) },
  });
  port = (server.address() as AddressInfo).port;
}, 60000);

afterAll(() => {
  server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(urlPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      {
        host: "127.0.0.1",
        servername: "localhost",
        port,
        path: urlPath,
        ca: fs.readFileSync(paths.ca),
        headers: { host: `localhost:${port}` },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"]), body }),
        );
      },
    );
    request.on("error", reject);
  });
}

test("serves dist/functions.json over https to a client trusting the dev CA", async () => {
  const response = await get("/functions.json");
  expect(response.status).toBe(200);
  expect(response.type).toBe("application/json; charset=utf-8");
  expect(response.body).toBe(fs.readFileSync(path.join(DIST_DIR, "functions.json"), "utf8"));
});

test("serves the manifest and the task pane, and nothing outside dist/", async () => {
  expect((await get("/manifest.xml")).status).toBe(200);
  expect((await get("/taskpane.html")).type).toBe("text/html; charset=utf-8");
  expect((await get("/%2e%2e/package.json")).status).toBe(404);
  expect([403, 404]).toContain((await get("/..%2fpackage.json")).status);
  expect((await get("/nothing-here.js")).status).toBe(404);
});

test("a taken port is reported in words", async () => {
  await expect(startServer({ root: DIST_DIR, port })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
});

test("npm start refuses a bad option with a message and a non-zero exit", () => {
  const result = spawnSync(process.execPath, [path.resolve(__dirname, "..", "scripts", "start.js"), "--port", "0"], {
    encoding: "utf8",
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("--port needs a whole number from 1 to 65535.");
});
