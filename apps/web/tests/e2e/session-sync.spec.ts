import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validSubmission } from "../../bench/submissions.mjs";
import { registerFacilitatorCode, type Dealt } from "./helpers";
import { startOwnServer, type OwnServer } from "./own-server";
import { villageResult } from "./seed-results";

const web = path.resolve(import.meta.dirname, "../..");
const repo = path.resolve(web, "../..");
const CAMPAIGN_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const CODE = "laptop-e2e-code";

async function startCampaignServer(dbFile: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["server.mjs"], {
    cwd: web,
    env: { ...process.env, PORT: String(CAMPAIGN_PORT), HOST: "127.0.0.1", DB_FILE: dbFile, RESULTS_RATE_PER_MINUTE: "0", FACILITATOR_SESSIONS_PER_DAY: "100000", FACILITATOR_PEOPLE_PER_DAY: "10000000" },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${CAMPAIGN_PORT}/api/health`).then((r) => r.ok, () => false);
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error("The second server did not start.");
}

/** `npm run results:sync` as a facilitator types it, on the laptop's database. */
function sync(laptopDb: string): string {
  const run = spawnSync("npm", ["run", "--silent", "results:sync", "--", "--to", `http://127.0.0.1:${CAMPAIGN_PORT}`, "--code", CODE], {
    cwd: repo,
    env: { ...process.env, DB_FILE: laptopDb },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

function idsIn(dbFile: string, mode: string): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select id from submissions where mode = ? order by id").all(mode) as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

/** A JSON POST to the laptop's server, as its pages and the results API take one. */
async function postJson(laptop: OwnServer, route: string, data: unknown): Promise<Response> {
  return fetch(`${laptop.base}${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(data) });
}

test("a laptop forwards its village sessions to the campaign's server exactly once, however often it syncs", async () => {
  test.setTimeout(120_000);
  // The laptop is a server of its own, so sessions other specs store at the same time are not on it.
  const laptop = await startOwnServer();
  const dir = mkdtempSync(path.join(tmpdir(), "waspada-campaign-"));
  const campaignDb = path.join(dir, "campaign.sqlite");
  let server: ChildProcess | undefined;
  try {
    type Quiz = { id: string; version: number; questions: { id: string; kind: string; options?: { id: string; correct?: boolean }[] }[] };
    const quiz = ((await (await fetch(`${laptop.base}/api/quiz`)).json()) as { quizzes: Quiz[] }).quizzes[0]!;
    const single = quiz.questions.find((q) => q.kind === "single")!;
    const right = single.options!.find((o) => o.correct)!.id;
    const session = (present: number) => ({
      ...villageResult(quiz, single.id, right, present, present - 2, CODE),
      checks: { opening: { present, right: { passport: 3 } }, closing: { present, right: { passport: present - 1 } } },
    });
    // Two village sessions and a solo result (which is not forwarded) on the laptop. The laptop and
    // the campaign's server both know the facilitator's code (npm run facilitator:add -- --code).
    registerFacilitatorCode(laptop.dbFile, CODE);
    const sessions = [session(25), session(40)];
    expect((await postJson(laptop, "/api/results/batch", { results: sessions })).status).toBe(200);
    const draw = (await (await fetch(`${laptop.base}/api/quiz`, { method: "POST" })).json()) as Dealt;
    expect((await postJson(laptop, "/api/results", validSubmission(quiz, draw, 1))).status).toBe(201);
    expect(idsIn(laptop.dbFile, "solo")).toEqual([draw.id]);

    registerFacilitatorCode(campaignDb, CODE);
    server = await startCampaignServer(campaignDb);
    const village = idsIn(laptop.dbFile, "village");
    expect(village).toEqual([...sessions.map((s) => s.id)].sort());
    const first = sync(laptop.dbFile);
    expect(first).toContain("2 village sessions sent");
    const second = sync(laptop.dbFile);
    expect(second).toContain("0 village sessions sent");
    expect(second).toContain("2 sent before");
    // Each stored once, with its checks; no solo result went along.
    expect(idsIn(campaignDb, "village")).toEqual(village);
    expect(idsIn(campaignDb, "solo")).toEqual([]);
    const db = new Database(campaignDb, { readonly: true });
    try {
      const row = db.prepare("select head_count, checks from submissions where id = ?").get(sessions[1]!.id) as { head_count: number; checks: string };
      expect(row.head_count).toBe(40);
      expect(JSON.parse(row.checks)).toEqual(sessions[1]!.checks);
    } finally {
      db.close();
    }
  } finally {
    server?.kill();
    await laptop.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
