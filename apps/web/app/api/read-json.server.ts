/**
 * Reads a JSON request body with a hard size limit, counting bytes as they arrive so that an
 * oversized or lying Content-Length cannot make us buffer more than the limit.
 */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export async function readJson(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new BodyError(415, "Send the result as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new BodyError(413, `The body is larger than ${limit} bytes.`);
  if (!request.body) throw new BodyError(400, "The body is empty.");

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyError(413, `The body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BodyError(400, "The body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, "The body is not valid JSON.");
  }
}
