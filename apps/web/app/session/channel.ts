/**
 * The presenter and the facilitator-notes window keep in step over a BroadcastChannel (same
 * browser, same origin, no network): the presenter says where the room is after every change,
 * and answers a notes window that asks when it opens.
 */
export const CHANNEL = "waspada-session";

export interface Position {
  lang: string;
  phase: "setup" | "opening" | "quiz" | "closing" | "summary";
  checkId?: string;
  questionId?: string;
  stepId?: string;
  status?: string;
  current?: number;
  total?: number;
}

export type ChannelMessage = { type: "position"; position: Position } | { type: "hello" };

export function openChannel(onMessage: (message: ChannelMessage) => void): { post(message: ChannelMessage): void; close(): void } {
  if (typeof BroadcastChannel === "undefined") return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<ChannelMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
