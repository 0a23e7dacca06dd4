/**
 * Indonesia's 38 provinces as ISO 3166-2:ID codes, the only region a submission may carry.
 * Ids only: names belong to @waspada/content. The four Papua provinces created in 2022
 * (PS, PT, PE, PD) are included so people there are not pushed to "no province".
 */
export const PROVINCES = [
  // Sumatra
  "ID-AC", "ID-SU", "ID-SB", "ID-RI", "ID-KR", "ID-JA", "ID-SS", "ID-BB", "ID-BE", "ID-LA",
  // Java
  "ID-JK", "ID-JB", "ID-BT", "ID-JT", "ID-YO", "ID-JI",
  // Lesser Sunda Islands
  "ID-BA", "ID-NB", "ID-NT",
  // Kalimantan
  "ID-KB", "ID-KT", "ID-KS", "ID-KI", "ID-KU",
  // Sulawesi
  "ID-SA", "ID-GO", "ID-ST", "ID-SR", "ID-SN", "ID-SG",
  // Maluku
  "ID-MA", "ID-MU",
  // Papua
  "ID-PA", "ID-PB", "ID-PS", "ID-PT", "ID-PE", "ID-PD",
] as const;

export type Province = (typeof PROVINCES)[number];

const provinceSet: ReadonlySet<string> = new Set(PROVINCES);

export function isProvince(value: string): value is Province {
  return provinceSet.has(value);
}
