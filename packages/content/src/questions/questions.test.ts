import { STAGES, type ScenarioQuestion } from "@waspada/quiz-engine";
import { describe, expect, it } from "vitest";
import { redFlagById } from "../red-flags";
import { explained } from "./build";
import * as cite from "./citations";
import { explanationKeys, explanationSourceProblems } from "./explains";
import { questionBank } from "./index";

const CORE_FLAGS = [...Array.from({ length: 33 }, (_, i) => `rf${String(i + 1).padStart(2, "0")}`), "rf18a"];
const ofKind = <K extends string>(kind: K) => questionBank.filter((q) => q.kind === kind);

describe("question bank: shape and coverage", () => {
  it("has unique kebab-case ids", () => {
    const ids = questionBank.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("meets the issue's counts per kind", () => {
    expect(questionBank.length).toBeGreaterThanOrEqual(40);
    expect(ofKind("single").length).toBeGreaterThanOrEqual(20);
    expect(ofKind("trueFalse").length).toBeGreaterThanOrEqual(6);
    expect(ofKind("spot").length).toBeGreaterThanOrEqual(8);
    expect(ofKind("scenario").length).toBeGreaterThanOrEqual(3);
  });

  it("covers every stage and every core red flag, with flags the catalogue knows", () => {
    for (const stage of STAGES) expect(questionBank.some((q) => q.stage === stage), stage).toBe(true);
    const taught = new Set(questionBank.flatMap((q) => q.redFlags));
    expect(CORE_FLAGS.filter((id) => !taught.has(id))).toEqual([]);
    expect([...taught].filter((id) => redFlagById(id) === undefined)).toEqual([]);
  });

  it("cites at least one seed passage or published fact per question, seed passages in the citations' line format", () => {
    for (const q of questionBank) {
      expect(q.sources.length + (q.published?.length ?? 0), q.id).toBeGreaterThan(0);
      for (const source of q.sources) {
        expect(source.lines, q.id).toMatch(/^L\d+(–L\d+)?$/);
        expect(source.cites.trim(), q.id).not.toBe("");
      }
    }
  });

  it("gives single choice one right option, placed in varied positions", () => {
    const positions: string[] = [];
    for (const q of ofKind("single")) {
      if (q.kind !== "single") continue;
      expect(q.options.map((o) => o.id), q.id).toEqual(["a", "b", "c", "d"].slice(0, q.options.length));
      const right = q.options.filter((o) => o.correct);
      expect(right.length, q.id).toBe(1);
      positions.push(right[0]?.id ?? "");
    }
    const most = Math.max(...["a", "b", "c", "d"].map((id) => positions.filter((p) => p === id).length));
    expect(most).toBeLessThanOrEqual(positions.length / 2);
  });

  it("splits spot questions into p1…pN with 1–3 neutral parts and the flags the parts show", () => {
    for (const q of ofKind("spot")) {
      if (q.kind !== "spot") continue;
      expect(q.parts.map((p) => p.id), q.id).toEqual(q.parts.map((_, i) => `p${i + 1}`));
      const neutral = q.parts.filter((p) => p.redFlag === undefined).length;
      expect(neutral, q.id).toBeGreaterThanOrEqual(1);
      expect(neutral, q.id).toBeLessThanOrEqual(3);
      const shown = new Set(q.parts.flatMap((p) => (p.redFlag ? [p.redFlag] : [])));
      expect([...shown].sort(), q.id).toEqual([...q.redFlags].sort());
    }
  });
});

/** Depth-first from the start: which steps are reached, whether one loops, which endings exist. */
function explore(story: ScenarioQuestion) {
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const endings = new Set<string>();
  let loops = false;
  const visit = (id: string): void => {
    if (onPath.has(id)) return void (loops = true);
    if (reached.has(id)) return;
    reached.add(id);
    onPath.add(id);
    for (const choice of story.steps.find((s) => s.id === id)?.choices ?? []) {
      if (choice.ending) endings.add(choice.ending);
      if (choice.next) visit(choice.next);
    }
    onPath.delete(id);
  };
  visit(story.start);
  return { reached, loops, endings };
}

describe("question bank: branching stories", () => {
  const stories = questionBank.filter((q): q is ScenarioQuestion & (typeof questionBank)[number] => q.kind === "scenario");

  it("have 4+ steps, all reachable, no loops, a good and a bad ending", () => {
    for (const story of stories) {
      expect(story.steps.length, story.id).toBeGreaterThanOrEqual(4);
      const { reached, loops, endings } = explore(story);
      expect([...reached].sort(), story.id).toEqual(story.steps.map((s) => s.id).sort());
      expect(loops, story.id).toBe(false);
      expect([...endings].sort(), story.id).toEqual(["bad", "good"]);
    }
  });

  it("offer a safe and an unsafe choice at every step, each either going on or ending", () => {
    for (const story of stories) {
      const choiceIds = story.steps.flatMap((s) => s.choices.map((c) => c.id));
      expect(new Set(choiceIds).size, story.id).toBe(choiceIds.length);
      for (const step of story.steps) {
        expect(step.choices.some((c) => c.safe) && step.choices.some((c) => !c.safe), `${story.id}/${step.id}`).toBe(true);
        for (const c of step.choices) expect((c.next === undefined) !== (c.ending === undefined), `${story.id}/${c.id}`).toBe(true);
      }
    }
  });

  it("teach exactly the flags their unsafe choices walk into", () => {
    for (const story of stories) {
      const choices = story.steps.flatMap((s) => s.choices);
      for (const c of choices) if (c.safe) expect(c.redFlags ?? [], `${story.id}/${c.id}`).toEqual([]);
      const walkedInto = new Set(choices.flatMap((c) => c.redFlags ?? []));
      expect([...walkedInto].sort(), story.id).toEqual([...story.redFlags].sort());
    }
  });
});

describe("question bank: each explanation cites the sources behind it", () => {
  it("gives every explanation its own sources, and cites nothing no explanation uses", () => {
    expect(questionBank.flatMap(explanationSourceProblems)).toEqual([]);
  });

  it("builds a question's sources from its explanations, each once, in order", () => {
    const a = cite.bbc2025Brokers;
    const b = cite.lee2024SocialMedia;
    expect(explained({ why: [], a: [a, "check-licence"], b: [b, a] })).toEqual({
      sources: [a, b],
      published: ["check-licence"],
      explains: { why: [], a: [a, "check-licence"], b: [b, a] },
    });
  });

  const single = questionBank.find((q) => q.kind === "single" && q.explains)!;
  const spot = questionBank.find((q) => q.kind === "spot" && q.explains)!;

  it("fails an explanation with no sources, a missing one, a key the question lacks and an unused source", () => {
    const [first] = explanationKeys(single).filter((key) => key !== "why");
    expect(explanationSourceProblems({ ...single, explains: { ...single.explains, [first!]: [] } })).toContain(
      `question "${single.id}": explanation "${first}" cites no source`,
    );
    const { [first!]: _dropped, ...rest } = single.explains!;
    expect(explanationSourceProblems({ ...single, explains: rest })).toContain(`question "${single.id}": explanation "${first}" lists no sources`);
    expect(explanationSourceProblems({ ...single, explains: { ...single.explains, z: [cite.bbc2025Brokers] } }).join()).toMatch(/explains "z", which it does not have/);
    expect(explanationSourceProblems({ ...single, sources: [...single.sources, cite.ernst2023InformalWork] }).join()).toMatch(/cites 004 L68–L70 \(Ernst, 2023\), which no explanation uses/);
    expect(explanationSourceProblems({ ...single, explains: undefined })).toEqual([`question "${single.id}": gives no sources per explanation (explains)`]);
  });

  it("lets only why and a neutral part of an advert cite nothing", () => {
    const neutral = spot.kind === "spot" ? spot.parts.find((p) => p.redFlag === undefined)!.id : "";
    const flagged = spot.kind === "spot" ? spot.parts.find((p) => p.redFlag !== undefined)!.id : "";
    expect(explanationSourceProblems({ ...spot, explains: { ...spot.explains, why: [], [neutral]: [] } }).join()).not.toMatch(/cites no source/);
    expect(explanationSourceProblems({ ...spot, explains: { ...spot.explains, [flagged]: [] } })).toContain(
      `question "${spot.id}": explanation "${flagged}" cites no source`,
    );
  });
});
