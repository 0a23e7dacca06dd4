import type { Answer, Question, QuizDefinition } from "@waspada/quiz-engine";
import { mulberry32 } from "@waspada/quiz-engine/testing";
import { PROVINCES } from "../src/provinces";
import type { StoredSubmission } from "../src/types";

/**
 * Synthetic data for the bench, shaped like the real campaign: a bank of 24 questions of all four
 * kinds over 30 red flags, quizzes of 10 drawn questions, 9 in 10 solo and 1 in 10 a village
 * session of 10–60 people, 7 in 10 in Indonesian, 4 in 10 without a province, spread evenly
 * over a year. Deterministic (seeded) so runs compare.
 */
export const benchQuiz: QuizDefinition = {
  id: "bench",
  version: 1,
  questions: Array.from({ length: 24 }, (_, i): Question => {
    const base = { id: `q${i}`, stage: "recruitment" as const, difficulty: 1 as const, redFlags: [`rf${(i % 30) + 1}`] };
    if (i < 12) return { ...base, kind: "single", options: ["a", "b", "c", "d"].map((id) => ({ id, correct: id === "b" })) };
    if (i < 16) return { ...base, kind: "trueFalse", answer: i % 2 === 0 };
    if (i < 20) {
      const flags = [`rf${i + 1}`, `rf${i + 11}`];
      return { ...base, redFlags: flags, kind: "spot", parts: [{ id: "p1", redFlag: flags[0] }, { id: "p2" }, { id: "p3", redFlag: flags[1] }, { id: "p4" }] };
    }
    return {
      ...base,
      kind: "scenario",
      start: "s1",
      steps: [
        { id: "s1", choices: [{ id: "ask", next: "s2", safe: true }, { id: "go", ending: "bad", safe: false, redFlags: base.redFlags }] },
        { id: "s2", choices: [{ id: "check", ending: "good", safe: true }, { id: "sign", ending: "bad", safe: false }] },
      ],
    };
  }),
};

export const benchLanguages = ["id", "en"];

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function answerFor(q: Question, rand: () => number, present: number | undefined): Answer {
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  let selected: string[];
  if (q.kind === "single") selected = [pick(q.options).id];
  else if (q.kind === "trueFalse") selected = [pick(["true", "false"])];
  else if (q.kind === "spot") selected = q.parts.filter(() => rand() < 0.5).map((p) => p.id);
  else selected = rand() < 0.5 ? ["go"] : ["ask", pick(["check", "sign"])];
  if (present === undefined) return { questionId: q.id, selected };
  const keys = q.kind === "scenario" ? ["s1/ask", "s1/go", "s2/check", "s2/sign"] : q.kind === "single" ? ["a", "b", "c", "d"] : q.kind === "trueFalse" ? ["true", "false"] : ["p1", "p2", "p3", "p4"];
  const counts: Record<string, number> = {};
  let left = present;
  for (const key of keys) {
    const hands = Math.floor(rand() * (left + 1) * 0.6);
    counts[key] = hands;
    if (q.kind !== "spot") left -= hands;
  }
  return { questionId: q.id, selected, counts, present };
}

/** `total` submissions in day order over 365 days from 2025-01-01. */
export function* benchSubmissions(total: number, seed = 1): Generator<StoredSubmission> {
  const rand = mulberry32(seed);
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < total; i++) {
    const day = new Date(start + Math.floor((i / total) * 365) * 86_400_000).toISOString().slice(0, 10);
    const groupSize = rand() < 0.1 ? 10 + Math.floor(rand() * 51) : undefined;
    const drawn = [...benchQuiz.questions].sort(() => rand() - 0.5).slice(0, 10);
    const province = rand() < 0.4 ? undefined : PROVINCES[Math.floor(rand() * PROVINCES.length)];
    yield {
      id: uuid(rand),
      quizId: benchQuiz.id,
      quizVersion: benchQuiz.version,
      lang: rand() < 0.7 ? "id" : "en",
      mode: groupSize === undefined ? "solo" : "village",
      ...(province ? { province } : {}),
      headCount: groupSize ?? 1,
      answers: drawn.map((q) => answerFor(q, rand, groupSize)),
      day,
    };
  }
}
