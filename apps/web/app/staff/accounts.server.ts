import { data, redirect } from "@remix-run/node";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, StaffAccountError, type StaffErrorCode } from "@waspada/results";
import { requireStaff, requireStaffPost, staffAccounts } from "./auth.server";
import { withLang } from "./lang.server";
import { STAFF_HEADERS } from "./meta";
import { staffShell } from "./shell.server";
import { staffT } from "./words.server";

/** Why an account form was refused: the results package's codes and the form's own. */
export type AccountProblem = StaffErrorCode | "password-mismatch" | "unknown-request";

/** A refusal in the staff member's language (`staff:errors.codes.*`), never the package's English. */
export function accountProblemText(t: ReturnType<typeof staffT>, code: AccountProblem): string {
  return t(`staff:errors.codes.${code}`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
}

/** The accounts page (admins only): every account, its state, and the latest sign-in attempts. */
export async function accountsPage(request: Request, message?: { error?: string }) {
  const context = await requireStaff(request, "admin");
  const t = staffT(context.lang);
  const accounts = await staffAccounts();
  const url = new URL(request.url);
  return {
    staffLang: context.lang,
    shell: staffShell(request, context),
    self: context.session.account.username,
    done: url.searchParams.get("done") === "1" && !message?.error,
    error: message?.error,
    accounts: (await accounts.list()).map((a) => ({
      username: a.username,
      role: t(`staff:roles.${a.role}`),
      disabled: a.disabled,
      status: t(a.disabled ? "staff:accounts.disabled" : "staff:accounts.active"),
      toggle: t(a.disabled ? "staff:accounts.enable" : "staff:accounts.disable", { user: a.username }),
      newPassword: t("staff:accounts.newPassword", { user: a.username }),
      passwordAgain: t("staff:accounts.passwordAgain", { user: a.username }),
    })),
    signIns: (await accounts.signIns(30)).map((r) => ({
      at: new Date(r.at).toISOString().slice(0, 19).replace("T", " "),
      user: r.username ?? t("staff:accounts.unknownAccount"),
      outcome: t(`staff:accounts.outcomes.${r.outcome}`),
    })),
    text: {
      title: t("staff:accounts.title"),
      intro: t("staff:accounts.intro"),
      user: t("staff:accounts.user"),
      role: t("staff:accounts.role"),
      status: t("staff:accounts.status"),
      reset: t("staff:accounts.reset"),
      done: t("staff:accounts.done"),
      signIns: t("staff:accounts.signIns"),
      when: t("staff:accounts.when"),
      outcome: t("staff:accounts.outcome"),
    },
  };
}

/** Disable, enable or set a new password, each ending the account's sessions where it matters. */
export async function accountsAction(request: Request) {
  const { form, lang, session } = await requireStaffPost(request, "admin");
  const t = staffT(lang);
  const accounts = await staffAccounts();
  const user = String(form.get("user") ?? "");
  const intent = String(form.get("intent") ?? "");
  const refuse = async (code: AccountProblem) =>
    data(await accountsPage(request, { error: accountProblemText(t, code) }), { status: 400, headers: STAFF_HEADERS });
  try {
    if (intent === "disable" && user !== session.account.username) await accounts.disable(user);
    else if (intent === "enable") await accounts.enable(user);
    else if (intent === "reset") {
      const password = String(form.get("password") ?? "");
      if (password !== String(form.get("passwordAgain") ?? "")) return await refuse("password-mismatch");
      await accounts.resetPassword(user, password);
    } else return await refuse("unknown-request");
  } catch (error) {
    if (!(error instanceof StaffAccountError)) throw error;
    return await refuse(error.code);
  }
  throw redirect(withLang("/staff/accounts", lang, { done: "1" }), { headers: STAFF_HEADERS });
}
