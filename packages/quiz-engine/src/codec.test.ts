import { describe, expect, it } from "vitest";
import { toBase64Url } from "./base64url";
import { MAX_ENCODED_STATE, decodeState, encodeState } from "./codec";
import { QuizStateError } from "./errors";
import { fixtureQuiz, smallQuiz } from "./fixtures";
import { playQuiz } from "./play";
import { answer, go, run, tally } from "./test-helpers";

const craft = (wire: unknown) => toBase64Url(JSON.stringify(wire));
const refused = (encoded: string, message: RegExp) => {
  expect(() => decodeState(smallQuiz, encoded)).toThrow(QuizStateError);
  expect(() => decodeState(smallQuiz, encoded)).toThrow(message);
};
// smallQuiz, solo, seed 7, at the story's second step: [v, quiz, version, mode, length, seed, status, i, answers, open]
const wire = () => [1, "small-fixture", 1, 0, 3, 7, 1, 2, [[[0, 2]], [[1]]], [[0]]];

describe("encodeState / decodeState", () => {
  it("round-trips every state of a solo and a village quiz", () => {
    const solo = { mode: "solo" as const, length: 3, seed: 7 };
    const group = { ...solo, mode: "village" as const };
    const states = [
      run(smallQuiz, solo, []),
      run(smallQuiz, solo, [go("start"), answer("p1", "p3"), go("next"), answer("false"), go("next"), answer("keep")]),
      run(smallQuiz, solo, [go("start"), go("timeUp"), go("next"), go("back")]),
      run(smallQuiz, group, [go("start"), tally({ p1: 3, p2: 1 }, 4)]),
      run(smallQuiz, group, [go("start"), go("timeUp"), go("next"), tally({ true: 2 }, 5), go("reveal"), go("finish")]),
      playQuiz(fixtureQuiz, { mode: "village", length: 15, seed: 3 }),
    ];
    for (const state of states) {
      const encoded = encodeState(state);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeState(state.q[0] === "fixture" ? fixtureQuiz : smallQuiz, encoded)).toEqual(state);
    }
    expect(decodeState(smallQuiz, craft(wire()))).toMatchObject({ st: "question", i: 2, p: [{ s: [0] }] });
  });

  it("stays within 2 KB for 15 questions, even for a group of the largest size", () => {
    for (const mode of ["solo", "village"] as const) {
      for (const seed of [1, 2, 3]) {
        const state = playQuiz(fixtureQuiz, { mode, length: 15, seed }, Infinity, 1000);
        expect(state.st).toBe("finished");
        expect(encodeState(state).length).toBeLessThanOrEqual(2048);
      }
    }
  });

  it("refuses garbage, oversized input and non-canonical spellings", () => {
    refused("", /not an encoded quiz state/);
    refused("not base64!", /not an encoded quiz state/);
    refused(toBase64Url("{}"), /not an encoded quiz state/);
    refused("A".repeat(MAX_ENCODED_STATE + 1), /too long/);
    refused(toBase64Url(JSON.stringify(wire()).replace(",", ", ")), /canonical/);
    refused(toBase64Url(JSON.stringify(wire()).replace(",7,", ",7.0,")), /canonical/);
    expect(() => decodeState(smallQuiz, 42 as never)).toThrow(QuizStateError);
  });

  it("refuses another engine version, quiz or quiz version", () => {
    refused(craft([2, ...wire().slice(1)]), /engine version 2; this is version 1/);
    refused(craft([1, "other", ...wire().slice(2)]), /quiz "other" v1, not "small-fixture" v1/);
    refused(craft([1, "small-fixture", 2, ...wire().slice(3)]), /v2, not "small-fixture" v1/);
  });

  it("refuses content no quiz could hold", () => {
    const patched = (index: number, value: unknown) => craft(Object.assign(wire(), { [index]: value }));
    refused(patched(3, 2), /settings/);
    refused(patched(4, 99), /settings/);
    refused(patched(5, -1), /settings/);
    refused(patched(6, 9), /unknown status/);
    refused(patched(7, 3), /index out of range/);
    refused(patched(7, 1), /not at the first unanswered/);
    refused(patched(8, [[[0, 7]], [[1]]]), /sorted list of known options/);
    refused(patched(8, [[[2, 0]], [[1]]]), /sorted list/);
    refused(patched(8, [[[0]], [[0, 1]]]), /more than one option/);
    refused(patched(8, [[[0]], [[1]], [[0], [0]]]), /not at the first unanswered/);
    refused(patched(9, [[1]]), /story path/);
    refused(patched(9, [[0], [0]]), /story path/);
    refused(patched(9, [[0, 1]]), /more than one option/);
    refused(craft([1, "small-fixture", 1, 1, 3, 7, 2, 0, [], [[0, [1, 0, 0], [0]]]]), /people present/);
    refused(craft([1, "small-fixture", 1, 1, 3, 7, 2, 0, [], [[3, [4, 0, 0], [0]]]]), /bad tally/);
    refused(craft([1, "small-fixture", 1, 0, 3, 7, 2, 0, [], [[0]]]), /solo quiz has no tally/);
    refused(craft([1, "small-fixture", 1, 0, 3, 7, 3, 0, [], []]), /unanswered question/);
    refused(craft([1, "small-fixture", 1, 0, 3, 7, 0, 0, [[[0]]], []]), /intro comes before/);
    refused(craft([1, "small-fixture", 1, 0, 3, 7, 3, 0, [[[0]]], [[0]]]), /holds an open answer/);
  });

  it("either refuses a mutated state with a QuizStateError or reads a state that spells it exactly", () => {
    const encoded = encodeState(run(smallQuiz, { mode: "village", length: 3, seed: 9 }, [go("start"), tally({ p1: 5, p3: 2 }, 6)]));
    const alphabet = "AQgw_-9zZ";
    for (let k = 0; k < encoded.length; k++) {
      for (const char of alphabet) {
        const mutated = encoded.slice(0, k) + char + encoded.slice(k + 1);
        if (mutated === encoded) continue;
        try {
          expect(encodeState(decodeState(smallQuiz, mutated))).toBe(mutated);
        } catch (error) {
          expect(error).toBeInstanceOf(QuizStateError);
        }
      }
    }
  });
});
