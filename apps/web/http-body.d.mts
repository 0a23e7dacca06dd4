// Types for http-body.mjs (plain ESM, shared by server.mjs and the app).
import type { Readable } from "node:stream";

export declare const BODY_LIMITS: Readonly<{ result: number; batch: number; form: number }>;

export declare class BodyError extends Error {
  constructor(status: 400 | 413 | 415, message: string);
  readonly status: 400 | 413 | 415;
}

export declare function readBody(
  body: Readable | ReadableStream<Uint8Array> | null | undefined,
  limit: number,
  declared?: string | null,
): Promise<Buffer>;
export declare function parseJson(bytes: Uint8Array): unknown;
export declare function readJson(request: Request | (Readable & { headers: Record<string, string | string[] | undefined> }), limit: number): Promise<unknown>;
export declare function isFormType(contentType: string | null | undefined): boolean;
