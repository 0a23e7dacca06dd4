import type { SpotQuestion } from "./definition";
import type { Answer, Mode, QuestionResult } from "./result";
import { handCounter, peopleOf, resultOf, tally, unique } from "./score-common";

/**
 * Spot the red flags, scored per part: score = max(0, (found - wrongly marked) / red-flag parts),
 * so marking everything earns nothing. In a group every hand is a mark, so the same formula over
 * hands / (parts x people) is the room's average, before the floor at 0.
 * A red flag is spotted only when every part showing it is marked (group: by the fewest hands).
 */
export function scoreSpot(question: SpotQuestion, answer: Answer, mode: Mode): QuestionResult {
  const people = peopleOf(answer, mode);
  const hands = handCounter(answer, mode, people);
  let found = 0;
  let wrong = 0;
  let redParts = 0;
  for (const part of question.parts) {
    if (part.redFlag === undefined) wrong += hands(part.id);
    else {
      found += hands(part.id);
      redParts++;
    }
  }
  const flagIds = unique(question.parts.flatMap((part) => (part.redFlag === undefined ? [] : [part.redFlag])));
  const flags = flagIds.map((id) => {
    const marks = question.parts.filter((part) => part.redFlag === id).map((part) => hands(part.id));
    return tally(id, Math.min(...marks), people);
  });
  return resultOf(question, answer, redParts === 0 ? 0 : (found - wrong) / (redParts * people), flags);
}
