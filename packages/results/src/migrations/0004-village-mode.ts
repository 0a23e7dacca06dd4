import { hash } from "node:crypto";
import { sql, type Kysely, type Migration } from "kysely";

/*
 * The village mode was stored as "group". Rename it in submissions and in the rollup cells, and
 * recompute each renamed submission's content hash (the hash covers the mode), so a faithful retry
 * of a renamed session is still a duplicate, not a conflict. Frozen: the canonical form is copied
 * here, not imported.
 */
interface Row {
  id: string;
  quiz_id: string;
  quiz_version: number;
  lang: string;
  province: string | null;
  head_count: number;
  answers: string;
}

function canonical(row: Row, mode: string): string {
  const province = row.province === null ? "" : `"province":"${row.province}",`;
  return (
    `{"answers":${row.answers},"headCount":${row.head_count},"id":"${row.id}","lang":"${row.lang}","mode":"${mode}",` +
    `${province}"quizId":"${row.quiz_id}","quizVersion":${row.quiz_version}}`
  );
}

async function rename(db: Kysely<unknown>, from: string, to: string): Promise<void> {
  const { rows } = await sql<Row>`select id, quiz_id, quiz_version, lang, province, head_count, answers
    from submissions where mode = ${from}`.execute(db);
  for (const row of rows) {
    const contentHash = hash("sha256", canonical(row, to));
    await sql`update submissions set mode = ${to}, content_hash = ${contentHash} where id = ${row.id}`.execute(db);
  }
  // No cell with the new name exists yet (the schema refused it), so the unique key cannot clash.
  await sql`update cells set mode = ${to} where mode = ${from}`.execute(db);
}

export const villageMode: Migration = {
  async up(db: Kysely<unknown>) {
    await rename(db, "group", "village");
  },
  async down(db: Kysely<unknown>) {
    await rename(db, "village", "group");
  },
};
