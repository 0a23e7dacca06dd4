import { z } from "zod";
import type { QuizEvent } from "@waspada/quiz-engine";

const choiceSchema = z.array(z.string().min(1).max(40)).max(30);

/** The steps a browser may have taken on its own since its signed state (see replayQuiz). */
const eventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("quiz.answer"), selected: choiceSchema }),
  z.strictObject({ type: z.literal("quiz.next") }),
  z.strictObject({ type: z.literal("quiz.finish") }),
]);

/** A whole quiz is well under 100 steps; the cap keeps a hostile form from making the server replay thousands. */
export const MAX_EVENTS = 200;
const MAX_EVENTS_LENGTH = 16_384;

const eventsSchema = z
  .string()
  .max(MAX_EVENTS_LENGTH)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "events is not JSON" });
      return z.NEVER;
    }
  })
  .pipe(z.array(eventSchema).max(MAX_EVENTS));

// What a quiz form may post. Anything else is refused before it reaches the engine.
const formSchema = z.object({
  intent: z.enum(["start", "answer", "next", "finish", "restart", "view"]),
  quiz: z.string().max(8_192).optional(),
  choice: choiceSchema,
  events: eventsSchema.optional(),
});

export type QuizForm = z.infer<typeof formSchema>;

export function parseQuizForm(form: FormData): QuizForm | null {
  const parsed = formSchema.safeParse({
    intent: form.get("intent"),
    quiz: form.get("quiz") ?? undefined,
    choice: form.getAll("choice"),
    events: form.get("events") || undefined,
  });
  return parsed.success ? parsed.data : null;
}

/** The engine event a form asks for; `view` (e.g. a language switch) only shows the quiz again. */
export function eventFor(form: QuizForm): QuizEvent | null {
  switch (form.intent) {
    case "start":
      return { type: "quiz.start" };
    case "answer":
      return { type: "quiz.answer", selected: form.choice };
    case "next":
      return { type: "quiz.next" };
    case "finish":
      return { type: "quiz.finish" };
    case "restart":
      return { type: "quiz.restart" };
    case "view":
      return null;
  }
}
