// Server errors go to the log bounded: at most MAX_PER_MINUTE entries a minute (then one line
// saying how many were left out), each cut to a few lines, with no request in it (no path,
// address or agent) and no control characters, so a flood of bad requests can neither fill the
// disk nor write attacker-chosen text into the log.
const MAX_PER_MINUTE = 20;
const MAX_CHARS = 1_500;

let windowStart = 0;
let logged = 0;
let dropped = 0;

export function logError(error, now = Date.now(), write = (line) => console.error(line)) {
  if (now - windowStart >= 60_000) {
    if (dropped) write(`(${dropped} more server errors in the last minute were not logged)`);
    windowStart = now;
    logged = 0;
    dropped = 0;
  }
  if (logged >= MAX_PER_MINUTE) {
    dropped += 1;
    return;
  }
  logged += 1;
  const text =
    error instanceof Error
      ? [`${error.name}: ${error.message}`, ...(error.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 6)].join("\n")
      : String(error);
  // eslint-disable-next-line no-control-regex
  write(text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "?").slice(0, MAX_CHARS));
}
