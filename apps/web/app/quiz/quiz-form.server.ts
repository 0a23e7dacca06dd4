import { z } from "zod";
import type { QuizEvent } from "@waspada/quiz-engine";

// What a quiz form may post. Anything else is refused before it reaches the engine.
const formSchema = z.object({
  intent: z.enum(["start", "answer", "next", "finish", "restart", "view"]),
  quiz: z.string().max(8_192).optional(),
  choice: z.array(z.string().min(1).max(40)).max(30),
});

export type QuizForm = z.infer<typeof formSchema>;

export function parseQuizForm(form: FormData): QuizForm | null {
  const parsed = formSchema.safeParse({
    intent: form.get("intent"),
    quiz: form.get("quiz") ?? undefined,
    choice: form.getAll("choice"),
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
