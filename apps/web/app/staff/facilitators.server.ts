import { data } from "@remix-run/node";
import { FacilitatorError, MAX_FACILITATOR_NAME, type Facilitator, addFacilitator, disableFacilitator, listFacilitators, voidFacilitatorSessions } from "@waspada/results";
import { resultsStore } from "../utils/db.server";
import { requireStaff, requireStaffPost } from "./auth.server";
import { shownParts } from "./parts.server";
import { STAFF_HEADERS } from "./meta";
import { staffShell } from "./shell.server";
import { staffT } from "./words.server";

type Notice = { created?: { name: string; code: string }; message?: string; error?: string };

/**
 * Sessions and people per code as the page shows them (null when hidden). The codes together
 * make up the village total the village page publishes, so a code with fewer than 10 people is
 * hidden and, when that alone would let the total give it away, the next smallest code too;
 * shown counts follow the one rule (1–9 sessions read "fewer than 10", the rest rounded to 5).
 */
export function codeFigures(codes: readonly Facilitator[]): { sessions: number | null; people: number | null }[] {
  return shownParts(codes).map((f) => ({ sessions: f.sessions.value, people: f.people.value }));
}

/**
 * The facilitator codes page (admins only). Sessions and people per code follow the dashboard's
 * rule: "fewer than 10 (hidden)" for both, with no hidden code derivable from the total.
 */
export async function facilitatorsPage(request: Request, notice: Notice = {}) {
  const context = await requireStaff(request, "admin");
  const t = staffT(context.lang);
  const codes = await listFacilitators(await resultsStore());
  const figures = codeFigures(codes);
  return {
    staffLang: context.lang,
    shell: staffShell(request, context),
    ...notice,
    codes: codes.map((c, i) => ({
      id: c.id,
      name: c.name,
      createdDay: c.createdDay,
      disabledDay: c.disabledDay,
      voidedDay: c.voidedDay,
      ...figures[i]!,
      disable: t("staff:facilitators.disable", { name: c.name }),
      void: t("staff:facilitators.void", { name: c.name }),
    })),
    text: {
      title: t("staff:facilitators.title"),
      intro: t("staff:facilitators.intro"),
      name: t("staff:facilitators.name"),
      create: t("staff:facilitators.create"),
      newName: t("staff:facilitators.newName"),
      createdDay: t("staff:facilitators.createdDay"),
      disabledDay: t("staff:facilitators.disabledDay"),
      voidedDay: t("staff:facilitators.voidedDay"),
      sessions: t("staff:facilitators.sessions"),
      people: t("staff:facilitators.people"),
      actions: t("staff:facilitators.actions"),
      confirmVoid: t("staff:facilitators.confirmVoid"),
      none: t("staff:facilitators.none"),
      hidden: t("staff:fewerThan"),
      createdNotice: notice.created ? t("staff:facilitators.created", notice.created) : undefined,
    },
  };
}

/** Make, disable, or void a code's sessions; the new code is shown in this one answer only. */
export async function facilitatorsAction(request: Request) {
  const { form, lang } = await requireStaffPost(request, "admin");
  const t = staffT(lang);
  const store = await resultsStore();
  const intent = String(form.get("intent") ?? "");
  const id = Number(form.get("id"));
  try {
    if (intent === "create") {
      const created = await addFacilitator(store, String(form.get("name") ?? ""));
      return data(await facilitatorsPage(request, { created: { name: created.name, code: created.code } }), { headers: STAFF_HEADERS });
    }
    if (!Number.isInteger(id) || id <= 0) throw new FacilitatorError("Unknown code.", "unknown-code");
    if (intent === "disable") {
      if (!(await disableFacilitator(store, id))) throw new FacilitatorError("Unknown code.", "unknown-code");
      return data(await facilitatorsPage(request, { message: t("staff:facilitators.disabled") }), { headers: STAFF_HEADERS });
    }
    if (intent === "void" && form.get("confirm") === "yes") {
      const count = await voidFacilitatorSessions(store, id);
      return data(await facilitatorsPage(request, { message: t("staff:facilitators.voided", { count }) }), { headers: STAFF_HEADERS });
    }
    throw new FacilitatorError("Unknown request.", "unknown-request");
  } catch (error) {
    if (!(error instanceof FacilitatorError)) throw error;
    const message = t(`staff:facilitators.errors.${error.code}`, { max: MAX_FACILITATOR_NAME });
    return data(await facilitatorsPage(request, { error: message }), { status: 400, headers: STAFF_HEADERS });
  }
}
