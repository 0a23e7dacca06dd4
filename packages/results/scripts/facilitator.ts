// Facilitator codes from the command line (DATABASE_URL, else DB_FILE; the root scripts pass the
// app's default):
//   npm run facilitator:add -- --name "DESBUMI Wonosobo" [--code XXXX-XXXX-XXXX-XXXX]
//       prints a new code (shown this once; only its hash is kept). --code registers a code issued
//       by another server, e.g. the central server's code on a village laptop.
//   npm run facilitator:list      every code's id, name, days and sessions (never the code)
//   npm run facilitator:disable -- --id 3     refuses the code from now on
//   npm run facilitator:void -- --id 3        removes the code's sessions from storage and figures
import { parseArgs } from "node:util";
import { FacilitatorError } from "../src/facilitators/codes";
import { openResultsStore } from "../src/store";
import { cliTarget, describeTarget, fail } from "./cli";

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { name: { type: "string" }, code: { type: "string" }, id: { type: "string" } } });
  const target = cliTarget();
  const store = await openResultsStore(target.dialect === "sqlite" ? { file: target.file } : { databaseUrl: target.url });
  const codes = store.facilitators();
  const id = () => {
    const n = Number(values.id);
    if (!Number.isSafeInteger(n) || n <= 0) throw new FacilitatorError("Give the code's id: --id N (see facilitator:list).");
    return n;
  };
  try {
    switch (command) {
      case "add": {
        const added = await codes.add(values.name ?? "", values.code);
        console.log(`${describeTarget(target)}: code ${added.id} for ${added.name}`);
        console.log(added.code);
        console.log("Give this code to the organisation now: it is not kept and cannot be shown again.");
        break;
      }
      case "list": {
        const all = await codes.list();
        if (!all.length) console.log("No facilitator codes yet: npm run facilitator:add -- --name \"Organisation\"");
        for (const f of all) {
          const state = f.voidedDay ? `voided ${f.voidedDay}` : f.disabledDay ? `disabled ${f.disabledDay}` : "active";
          console.log(`${f.id}\t${f.name}\tsince ${f.createdDay}\t${state}\t${f.sessions} sessions, ${f.people} people`);
        }
        break;
      }
      case "disable": {
        if (!(await codes.disable(id()))) throw new FacilitatorError("No facilitator code has that id.");
        console.log(`Code ${values.id} is disabled: sessions sent with it are refused from now on.`);
        break;
      }
      case "void": {
        const removed = await codes.voidSessions(id());
        console.log(`Code ${values.id}: ${removed} sessions removed from storage and every figure; the code is disabled.`);
        break;
      }
      default:
        throw new FacilitatorError("usage: facilitator add --name \"…\" [--code …] | list | disable --id N | void --id N");
    }
  } finally {
    await store.close();
  }
}

main().catch(fail);
