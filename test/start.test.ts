/**
 * The server behind `npm start`: dist/ over https with office-addin-dev-certs certificates
 * (generated here into a temporary folder), checked by a client that trusts only that CA, as
 * `curl --cacert` would. Also: no file outside dist/ is served, a taken port is reported (by
 * `npm start` before it builds), and `--port N` serves a manifest and functions.json naming port N.
 */
import { spawn, spawnSync } from "child_process";
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
    baseUrl?: string;
  }) => Promise<Server>;
};
const { parseArgs, baseUrlForPort } = require("../scripts/start.js") as {
  parseArgs: (argv: string[]) => { port: number; build: boolean; mode: string };
  baseUrlForPort: (port: number) => string;
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
/** A second server as `npm start -- --port 4321` runs it (the manifest names port 4321). */
let other: Server;
let otherPort: number;

beforeAll(async () => {
  // The generator announces itself with console.log; keep the test output to the results.
  const quiet = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await generateCertificates(paths.ca, paths.cert, paths.key);
  } finally {
    quiet.mockRestore();
  }
  const tls = { cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key) };
  server = await startServer({ root: DIST_DIR, port: 0, tls });
  port = (server.address() as AddressInfo).port;
  other = await startServer({
    root: DIST_DIR,
    port: 0,
    tls,
    baseUrl: baseUrlForPort(parseArgs(["--port", "4321"]).port),
  });
  otherPort = (other.address() as AddressInfo).port;
}, 60000);

afterAll(() => {
  server?.close();
  other?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(urlPath: string, at = () => port): Promise<{ status: number; type: string; body: string }> {
  const port = at();
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

test("npm start -- --port 4321 serves a manifest and functions.json whose URLs name port 4321", async () => {
  expect(baseUrlForPort(4321)).toBe("https://localhost:4321");
  const manifest = await get("/manifest.xml", () => otherPort);
  expect(manifest.status).toBe(200);
  expect(manifest.body).toContain("https://localhost:4321/taskpane.html");
  expect(manifest.body).not.toContain("https://localhost:3000");
  const functions = await get("/functions.json", () => otherPort);
  expect(JSON.parse(functions.body)).toBeTruthy();
  expect(functions.body).toContain("https://localhost:4321/help/functions.html");
  expect(functions.body).not.toContain("https://localhost:3000");
  // The files on disk and the default port are untouched.
  expect(fs.readFileSync(path.join(DIST_DIR, "manifest.xml"), "utf8")).toContain("https://localhost:3000");
  expect((await get("/manifest.xml")).body).toContain("https://localhost:3000/taskpane.html");
  // Other files are served as they are.
  expect((await get("/functions.js", () => otherPort)).body).toBe(
    fs.readFileSync(path.join(DIST_DIR, "functions.js"), "utf8"),
  );
});

test("npm start reports a port in use before it builds anything", async () => {
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.resolve(__dirname, "..", "scripts", "start.js"), "--port", String(port)],
      {
        env: { ...process.env, CI: "true" },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 20000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
  expect(result.stdout).not.toContain("Building");
}, 30000);

test("npm start refuses a bad option with a message and a non-zero exit", () => {
  const result = spawnSync(process.execPath, [path.resolve(__dirname, "..", "scripts", "start.js"), "--port", "0"], {
    encoding: "utf8",
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("--port needs a whole number from 1 to 65535.");
});
