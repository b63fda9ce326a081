/** Statements the browser tests type into the SENCO time tab, by the fields' labels. */
import type { Page } from "playwright-core";

/** The figures of the guidance's worked example (its School X), for a school of our own. */
export async function fillSchoolXFigures(page: Page): Promise<void> {
  const panel = page.locator("#panel-statement");
  await panel.getByLabel("School", { exact: true }).fill("Oakfield Primary");
  await panel.getByLabel("Notional SEN budget").fill("£67,755");
  await panel.getByLabel("Pupil mobility").fill("34%");
  await panel.getByLabel("Pupils at SEN support or School Action").fill("10");
  await panel.getByLabel("Pupils at School Action Plus").fill("5");
  await panel.getByLabel("Pupils with an EHC plan or a Statement").fill("6");
  await panel.getByLabel("SENCO hours allocated a week now").fill("4");
  await panel.getByLabel("SENCO's annual salary").fill("£50,000");
  await panel.getByLabel("Employer on-cost rate").fill("30%");
  await panel.getByLabel("Date appointed as SENCO").fill("01/09/2025");
}
