import { getT, isLanguage, redFlagById } from "@waspada/content";

/** i18next over dynamic keys (ids from stored results), with the id itself as the last resort. */
type LooseT = (keys: string | string[], options?: Record<string, unknown>) => string;

export function staffT(lang: string): LooseT {
  return getT(lang) as unknown as LooseT;
}

/** Names next to ids: what staff read, in their language. */
export function namesFor(lang: string) {
  const t = staffT(lang);
  const or = (keys: string[], id: string) => t(keys, { defaultValue: id });
  return {
    mode: (mode: string) => t(`staff:modes.${mode === "solo" ? "solo" : "village"}`),
    // A language the staff words do not name yet (a new locale folder) goes by its own name.
    language: (code: string) => or([`staff:languages.${code}`], isLanguage(code) ? staffT(code)("common:language.name") : code),
    province: (code: string | null) => (code === null ? t("staff:noProvince") : or([`provinces:${code}`], code)),
    flag: (id: string) => or([`redFlags:${id}.name`], id),
    stages: (id: string) => (redFlagById(id)?.stages ?? []).map((stage) => t(`stages:${stage}.name`)).join(", "),
    question: (id: string) => or([`questions:${id}.prompt`], id),
    option: (questionId: string, optionId: string | null, step?: string) => {
      if (optionId === null) return t("staff:questions.noHand");
      const base = `questions:${questionId}`;
      const keys = step
        ? [`${base}.steps.${step}.choices.${optionId}.label`]
        : [`${base}.options.${optionId}.label`, `${base}.parts.${optionId}.text`];
      return or(keys, optionId);
    },
    step: (questionId: string, step: string) => or([`questions:${questionId}.steps.${step}.text`], step),
    check: (id: string) => or([`session:check.items.${id}`], id),
  };
}

export type Names = ReturnType<typeof namesFor>;
