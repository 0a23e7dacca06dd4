import type { ScenarioChoice, ScenarioQuestion, ScenarioStep } from "./definition";
import { scenarioCountKey } from "./options";
import type { Answer, Mode, QuestionResult } from "./result";
import { walkIds } from "./scenario-path";
import { handCounter, peopleOf, resultOf, tally, unique } from "./score-common";

/**
 * A story is scored on the path taken. Solo: a good ending with only safe choices is right (1),
 * a good ending after an unsafe choice is partly (0.5), a bad ending is wrong (0). Group: the share
 * of hands on safe choices over the steps the room walked.
 * Red flags: walking into one (an unsafe choice that shows it) is a miss; every other flag the story
 * teaches was avoided, so it counts as spotted. In a group, missed = the most hands that walked into
 * it at any one step. A story left unfinished (time ran out) is wrong with every flag missed.
 */
export function scoreScenario(question: ScenarioQuestion, answer: Answer, mode: Mode): QuestionResult {
  const people = peopleOf(answer, mode);
  const path = walkIds(question, answer.selected);
  const flagIds = unique([...question.redFlags, ...question.steps.flatMap((s) => s.choices.flatMap((c) => c.redFlags ?? []))]);
  if (!path.ending || path.taken.length !== answer.selected.length) {
    return resultOf(
      question,
      answer,
      0,
      flagIds.map((id) => tally(id, 0, people))
    );
  }
  const counter = handCounter(answer, mode, people);
  const hands = (step: ScenarioStep, choice: ScenarioChoice, k: number): number =>
    mode === "solo" ? Number(path.taken[k] === choice) : counter(scenarioCountKey(step.id, choice.id));
  const handsOn = (k: number, keep: (choice: ScenarioChoice) => boolean): number => {
    const step = path.steps[k] as ScenarioStep;
    const sum = step.choices.filter(keep).reduce((total, choice) => total + hands(step, choice, k), 0);
    return Math.min(people, sum);
  };
  let score: number;
  if (mode === "solo") score = path.ending === "bad" ? 0 : path.taken.every((choice) => choice.safe) ? 1 : 0.5;
  else
    score = path.steps.reduce((total, _step, k) => total + handsOn(k, (choice) => choice.safe), 0) / (people * path.steps.length);
  const flags = flagIds.map((id) => {
    const walkedIn = path.steps.map((_step, k) => handsOn(k, (choice) => !choice.safe && (choice.redFlags ?? []).includes(id)));
    return tally(id, people - Math.max(0, ...walkedIn), people);
  });
  return resultOf(question, answer, score, flags, path.ending);
}
