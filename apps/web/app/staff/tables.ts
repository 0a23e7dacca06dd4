/**
 * Every dashboard view is a list of tables: the page draws each as a chart and a table with the
 * same numbers, and the CSV export writes the same rows. A null number is hidden (suppressed).
 */
export interface Column {
  key: string;
  label: string;
  /** count: people or sightings; percent: a whole-number percentage (shown only from 10 people). */
  kind: "count" | "percent";
}

export interface TableRow {
  id: string;
  name: string;
  /** A row inside a row (an option of a question, a step's choice): its id and name. */
  subId?: string;
  subName?: string;
  values: (number | null)[];
}

export type ChartSpec =
  | {
      type: "bar" | "line";
      /** The column drawn; bars and points are skipped where it is hidden. */
      column: string;
    }
  /** One small line per row across every column (e.g. months); a hidden value is a gap, not a zero. */
  | { type: "trend" };

export interface Table {
  key: string;
  title: string;
  description: string;
  idLabel: string;
  nameLabel: string;
  subLabel?: string;
  columns: Column[];
  rows: TableRow[];
  chart?: ChartSpec;
}
