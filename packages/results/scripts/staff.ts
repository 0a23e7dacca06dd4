// Staff accounts from the command line. The password is never an argument (it would sit in the
// shell history and the process list): it is asked for without echo, or read from standard input
// when that is a pipe (`printf '%s\n' "$PASSWORD" | npm run staff:create -- --user ratna --role viewer`).
//   staff create --user NAME --role admin|viewer
//   staff reset-password --user NAME
//   staff disable --user NAME | staff enable --user NAME | staff list
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { openResultsStore } from "../src/store";
import { MIN_PASSWORD_LENGTH } from "../src/staff/password-policy";
import { cliTarget, describeTarget, fail } from "./cli";

const HELP = `Usage:
  npm run staff:create -- --user NAME --role admin|viewer
  npm run staff:reset-password -- --user NAME
  npm run staff:disable -- --user NAME
  npm run staff:enable -- --user NAME
  npm run staff:list

The password (at least ${MIN_PASSWORD_LENGTH} characters; common or guessable ones are refused) is
asked for twice without echo, or read from the first line of standard input when it is piped.
The database is DATABASE_URL (PostgreSQL) or DB_FILE (SQLite, default data/waspada.sqlite).`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { user: { type: "string" }, role: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (!command || values.help || command === "--help" || command === "-h") {
    console.log(HELP);
    return;
  }
  const needsUser = command !== "list";
  if (needsUser && !values.user) throw new Error(`--user is required.\n\n${HELP}`);
  const target = cliTarget();
  const store = await openResultsStore(target.dialect === "sqlite" ? { file: target.file } : { databaseUrl: target.url });
  const staff = store.staff();
  try {
    const user = values.user ?? "";
    switch (command) {
      case "create": {
        if (!values.role) throw new Error(`--role admin|viewer is required.\n\n${HELP}`);
        const account = await staff.create(user, values.role, await readPassword());
        console.log(`Created ${account.role} account "${account.username}" in ${describeTarget(target)}.`);
        break;
      }
      case "reset-password":
        await staff.resetPassword(user, await readPassword());
        console.log(`New password set for "${user}"; its sessions have ended.`);
        break;
      case "disable":
        await staff.disable(user);
        console.log(`Disabled "${user}"; its sessions have ended.`);
        break;
      case "enable":
        await staff.enable(user);
        console.log(`Enabled "${user}".`);
        break;
      case "list":
        for (const a of await staff.list()) console.log(`${a.username}\t${a.role}\t${a.disabled ? "disabled" : "active"}`);
        break;
      default:
        throw new Error(`Unknown command "${command}".\n\n${HELP}`);
    }
  } finally {
    await store.close();
  }
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += String(chunk);
    const line = input.split(/\r?\n/)[0] ?? "";
    if (!line) throw new Error("No password on standard input.");
    return line;
  }
  const first = await ask("Password: ");
  const second = await ask("Password again: ");
  if (first !== second) throw new Error("The two passwords differ; nothing was changed.");
  return first;
}

/** Reads one line from the terminal without echoing it. */
function ask(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

main().catch(fail);
