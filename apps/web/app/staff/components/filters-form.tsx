import type { FilterFormData } from "../filters.server";

/**
 * A GET form: the filters land in the URL, so a view can be shared and works without JavaScript.
 * Dates are whole calendar months (YYYY-MM); browsers without a month picker show a text field.
 */
export function FiltersForm({ form, action }: { form: FilterFormData; action: string }) {
  const { text, values } = form;
  const select = (name: "language" | "mode" | "province", label: string, options: { value: string; label: string }[]) => (
    <p className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={values[name] ?? ""}>
        <option value="">{text.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
  // A month field; browsers without a month picker show text, so the pattern and hint say YYYY-MM.
  const month = (name: "from" | "to", label: string) => (
    <p className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <input
        id={`filter-${name}`}
        type="month"
        name={name}
        defaultValue={values[name] ?? ""}
        pattern="[0-9]{4}-[0-9]{2}"
        placeholder="YYYY-MM"
        aria-describedby="filter-month-hint"
      />
    </p>
  );
  return (
    <form method="get" action={action} className="staff-filters">
      <fieldset>
        <legend>{text.legend}</legend>
        {form.keepLang ? <input type="hidden" name="lang" value={form.lang} /> : null}
        <p className="field-hint" id="filter-month-hint">
          {text.monthHint}
        </p>
        {month("from", text.from)}
        {month("to", text.to)}
        {select("language", text.language, form.languages)}
        {select("mode", text.mode, form.modes)}
        {select("province", text.province, form.provinces)}
        <p className="actions">
          <button type="submit">{text.apply}</button> <a href={form.keepLang ? `${action}?lang=${form.lang}` : action}>{text.clear}</a>
        </p>
      </fieldset>
    </form>
  );
}
