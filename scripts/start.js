#!/usr/bin/env node
/**
 * `npm start`: build, then serve dist/ at https://localhost:3000 with office-addin-dev-certs
 * certificates, and print how to sideload manifest.xml into Excel.
 *
 *   node scripts/start.js [--no-build] [--port 3000] [--production]
 *
 * With --port N the server answers at https://localhost:N and serves manifest.xml and
 * functions.json with their https://localhost:3000 URLs rewritten to that port (sideload the
 * manifest saved from https://localhost:N/manifest.xml). A port already in use is reported
 * before the build starts.
 *
 * The certificates (ca.crt, localhost.crt, localhost.key) live in ~/.office-addin-dev-certs; they
 * are generated when missing or about to expire. Trusting the CA needs administrator rights, so
 * this script only prints how to do it. Any failure exits non-zero with a message.
 */
"use strict";

const { spawnSync } = require("child_process");
const { X509Certificate } = require("crypto");
const fs = require("fs");
const path = require("path");
const { checkPortFree, startServer } = require("./serve");
const { DEV_BASE_URL, rewriteBaseUrl } = require("./base-url");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

function fail(message) {
  console.error(`\nnpm start failed: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { build: true, port: 3000, mode: "development" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--no-build") options.build = false;
    else if (arg === "--production") options.mode = "production";
    else if (arg === "--port") {
      options.port = Number(argv[++i]);
      if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535)
        fail("--port needs a whole number from 1 to 65535.");
    } else fail(`unknown option ${arg}. Options: --no-build, --port N, --production.`);
  }
  return options;
}

function build(mode) {
  console.log(`Building the add-in (webpack --mode ${mode})...`);
  // The local server answers at localhost, so the build keeps the development URLs.
  const env = { ...process.env };
  delete env.ADDIN_BASE_URL;
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", mode], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  if (result.error) fail(`could not run webpack: ${result.error.message}`);
  if (result.status !== 0) fail("the build failed (see webpack's messages above).");
  for (const file of ["manifest.xml", "functions.js", "functions.json", "functions.html", "taskpane.html"]) {
    if (!fs.existsSync(path.join(DIST, file))) fail(`the build did not write dist/${file}.`);
  }
}

/** True when the certificate files exist, chain to the CA and stay valid for at least a day. */
function certificatesUsable(paths) {
  try {
    const ca = new X509Certificate(fs.readFileSync(paths.ca));
    const cert = new X509Certificate(fs.readFileSync(paths.cert));
    fs.readFileSync(paths.key);
    const dayAhead = Date.now() + 24 * 60 * 60 * 1000;
    return (
      cert.checkIssued(ca) && new Date(cert.validTo).getTime() > dayAhead && cert.checkHost("localhost") !== undefined
    );
  } catch {
    return false;
  }
}

async function ensureCertificates() {
  // Only the generator and the default paths: the package's install command also tries to trust
  // the CA (needs sudo) and reports usage data; neither happens here.
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
  const paths = {
    ca: defaults.caCertificatePath,
    cert: defaults.localhostCertificatePath,
    key: defaults.localhostKeyPath,
  };
  if (!certificatesUsable(paths)) {
    console.log("Generating developer certificates for localhost (office-addin-dev-certs)...");
    try {
      await generateCertificates(paths.ca, paths.cert, paths.key);
    } catch (error) {
      fail(`could not generate the developer certificates in ${defaults.certificateDirectory}: ${error.message}`);
    }
    if (!certificatesUsable(paths))
      fail(
        `the certificates in ${defaults.certificateDirectory} are not usable; delete that folder and run npm start again.`,
      );
  }
  return { ...paths, dir: defaults.certificateDirectory };
}

/**
 * The manifest file to sideload: dist/manifest.xml on the default port; on another port a copy
 * beside it whose URLs name that port (the server rewrites the served one the same way).
 */
function manifestForPort(port) {
  const manifest = path.join(DIST, "manifest.xml");
  const baseUrl = baseUrlForPort(port);
  if (baseUrl === DEV_BASE_URL) return manifest;
  const copy = path.join(DIST, `manifest.localhost-${port}.xml`);
  fs.writeFileSync(copy, rewriteBaseUrl(fs.readFileSync(manifest, "utf8"), baseUrl));
  return copy;
}

function printInstructions(url, certs, manifest) {
  console.log(`
The add-in is served at ${url}/ (functions: ${url}/functions.json, task pane: ${url}/taskpane.html).
Press Ctrl+C to stop.

1. Trust the development certificate authority once (Office only loads trusted https pages):
   CA certificate: ${certs.ca}
   - Windows:  certutil -user -addstore Root "${certs.ca}"
   - macOS:    sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "${certs.ca}"
   - Linux:    sudo cp "${certs.ca}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates
               (browsers with their own store, e.g. Firefox or Chrome's NSS store, need it imported there too)
   Check: open ${url}/functions.json in the browser you will use; it must load without a warning.

2. Sideload the manifest: ${manifest}
   - Excel on the web: open a workbook, Home > Add-ins > More Add-ins (or Insert > Add-ins) >
     Upload My Add-in, choose manifest.xml, Upload.
   - Excel on Windows: put manifest.xml in a shared network folder, add that folder under
     File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick
     "Show in Menu"), restart Excel, then Home > Add-ins > Advanced > Shared Folder > SEND leadership.
   - Excel on Mac: copy manifest.xml to
     ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create the folder if needed),
     restart Excel, then Home > Add-ins > My Add-ins > SEND leadership.

3. In a cell type =SEND.SENCOHOURS(67755, 10, 5, 6, 34%) (the Bradford guidance's School X: 5 hours);
   Home > SEND planner opens the task pane. Excel may cache the functions for up to 24 hours:
   after changing them, clear the Office cache or reload the add-in.
`);
}

/** The address the local server answers at, which the served manifest and functions.json name. */
function baseUrlForPort(port) {
  return `https://localhost:${port}`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  // A taken port is reported now, not after a build.
  try {
    await checkPortFree(options.port, "127.0.0.1");
  } catch (error) {
    fail(error.message);
  }
  if (options.build) build(options.mode);
  else if (!fs.existsSync(path.join(DIST, "functions.json")))
    fail("dist/ has not been built: run without --no-build (or npm run build).");
  const certs = await ensureCertificates();
  const tls = { cert: fs.readFileSync(certs.cert), key: fs.readFileSync(certs.key) };
  const baseUrl = baseUrlForPort(options.port);
  let server;
  try {
    server = await startServer({ root: DIST, port: options.port, host: "127.0.0.1", tls, baseUrl });
  } catch (error) {
    fail(error.message);
  }
  // Also answer on ::1 where the system has IPv6, since "localhost" may resolve to it first.
  const servers = [server];
  try {
    servers.push(await startServer({ root: DIST, port: options.port, host: "::1", tls, baseUrl }));
  } catch {
    // No IPv6 loopback: 127.0.0.1 is enough.
  }
  printInstructions(baseUrl, certs, manifestForPort(options.port));
  const stop = () => {
    for (const s of servers) s.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) main().catch((error) => fail(error.message));

module.exports = { parseArgs, baseUrlForPort, manifestForPort };
