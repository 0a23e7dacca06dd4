import { useState, type FormEvent } from "react";
import { OutboxStatus } from "./outbox-status";
import type { SessionKit, wordsOf } from "./session-kit";
import type { Outbox } from "./use-outbox";
import type { SessionSetup } from "./village-submission";

interface Props {
  kit: SessionKit;
  w: ReturnType<typeof wordsOf>;
  /** The facilitator code saved on this device, or "". */
  code: string;
  offlineReady: boolean;
  outbox: Outbox;
  onForgetCode(): void;
  onStart(setup: SessionSetup, length: number, timer: boolean): void;
}

/** Language, length, optional province, head count and the facilitator code; then the session starts. */
export function SetupScreen({ kit, w, code, offlineReady, outbox, onForgetCode, onStart }: Props) {
  const [error, setError] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const facilitatorCode = (code || String(form.get("code") ?? "")).trim();
    const headCount = Number(form.get("headCount"));
    if (!facilitatorCode) {
      setError(w("setup.codeNeeded"));
      return;
    }
    const province = String(form.get("province") ?? "");
    onStart(
      {
        id: crypto.randomUUID(),
        lang: kit.lang,
        headCount: Number.isInteger(headCount) && headCount > 0 ? Math.min(headCount, kit.maxPeople) : 1,
        facilitatorCode,
        ...(province ? { province } : {}),
      },
      form.get("length") === "long" ? kit.lengths.long : kit.lengths.short,
      form.get("timer") === "on",
    );
  };
  return (
    <main id="main" className="session-setup" lang={kit.lang}>
      <p>
        <a href={kit.links.home}>Waspada</a> · <a href={kit.links.guide}>{w("setup.guide")}</a>
      </p>
      <h1>{w("title")}</h1>
      <p>{w("intro")}</p>
      <form onSubmit={submit} noValidate>
        <h2>{w("setup.heading")}</h2>
        <nav aria-label={w("setup.language")} className="field">
          <span className="field-label">{w("setup.language")}</span>
          <ul className="inline-list">
            {kit.languages.map((l) => (
              <li key={l.code}>
                <a href={l.href} hrefLang={l.code} lang={l.code} aria-current={l.code === kit.lang ? "page" : undefined}>
                  {l.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <fieldset className="field">
          <legend>{w("setup.length")}</legend>
          <label>
            <input type="radio" name="length" value="short" defaultChecked /> {w("setup.short", { count: kit.lengths.short })}
          </label>
          <label>
            <input type="radio" name="length" value="long" /> {w("setup.long", { count: kit.lengths.long })}
          </label>
        </fieldset>
        <label className="field">
          <span className="field-label">{w("setup.province")}</span>
          <select name="province" defaultValue="">
            <option value="">{w("setup.provinceNone")}</option>
            {kit.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{w("setup.headCount")}</span>
          <input name="headCount" type="number" inputMode="numeric" min={1} max={kit.maxPeople} defaultValue={20} required />
        </label>
        <label className="field">
          <input type="checkbox" name="timer" /> {w("setup.timer")}
        </label>
        {code ? (
          <p className="field">
            {w("setup.codeSaved")}{" "}
            <button type="button" className="link-button" onClick={onForgetCode}>
              {w("setup.codeForget")}
            </button>
          </p>
        ) : (
          <label className="field">
            <span className="field-label">{w("setup.code")}</span>
            <input name="code" type="text" maxLength={64} autoComplete="off" aria-describedby="code-help" />
            <span id="code-help" className="field-help">
              {w("setup.codeHelp")}
            </span>
          </label>
        )}
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="start">
          {w("setup.start")}
        </button>
      </form>
      <p role="status" className="offline-state" data-ready={offlineReady}>
        {offlineReady ? w("setup.offlineReady") : w("setup.offlineNotYet")}
      </p>
      <OutboxStatus outbox={outbox} w={w} />
      <p>
        <a href={kit.links.notes} target="waspada-notes">
          {w("notes.open")}
        </a>
      </p>
    </main>
  );
}
