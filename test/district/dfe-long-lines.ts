/**
 * Lines of the DfE's long-format school-level SEN file ("School underlying data file (2026
 * format)") for made-up schools, with the real header spelling, for the pivot and join tests.
 */

/** A local authority as the long file writes it: old_la_code, new_la_code, la_name. */
export interface LongLa {
  readonly code: string;
  readonly gss: string;
  readonly name: string;
}

export const MADE_UP_BOROUGH: LongLa = { code: "201", gss: "E09000001", name: "Made-up Borough" };

export interface LongSchool {
  readonly la?: LongLa;
  /** school_laestab (default: the LA code and the URN's last four digits). */
  readonly laestab?: string;
}

export const LONG_HEADER =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_name,region_code,old_la_code,new_la_code,la_name,school_urn,estab,school_name,school_laestab,open_date,sex_of_school_description,phase_type_grouping,establishment_type,middle_school,all_through,hospital_school,religious_denomination,admissions_policy,district_administrative_code,district_administrative_name,pcon_code,pcon_name,ward_code,ward_name,urban_rural,school_postcode,lsoa11,provision_for_spld,provision_for_mld,provision_for_sld,provision_for_pmld,provision_for_semh,provision_for_slcn,provision_for_hi,provision_for_vi,provision_for_msi,provision_for_pd,provision_for_asd,provision_for_oth,specialist_provision_unit_type,sen_provision,sen_primary_need,pupil_count";

/** One long-format line for a made-up school. */
export function longLine(
  urn: string,
  name: string,
  provision: string,
  need: string,
  count: string,
  period = "202425",
  unit = "All pupils",
  school: LongSchool = {},
): string {
  const la = school.la ?? MADE_UP_BOROUGH;
  const flags = Array(12).fill("No");
  const fields = [
    period,
    "Academic year",
    "School",
    "E92000001",
    "England",
    "London",
    "E12000007",
    la.code,
    la.gss,
    la.name,
    urn,
    "3614",
    name,
    school.laestab ?? `${la.code}${urn.slice(-4)}`,
    "z",
    "Mixed",
    "State-funded primary",
    "Academy converter",
    "No",
    "No",
    "No",
    "Does not apply",
    "Not applicable",
    la.gss,
    la.name,
    "E14000001",
    "Made-up Seat",
    "E05000001",
    "Made-up Ward",
    "(England/Wales) Urban major conurbation",
    "AB1 2CD",
    "E01000001",
    ...flags,
    unit,
    provision,
    need,
    count,
  ];
  return fields.map((f) => (/[",;]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",");
}

/** A school's lines: its total, its SEN support (total and one need), its EHC plans (total) and no SEN. */
export function schoolLines(
  urn: string,
  name: string,
  counts: { total: number; k: number; e: number },
  school: LongSchool = {},
): string[] {
  const line = (provision: string, need: string, count: number): string =>
    longLine(urn, name, provision, need, String(count), "202425", "All pupils", school);
  return [
    line("All pupils", "All pupils", counts.total),
    line("SEN support", "All pupils", counts.k),
    line("SEN support", "Moderate learning difficulty", counts.k),
    line("Education, health and care plan", "All pupils", counts.e),
    line("No SEN", "All pupils", counts.total - counts.k - counts.e),
  ];
}
