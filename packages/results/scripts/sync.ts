// `npm run results:sync -- --to https://campaign.example [--code CODE]`: forwards this server's
// village sessions (a laptop that ran sessions with no internet) to another Waspada server through
// its batch endpoint, with this laptop's facilitator code (--code or FACILITATOR_CODE), exactly
// once: the target stores each session once, and what it confirmed is remembered here.
import { parseArgs } from "node:util";
import { openResultsStore } from "../src/store";
import { forwardSessions } from "../src/sync/forward";
import { cliTarget, describeTarget, fail } from "./cli";

async function main() {
  const { values } = parseArgs({ options: { to: { type: "string" }, code: { type: "string" } } });
  const to = values.to;
  const code = values.code ?? process.env.FACILITATOR_CODE ?? "";
  if (!to) fail("Name the server to send to: npm run results:sync -- --to https://…");
  if (!code) fail("Give this laptop's facilitator code: --code CODE or FACILITATOR_CODE=CODE.");
  const target = cliTarget();
  const store = await openResultsStore(target.dialect === "sqlite" ? { file: target.file } : { databaseUrl: target.url });
  try {
    const report = await forwardSessions(store, { to, facilitatorCode: code });
    console.log(
      `From ${describeTarget(target)} to ${new URL(to).origin}: ${report.sent} village sessions sent ` +
        `(${report.alreadyThere} of them it already had), ${report.skipped} sent before.`,
    );
  } finally {
    await store.close();
  }
}

main().catch(fail);
