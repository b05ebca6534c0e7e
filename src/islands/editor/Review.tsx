import { t } from "../../core/i18n/runtime";
import { isAnswered } from "../../core/plans/answers";
import { today } from "../../core/plans/dates";
import type { Plan } from "../../core/plans/schema";
import type { Template } from "../../core/plans/template";
import { formatDate } from "../../core/print/dates";
import { listSeparated } from "../../core/workspace/views";
import { focusLater } from "../hooks/focusBack";

/**
 * A plan opened after its review date says so gently and lists what to look at again: the
 * sections that hold answers. Marking it reviewed adds today's date to a short log (dates
 * only) and clears the review date, so a new one can be set.
 */
export function ReviewNotice(props: { template: Template; plan: Plan | undefined; onReviewed: () => void }) {
  const { template, plan } = props;
  if (!plan) return null;
  const reviews = plan.reviews ?? [];
  const due = plan.reviewDate !== undefined && plan.reviewDate <= today();
  const toReview = template.sections.filter((s) => s.fields.some((f) => isAnswered(f, plan.answers[f.id])));
  return (
    <>
      {due && (
        <section class="review-due" aria-labelledby="review-due-title">
          <h2 id="review-due-title" class="review-due-title">
            {t("editor.review.title")}
          </h2>
          <p>{t("editor.review.text", { date: formatDate(plan.reviewDate ?? "") })}</p>
          <ul>
            {(toReview.length ? toReview : template.sections).map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ul>
          <button
            type="button"
            class="button"
            onClick={() => {
              props.onReviewed();
              // The notice goes; focus moves to the log that now records today.
              focusLater("review-log");
            }}
          >
            {t("editor.review.done")}
          </button>
        </section>
      )}
      {reviews.length > 0 && (
        <p class="review-log" id="review-log" tabIndex={-1}>
          {t("editor.review.log", { dates: listSeparated(reviews.map((d) => formatDate(d))) })}
        </p>
      )}
    </>
  );
}
