/**
 * Lines of the DfE's long-format school-level SEN file for made-up schools, with the real header
 * spelling of "School underlying data file (2026 format)".
 */

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
): string {
  const flags = Array(12).fill("No");
  const fields = [
    period,
    "Academic year",
    "School",
    "E92000001",
    "England",
    "London",
    "E12000007",
    "201",
    "E09000001",
    "Made-up Borough",
    urn,
    "3614",
    name,
    `201${urn.slice(-4)}`,
    "z",
    "Mixed",
    "State-funded primary",
    "Academy converter",
    "No",
    "No",
    "No",
    "Does not apply",
    "Not applicable",
    "E09000001",
    "Made-up Borough",
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
