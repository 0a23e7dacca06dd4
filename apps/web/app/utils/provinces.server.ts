import { PROVINCES, isProvince, type Province } from "@waspada/results";
import { getT } from "./i18n.server";

export { PROVINCES, isProvince, type Province };

/**
 * The 38 provinces with their names in `lang`, in the order of PROVINCES (west to east): the choices
 * of the quiz's last question, the village session setup and the staff filters.
 */
export function provinceOptions(lang: string): { code: Province; name: string }[] {
  const t = getT(lang);
  return PROVINCES.map((code) => ({ code, name: t(`provinces:${code}`) }));
}
