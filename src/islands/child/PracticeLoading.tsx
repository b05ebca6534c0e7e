import { t } from "../../core/i18n/runtime";

/** Practice's screen while its code and words load: a heading, so focus has somewhere to go. */
export function PracticeLoading() {
  return (
    <section class="practice" aria-labelledby="practice-title">
      <h1 id="practice-title">{t("child.practice.loadingTitle")}</h1>
      <p class="practice-loading">{t("child.practice.loading")}</p>
    </section>
  );
}
