/**
 * Which help channels fit the red flags someone missed, picked in the browser as well as on the
 * server (the result is built in both), so it takes the stage of each flag and the channels for
 * each stage as data instead of importing the content package.
 */
export type StageName = "recruitment" | "departure" | "destination" | "return";

export interface ResultHelpChannel {
  id: string;
  name: string;
  action: string;
  href?: string;
  kind: "phone" | "whatsapp" | "web" | "app";
}

export interface ResultHelpData {
  heading: string;
  more: string;
  /** Each red flag's first stage. */
  stageOf: Record<string, StageName>;
  /** Best first, for each stage. */
  forStage: Record<StageName, string[]>;
  /** Used when nothing was missed (or nothing matched). */
  fallback: string[];
  channels: Record<string, ResultHelpChannel>;
}

/**
 * Two or three channels: the stages with the most missed flags first, round robin over each stage's
 * list, so missing flags at two stages shows the best channel of both; topped up to two from `fallback`.
 */
export function pickChannels(missed: readonly string[], data: Pick<ResultHelpData, "stageOf" | "forStage" | "fallback">, max = 3): string[] {
  const counts = new Map<StageName, number>();
  for (const id of missed) {
    const stage = data.stageOf[id];
    if (stage) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([stage]) => stage);
  const out: string[] = [];
  for (let round = 0; round < 3 && out.length < max; round += 1) {
    for (const stage of ranked) {
      const id = data.forStage[stage][round];
      if (id && !out.includes(id) && out.length < max) out.push(id);
    }
  }
  for (const id of data.fallback) if (out.length < 2 && !out.includes(id)) out.push(id);
  return out;
}
