/** Plans the browser tests type into the Plan tab, by the fields' labels. */
import type { Page } from "playwright-core";

/** A 23-year-old's non-levy start on 01/09/2026 at £14,000: not funded (the Level 7 age rule). */
export async function fillUnfunded2026(page: Page): Promise<void> {
  const plan = page.locator("#panel-plan");
  await plan.getByLabel("Apprentice name").fill("Sam Patel");
  await plan.getByLabel("School", { exact: true }).fill("Oakfield Primary");
  await plan.getByLabel("Line manager").fill("Jo Head");
  await plan.getByLabel("Start date").fill("01/09/2026");
  await plan.getByLabel("Age at start").fill("23");
  await plan.getByLabel("Agreed price").fill("£14,000");
  await plan.getByLabel("Published off-the-job hours").fill("425");
}
