// Types for error-log.mjs.
export declare function logError(error: unknown, now?: number, write?: (line: string) => void): void;
