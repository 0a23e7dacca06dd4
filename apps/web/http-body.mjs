// The one HTTP body reader. Every request body the server accepts (results API, batch, Remix form
// posts and `.data` routes) is read here: bytes are counted as they arrive, chunked or not, and
// reading stops at the limit, so neither a lying Content-Length nor an endless chunked body can
// make the server buffer more than the limit. JSON endpoints also get their content-type check and
// clear JSON errors here.

/** Body limits in bytes, per kind of request. */
export const BODY_LIMITS = Object.freeze({
  /** One result: a finished quiz is a few KB. */
  result: 16 * 1024,
  /** A batch of up to 500 results from a village laptop. */
  batch: 1024 * 1024,
  /** A quiz form post (signed state, events, choices) or any other page's form. */
  form: 64 * 1024,
});

/** A request body we refuse; `status` is the 4xx to answer with, `message` is safe to show. */
export class BodyError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "BodyError";
    this.status = status;
  }
}

const tooLarge = (limit) => new BodyError(413, `The body is larger than ${limit} bytes.`);

/**
 * Reads a whole body, at most `limit` bytes. `body` is a Node readable (an Express request) or a
 * web ReadableStream (a Fetch Request's body); `declared` is its Content-Length header, if any.
 * Over the limit it stops reading at once (a Node stream is paused, a web stream cancelled) and
 * throws a 413 BodyError; the caller answers and closes the connection.
 */
export async function readBody(body, limit, declared) {
  if (declared !== undefined && declared !== null && declared !== "") {
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0) throw new BodyError(400, "The Content-Length is not a number.");
    if (length > limit) throw tooLarge(limit);
  }
  if (!body) return Buffer.alloc(0);
  const chunks = [];
  let size = 0;
  if (typeof body.getReader === "function") {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } else {
    await new Promise((resolve, reject) => {
      const onData = (chunk) => {
        size += chunk.length;
        if (size > limit) {
          cleanup();
          body.pause();
          reject(tooLarge(limit));
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = () => {
        cleanup();
        resolve();
      };
      const onError = () => {
        cleanup();
        reject(new BodyError(400, "The body could not be read."));
      };
      const cleanup = () => {
        body.off("data", onData);
        body.off("end", onEnd);
        body.off("error", onError);
        body.off("aborted", onError);
      };
      body.on("data", onData);
      body.on("end", onEnd);
      body.on("error", onError);
      body.on("aborted", onError);
    });
  }
  return Buffer.concat(chunks.map((c) => (Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength))));
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Parses bytes as UTF-8 JSON, or throws a 400 BodyError. */
export function parseJson(bytes) {
  if (bytes.length === 0) throw new BodyError(400, "The body is empty.");
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new BodyError(400, "The body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "The body is not valid JSON.");
  }
}

/**
 * Reads a JSON body: application/json or 415, at most `limit` bytes or 413, UTF-8 JSON or 400.
 * `request` is an Express request or a Fetch Request.
 */
export async function readJson(request, limit) {
  const header = (name) => (typeof request.headers.get === "function" ? request.headers.get(name) : request.headers[name]) ?? undefined;
  if (!JSON_TYPE.test(header("content-type") ?? "")) throw new BodyError(415, "Send the body as application/json.");
  const stream = typeof request.headers.get === "function" ? request.body : request;
  return parseJson(await readBody(stream, limit, header("content-length")));
}

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/** Is this the content type of an HTML form post? */
export function isFormType(contentType) {
  return FORM_TYPE.test(contentType ?? "");
}
