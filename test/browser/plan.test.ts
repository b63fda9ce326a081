/**
 * Browser tests of the Plan tab against dist/taskpane.html in headless Debian chromium: the same
 * code path as in Excel up to the model, rendered as the HTML preview.
 */
import type { Page } from "playwright-core";
import {
  axeViolations,
  browserTestsUnavailable,
  ownPageErrors,
  picture,
  TAKING_PICTURES,
  startHarness,
  tabTo,
  type Harness,
  textWhenMatching,
} from "./harness";

const unavailable = browserTestsUnavailable();
const describeBrowser = unavailable ? describe.skip : describe;
if (unavailable) {
  console.warn(`Browser tests skipped: ${unavailable}`);
}

async function fillPlan(page: Page): Promise<void> {
  const plan = page.locator("#panel-plan");
  await plan.getByLabel("Apprentice name").fill("Sam Patel");
  await plan.getByLabel("School", { exact: true }).fill("Oak Primary School");
  await plan.getByLabel("Line manager").fill("Jo Head");
  await plan.getByLabel("Start date").fill("01/09/2020");
  await plan.getByLabel("Age at start").fill("40");
  await plan.getByLabel("Weekly contracted hours").fill("32.5");
  await plan.getByLabel("Has Level 2 maths evidence").check();
  await plan.getByLabel("Has Level 2 English evidence").check();
}

/** The value cell of a labelled row in the preview (row headers are the labels). */
async function previewValue(page: Page, label: string): Promise<string> {
  const row = page.locator("#panel-plan .preview tr", {
    has: page.locator(`th[scope="row"]`, { hasText: new RegExp(`^${label}$`) }),
  });
  return (await row.locator("td").first().textContent())?.trim() ?? "";
}

describeBrowser("Plan tab in a plain browser (preview mode)", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test("fill the form by its labels, create the plan, read its key figures", async () => {
    const page = await harness.newPage();
    expect(await page.locator("body").getAttribute("data-mode")).toBe("preview");
    await expect(page.locator("#panel-plan").getByLabel("Agreed price").inputValue()).resolves.toBe("£18,000");
    await expect(
      page.locator("#panel-plan").getByLabel("Employer pays the apprenticeship levy").isChecked(),
    ).resolves.toBe(false);
    await fillPlan(page);
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");

    expect(await previewValue(page, "Months")).toBe("27");
    expect(await previewValue(page, "Employer cash cost")).toBe("£900.00");
    expect(await previewValue(page, "Planned end")).toBe("01/12/2022");
    expect(await previewValue(page, "Start date")).toBe("01/09/2020");
    const text = (await page.locator("#panel-plan .preview").textContent()) ?? "";
    expect(text).toContain("Government co-investment");
    expect(text).toContain("£17,100.00");
    expect(text).toContain("Whole School Development: Enabling Inclusion");
    expect(text).toContain("Training Services Agreement");
    await textWhenMatching(page.locator("#status"), /Plan preview ready for Sam Patel\./);

    // No page error, and no CSP violation by our code (office.js's blocked telemetry aside).
    // (office.js outside Office sometimes applies an inline style the CSP blocks: not ours, so only
    // page errors and console errors raised from our own bundle count.)
    expect(ownPageErrors(harness)).toEqual([]);

    // The docs' picture (Playwright's screenshot injects a style the CSP reports: taken last).
    if (!TAKING_PICTURES) return;
    await page.setViewportSize({ width: 900, height: 900 });
    // boundingBox() is relative to the viewport and the clip to the page: measure from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await page.locator("#panel-plan .preview").boundingBox())!;
    await picture(page, "plan-preview.png", {
      fullPage: true,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1300) },
    });
  });

  test("today's rules: care leaver, published off-the-job hours, date appointed as SENCO, the Training plan", async () => {
    const page = await harness.newPage();
    const plan = page.locator("#panel-plan");
    await fillPlan(page);
    await plan.getByLabel("Start date").fill("01/09/2026");
    await plan.getByLabel("Age at start").fill("23");
    await plan.getByLabel("Agreed price").fill("£14,000");
    await plan.getByLabel("Weekly contracted hours").fill("");
    await plan.getByLabel("Working weeks a year").fill("");
    await plan.getByLabel("Care leaver or has an EHC plan").check();
    await plan.getByLabel("Date appointed as SENCO").fill("01/01/2024");
    await plan.getByLabel("Published off-the-job hours").fill("425");
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(await previewValue(page, "Employer cash cost")).toBe("£0.00");
    const text = (await plan.locator(".preview").textContent()) ?? "";
    expect(text).toContain("At least 425 hours");
    expect(text).toContain("Training plan");
    expect(text).not.toContain("Commitment Statement");
    expect(text).toContain("NPQ for SENCOs needed");
    expect(text).toContain("must be held by 01/01/2027");
    expect(text).toContain("Serco line-manager guidance, What is my role as a line manager; Next Steps");
    expect(text).not.toMatch(/Seed:/);

    // Not a care leaver: a 23-year-old's Level 7 start is not funded.
    await plan.getByLabel("Care leaver or has an EHC plan").uncheck();
    await plan.getByLabel("Published off-the-job hours").fill("");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(page.locator("#status"), /Plan preview ready/);
    expect(await previewValue(page, "Employer cash cost")).toBe("£14,000.00");
    const without = (await plan.locator(".preview").textContent()) ?? "";
    expect(without).toContain("No figure: see the note");
    expect(without).toContain("enter the off-the-job hours published for the standard");
    expect(without).not.toContain("#N/A");

    // Weekly hours are needed for a start before 01/08/2025, and the form says so beside the field.
    await plan.getByLabel("Start date").fill("01/09/2020");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(
      page.locator("#status"),
      /One field needs attention: Weekly contracted hours is required for a start before 01\/08\/2025/,
    );
    expect(await plan.getByLabel("Weekly contracted hours").getAttribute("aria-invalid")).toBe("true");
  });

  test("a bad value is reported beside the field, on leaving it, with the functions' message", async () => {
    const page = await harness.newPage();
    const age = page.locator("#panel-plan").getByLabel("Age at start");
    await age.fill("15");
    await age.press("Tab");
    const describedBy = (await age.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"))!;
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe(
      "Age at start must be a whole number from 16 to 99; 15 is below 16.",
    );
    expect(await age.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(`#${errorId}`).getAttribute("aria-live")).toBe("polite");
    await age.fill("40");
    await age.press("Tab");
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe("");

    // NASENCO route: the published fee is cleared, a price is required.
    await page.locator("#panel-plan").getByLabel("Already holds the NASENCO award").check();
    expect(await page.locator("#panel-plan").getByLabel("Agreed price").inputValue()).toBe("");
    await page.getByRole("button", { name: "Create plan" }).click();
    const price = page.locator("#panel-plan").getByLabel("Agreed price");
    expect(await price.getAttribute("aria-invalid")).toBe("true");
    expect(
      await page
        .locator("#panel-plan")
        .getByText(
          "Agreed price must be more than £0: enter the price agreed with the training provider; it was blank.",
        )
        .count(),
    ).toBe(1);
  });

  test("a value only the whole plan refuses is reported beside its field, never dropped", async () => {
    const page = await harness.newPage();
    await fillPlan(page);
    const plan = page.locator("#panel-plan");
    // The NASENCO box swaps the published fee out and back.
    await plan.getByLabel("Already holds the NASENCO award").check();
    expect(await plan.getByLabel("Agreed price").inputValue()).toBe("");
    await plan.getByLabel("Already holds the NASENCO award").uncheck();
    expect(await plan.getByLabel("Agreed price").inputValue()).toBe("£18,000");
    // A valid date, but the completion payment 27 months on would fall after 31/12/9999.
    const start = plan.getByLabel("Start date");
    await start.fill("31/12/9999");
    await page.getByRole("button", { name: "Create plan" }).click();
    await textWhenMatching(page.locator("#status"), /One field needs attention: Start date is too late/);
    expect(await start.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-startSerial");
    const errorId = ((await start.getAttribute("aria-describedby")) ?? "")
      .split(" ")
      .find((id) => id.endsWith("-error"))!;
    expect(await page.locator(`#${errorId}`).textContent()).toMatch(/^Start date is too late/);
    expect(await plan.locator(".preview").isHidden()).toBe(true);
    // An application date the bank holiday table does not cover: accepted (weekends only are skipped).
    await start.fill("01/09/2020");
    const application = plan.getByLabel("Application date");
    await application.fill("15/06/2017");
    await application.press("Tab");
    const appErrorId = ((await application.getAttribute("aria-describedby")) ?? "")
      .split(" ")
      .find((id) => id.endsWith("-error"))!;
    expect(await page.locator(`#${appErrorId}`).textContent()).toBe("");
    expect(harness.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });

  test("keyboard only: tabs with arrow keys, the form with Tab, Space and Enter", async () => {
    const page = await harness.newPage();
    await tabTo(page.locator("#tab-plan"));
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-district");
    // The District tab's script loads when the tab is first opened: its panel is ready once mounted.
    await page.locator("#panel-district[data-ready='true']").waitFor();
    expect(await page.locator("#panel-district").isVisible()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-plan");

    const typeInto = async (label: string, text: string) => {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press("Tab");
        const focusedLabel = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.labels?.[0]?.firstChild?.textContent ?? el?.textContent ?? "";
        });
        if (focusedLabel === label) {
          if (text === "[x]") await page.keyboard.press("Space");
          else await page.keyboard.type(text);
          return;
        }
      }
      throw new Error(`could not reach ${label} with Tab`);
    };
    await typeInto("Apprentice name", "Sam Patel");
    await typeInto("School", "Oak Primary School");
    await typeInto("Line manager", "Jo Head");
    await typeInto("Start date", "01/09/2020");
    await typeInto("Age at start", "40");
    await typeInto("Weekly contracted hours", "32.5");
    await typeInto("Has Level 2 maths evidence", "[x]");
    await typeInto("Has Level 2 English evidence", "[x]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(await previewValue(page, "Employer cash cost")).toBe("£900.00");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-preview-heading");
  });

  test("axe-core reports no violations, before and after creating a plan", async () => {
    const page = await harness.newPage();
    expect(await axeViolations(page)).toEqual([]);
    await fillPlan(page);
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("no request leaves 127.0.0.1; user text never becomes markup", async () => {
    const page = await harness.newPage();
    await fillPlan(page);
    await page
      .locator("#panel-plan")
      .getByLabel("Apprentice name")
      .fill('<img src="https://example.org/x.png" onerror="window.__pwned=1">');
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
    expect(await page.locator("#panel-plan .preview img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The preview is there, and shows the name as the text typed.
    expect(await page.locator("#panel-plan .preview h2, #panel-plan .preview h3").first().textContent()).toBe(
      "Plan preview",
    );
    expect(await page.locator("#panel-plan .preview").textContent()).toContain(
      '<img src="https://example.org/x.png" onerror="window.__pwned=1">',
    );
    const fromAddin = harness.outside.filter((r) => r.origin === "addin");
    expect(fromAddin).toEqual([]);
    // Whatever office.js itself tried (its telemetry) was aborted too: nothing left the machine.
    for (const request of harness.outside) expect(request.origin).toBe("office");
  });

  describe("at 350 px wide, as in Excel's task pane", () => {
    async function narrowPage(): Promise<Page> {
      const page = await harness.newPage();
      await page.setViewportSize({ width: 350, height: 800 });
      return page;
    }
    const errorOf = async (page: Page, label: string) => {
      const input = page.locator("#panel-plan").getByLabel(label);
      const id = ((await input.getAttribute("aria-describedby")) ?? "").split(" ").find((x) => x.endsWith("-error"))!;
      return page.locator(`#${id}`);
    };

    test("one click on Create plan after fixing a field creates the plan (the message does not move the button)", async () => {
      const page = await narrowPage();
      await fillPlan(page);
      const hours = page.locator("#panel-plan").getByLabel("Weekly contracted hours");
      await hours.fill("lots");
      await hours.press("Tab");
      expect(await (await errorOf(page, "Weekly contracted hours")).textContent()).toMatch(
        /^Weekly contracted hours must be/,
      );
      await hours.fill("32.5"); // fixed, still focused: its message goes when the field is left
      const button = page.getByRole("button", { name: "Create plan" });
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      // A real click: press, then release at the same point (leaving the field happens on press).
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForSelector("#panel-plan .preview:not([hidden]) table", { timeout: 5000 });
      expect(await previewValue(page, "Employer cash cost")).toBe("£900.00");
      expect(await (await errorOf(page, "Weekly contracted hours")).textContent()).toBe("");
    });

    test("a price of £0 is refused; over 48 hours a week warns but the plan is made; levy funds only for a levy payer", async () => {
      const page = await narrowPage();
      const plan = page.locator("#panel-plan");
      await fillPlan(page);
      await plan.getByLabel("Agreed price").fill("£0");
      await plan.getByLabel("Agreed price").press("Tab");
      expect(await (await errorOf(page, "Agreed price")).textContent()).toBe(
        'Agreed price must be more than £0: enter the price agreed with the training provider; it was the text "£0".',
      );
      await page.getByRole("button", { name: "Create plan" }).click();
      expect(await plan.locator(".preview").isHidden()).toBe(true);
      await plan.getByLabel("Agreed price").fill("18000");

      const hours = plan.getByLabel("Weekly contracted hours");
      await hours.fill("50");
      await hours.press("Tab");
      const warning = await errorOf(page, "Weekly contracted hours");
      expect(await warning.textContent()).toMatch(/^More than 48 hours a week: the Working Time Regulations 1998/);
      expect(await warning.getAttribute("class")).toContain("field-warning");
      expect(await hours.getAttribute("aria-invalid")).toBeNull();

      const funds = plan.getByLabel("Levy funds available");
      expect(await funds.isDisabled()).toBe(true);
      await plan.getByLabel("Employer pays the apprenticeship levy").check();
      expect(await funds.isDisabled()).toBe(false);
      await funds.fill("£2,000");
      await plan.getByLabel("Employer pays the apprenticeship levy").uncheck();
      expect(await funds.isDisabled()).toBe(true);
      await page.getByRole("button", { name: "Create plan" }).click();
      await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
      // Not a levy payer: the typed £2,000 is ignored, the plan is the non-levy one.
      expect(await previewValue(page, "Employer cash cost")).toBe("£900.00");
      expect(await previewValue(page, "Levy funds available")).toBe("");
      expect(await previewValue(page, "Employer pays the apprenticeship levy")).toBe("No");
      expect(await previewValue(page, "Has Level 2 maths evidence")).toBe("Yes");
      expect(await warning.textContent()).toMatch(/^More than 48 hours/);
    });

    test("dates typed as people type them; an ambiguous one is refused with the forms that work", async () => {
      const page = await narrowPage();
      const plan = page.locator("#panel-plan");
      await fillPlan(page);
      const start = plan.getByLabel("Start date");
      for (const typed of ["1/9/20", "01-09-2020", "1 Sept 2020", "1 September 2020"]) {
        await start.fill(typed);
        await start.press("Tab");
        expect([typed, await (await errorOf(page, "Start date")).textContent()]).toEqual([typed, ""]);
      }
      await page.getByRole("button", { name: "Create plan" }).click();
      await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
      expect(await previewValue(page, "Start date")).toBe("01/09/2020");
      await start.fill("Sept 1 2020");
      await start.press("Tab");
      expect(await (await errorOf(page, "Start date")).textContent()).toBe(
        'Start date must be a date typed day first, such as 01/09/2026, 1/9/26 or 1 September 2026; it was the text "Sept 1 2020".',
      );
    });

    test("preview mode says what preview does; no internal marker or Excel-only advice is shown", async () => {
      const page = await narrowPage();
      const intro = (await page.locator("#panel-plan .intro").textContent()) ?? "";
      expect(intro).toContain("Preview mode (not in Excel)");
      expect(intro).toContain("Nothing is saved");
      await fillPlan(page);
      await page.getByRole("button", { name: "Create plan" }).click();
      await page.waitForSelector("#panel-plan .preview:not([hidden]) table");
      const text = await page.locator("#panel-plan").innerText();
      expect(text).not.toMatch(/column B|Update plan|plan v1/);
      expect(await page.locator("#panel-plan button", { hasText: "Update plan" }).isVisible()).toBe(false);
      // The outcome is where the user is looking: the preview's heading has the focus, in view.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("plan-preview-heading");
      const inView = await page.evaluate(() => {
        const r = document.getElementById("plan-preview-heading")!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
    });
  });
});
