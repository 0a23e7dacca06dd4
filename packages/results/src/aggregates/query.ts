import type { QuizDefinition } from "@waspada/quiz-engine";
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import { ItemKind } from "../ingest/items";
import { ALL, type Database } from "../db/schema";
import type { AggregateFilters } from "../types";

/**
 * Which cells answer a query (see CellsTable): a province's own cells; every real province;
 * the all-province twins, one per language and mode; or the all-of-everything twins.
 */
type Scope = "provinces" | "languages-and-modes" | "everything";

/**
 * The only reads aggregates make: cells and rollups, never submissions, through the cells_key
 * index (province first), so each query reads the fewest cells that answer it.
 */
function cellConditions(eb: ExpressionBuilder<Database, "cells">, f: AggregateFilters, scope: Scope): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (scope === "provinces") conditions.push(f.province ? eb("cells.province", "=", f.province) : eb("cells.province", "<>", ALL));
  else conditions.push(eb("cells.province", "=", ALL), scope === "everything" ? eb("cells.lang", "=", ALL) : eb("cells.lang", "<>", ALL));
  if (f.quizId) conditions.push(eb("cells.quiz_id", "=", f.quizId));
  if (f.from) conditions.push(eb("cells.day", ">=", f.from));
  if (f.to) conditions.push(eb("cells.day", "<=", f.to));
  if (f.lang) conditions.push(eb("cells.lang", "=", f.lang));
  if (f.mode) conditions.push(eb("cells.mode", "=", f.mode));
  return eb.and(conditions);
}

export interface CompletionRow {
  day: string;
  lang: string;
  mode: string;
  submissions: number;
  people: number;
}

export async function completionRows(db: Kysely<Database>, f: AggregateFilters): Promise<CompletionRow[]> {
  const rows = await db
    .selectFrom("cells")
    .select((eb) => ["day", "lang", "mode", eb.fn.sum<number>("submissions").as("submissions"), eb.fn.sum<number>("people").as("people")])
    .where((eb) => cellConditions(eb, f, f.province ? "provinces" : "languages-and-modes"))
    .groupBy(["day", "lang", "mode"])
    .orderBy("day")
    .execute();
  return rows.map((r) => ({ day: r.day, lang: r.lang, mode: r.mode, submissions: Number(r.submissions), people: Number(r.people) }));
}

export interface ProvinceRow {
  province: string;
  submissions: number;
  people: number;
}

export async function provinceRows(db: Kysely<Database>, f: AggregateFilters): Promise<ProvinceRow[]> {
  const rows = await db
    .selectFrom("cells")
    .select((eb) => ["province", eb.fn.sum<number>("submissions").as("submissions"), eb.fn.sum<number>("people").as("people")])
    .where((eb) => cellConditions(eb, f, "provinces"))
    .groupBy("province")
    .execute();
  return rows.map((r) => ({ province: r.province, submissions: Number(r.submissions), people: Number(r.people) }));
}

export interface ItemRow {
  quizId: string;
  questionId: string;
  kind: string;
  key: string;
  counts: [number, number, number, number];
}

export async function itemRows(db: Kysely<Database>, f: AggregateFilters, kind?: string): Promise<ItemRow[]> {
  let query = db
    .selectFrom("rollups")
    .innerJoin("cells", "cells.id", "rollups.cell_id")
    .select((eb) => [
      "rollups.item_id",
      eb.fn.sum<number>("rollups.a").as("a"),
      eb.fn.sum<number>("rollups.b").as("b"),
      eb.fn.sum<number>("rollups.c").as("c"),
      eb.fn.sum<number>("rollups.d").as("d"),
    ])
    .where((eb) => cellConditions(eb, f, itemScope(f)))
    .groupBy("rollups.item_id");
  if (kind) query = query.where("rollups.item_id", "in", db.selectFrom("items").select("id").where("kind", "=", kind));
  const sums = await query.execute();
  const items = new Map((await db.selectFrom("items").selectAll().execute()).map((item) => [item.id, item]));
  return sums.flatMap((row) => {
    const item = items.get(row.item_id);
    if (!item) return [];
    const counts: ItemRow["counts"] = [Number(row.a), Number(row.b), Number(row.c), Number(row.d)];
    return [{ quizId: item.quiz_id, questionId: item.question_id, kind: item.kind, key: item.key, counts }];
  });
}

/** Red-flag rollups summed per calendar month (YYYY-MM) of the filtered range, in one query. */
export async function flagRowsByMonth(db: Kysely<Database>, f: AggregateFilters): Promise<(ItemRow & { month: string })[]> {
  const rows = await db
    .selectFrom("rollups")
    .innerJoin("cells", "cells.id", "rollups.cell_id")
    .innerJoin("items", "items.id", "rollups.item_id")
    .select((eb) => [
      sql<string>`substr(cells.day, 1, 7)`.as("month"),
      "items.key",
      eb.fn.sum<number>("rollups.a").as("a"),
      eb.fn.sum<number>("rollups.b").as("b"),
      eb.fn.sum<number>("rollups.c").as("c"),
      eb.fn.sum<number>("rollups.d").as("d"),
    ])
    .where((eb) => eb.and([cellConditions(eb, f, itemScope(f)), eb("items.kind", "=", ItemKind.FLAG)]))
    .groupBy([sql`substr(cells.day, 1, 7)`, "items.key"])
    .execute();
  return rows.map((r) => ({
    month: r.month,
    quizId: "",
    questionId: "",
    kind: ItemKind.FLAG,
    key: r.key,
    counts: [Number(r.a), Number(r.b), Number(r.c), Number(r.d)],
  }));
}

function itemScope(f: AggregateFilters): Scope {
  if (f.province) return "provinces";
  return f.lang || f.mode ? "languages-and-modes" : "everything";
}

/** Every stored definition (of one quiz when filtered), oldest version first. */
export async function storedQuizzes(db: Kysely<Database>, quizId?: string): Promise<QuizDefinition[]> {
  let query = db.selectFrom("quizzes").select("definition").orderBy("quiz_id").orderBy("version");
  if (quizId) query = query.where("quiz_id", "=", quizId);
  return (await query.execute()).map((r) => JSON.parse(r.definition) as QuizDefinition);
}
