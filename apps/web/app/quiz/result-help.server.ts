import { CHANNELS_FOR_STAGE, channelHref, getT, helpChannels, redFlags } from "@waspada/content";
import type { ResultHelpChannel, ResultHelpData, StageName } from "./result-help";

/** What the result screen needs to show fitting help: small enough to travel with the quiz page. */
export function resultHelpData(lang: string): ResultHelpData {
  const t = getT(lang);
  const wanted = new Set([...Object.values(CHANNELS_FOR_STAGE).flat(), "kp2mi-call", "kemlu-hotline"]);
  const channels: Record<string, ResultHelpChannel> = {};
  for (const channel of helpChannels) {
    if (!wanted.has(channel.id)) continue;
    channels[channel.id] = {
      id: channel.id,
      name: t(`help:channels.${channel.id}.name`),
      action: t(`help:action.${channel.kind}`, { value: channel.value }),
      href: channelHref(channel),
      kind: channel.kind,
    };
  }
  return {
    heading: t("common:result.helpNow"),
    more: t("common:result.help"),
    stageOf: Object.fromEntries(redFlags.map((flag) => [flag.id, flag.stages[0] as StageName])),
    forStage: CHANNELS_FOR_STAGE,
    fallback: ["kp2mi-call", "kemlu-hotline"],
    channels,
  };
}
