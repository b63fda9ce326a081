/**
 * Help at hand, at the pane's 350 px: each tab links to its own page of the help the add-in ships
 * (help/<id>.html), opening in a window of its own beside the pane, and every field of every tab
 * has a hint that gives an example of what to enter.
 */
import { paneTabs } from "../helpers/pane-scripts";
import { axeViolations, browserTestsUnavailable, startHarness, type Harness } from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Help browser tests skipped: ${unavailable}`);
}

/** An example in a hint: "such as 34%", "for example £67,755", "(e.g. 39)". */
const EXAMPLE = /\b(?:such as|for example|e\.g\.)[\s,:]/i;

describeBrowser("help at hand, at 350 px", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test.each(paneTabs())("$label: its link opens its own help page beside the pane", async ({ id, label }) => {
    const page = await harness.newPage();
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByRole("tab", { name: label }).click();
    await page.waitForSelector(`#panel-${id}[data-ready='true']`);
    const link = page
      .locator(`#panel-${id}`)
      .getByRole("link", { name: `Help with the ${label} tab (opens in a new window)` });
    expect(await link.getAttribute("href")).toBe(`help/${id}.html`);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener");
    const [help] = await Promise.all([harness.context.waitForEvent("page"), link.click()]);
    await help.waitForLoadState();
    expect(help.url()).toBe(`${harness.origin}/help/${id}.html`);
    expect(await help.locator("h1").textContent()).toMatch(new RegExp(`^The ${label} tab: `));
    // The pane stays where it was: the help is beside it, not in its place.
    expect(page.url()).toBe(`${harness.origin}/taskpane.html`);
    expect(await axeViolations(help, "main")).toEqual([]);
    expect(harness.outside.filter((r) => r.origin === "addin")).toEqual([]);
  });

  test("every field of every tab has a hint with an example of what to enter", async () => {
    const page = await harness.newPage();
    const missing: string[] = [];
    let fields = 0;
    for (const { id, label } of paneTabs()) {
      await page.getByRole("tab", { name: label }).click();
      await page.waitForSelector(`#panel-${id}[data-ready='true']`);
      const hints = await page.$$eval(`#panel-${id} :is(input, select, textarea)`, (controls) =>
        controls.map((control) => {
          const described = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
          const hint = described
            .map((ref) => document.getElementById(ref))
            .filter((node) => node?.classList.contains("hint"))
            .map((node) => node!.textContent ?? "")
            .join(" ");
          return { field: control.id, hint };
        }),
      );
      fields += hints.length;
      for (const { field, hint } of hints) if (!EXAMPLE.test(hint)) missing.push(`${field}: "${hint}"`);
    }
    expect(fields).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
