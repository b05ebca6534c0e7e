import { isAnswered } from "../../core/plans/answers";
import { formatDay, today } from "../../core/plans/dates";
import type { Plan } from "../../core/plans/schema";
import type { Template } from "../../core/plans/template";

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
            Time to look at this plan again
          </h2>
          <p>
            You planned to review it on {formatDay(plan.reviewDate ?? "")}. Things may have changed since then: people,
            numbers, places and plans for the children. Look again at:
          </p>
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
              requestAnimationFrame(() => document.getElementById("review-log")?.focus());
            }}
          >
            I have reviewed it today
          </button>
        </section>
      )}
      {reviews.length > 0 && (
        <p class="review-log" id="review-log" tabIndex={-1}>
          Reviewed on: {reviews.map(formatDay).join(", ")}.
        </p>
      )}
    </>
  );
}
