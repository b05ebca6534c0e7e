import { t } from "../../core/i18n/runtime";

/** The professional's "Questions to ask" for a section, from the guidance. */
export function AskQuestions({ questions }: { questions: readonly string[] | undefined }) {
  if (!questions?.length) return null;
  return (
    <div class="ask-questions">
      <h3 class="questions-title">{t("editor.questionsToAsk")}</h3>
      <ul>
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </div>
  );
}
