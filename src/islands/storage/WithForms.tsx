import { useEffect, useState } from "preact/hooks";
import { t, withWords } from "../../core/i18n/runtime";

type Forms = typeof import("./forms");
let loaded: Forms | null = null;
export const loadForms = withWords("forms", () => import("./forms"));

/**
 * Renders once the passphrase forms and file panels have loaded. They are only needed when
 * someone saves, opens a copy or unlocks, so plan pages do not load them up front.
 */
export function WithForms(props: { children: (forms: Forms) => preact.VNode }) {
  const [forms, setForms] = useState<Forms | null>(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (forms) return;
    loadForms().then(
      (m) => {
        loaded = m;
        setForms(m);
      },
      () => setFailed(true),
    );
  }, [forms]);
  if (failed) return <p role="alert">{t("storage.loadFailed")}</p>;
  return forms ? props.children(forms) : <p class="keep-note">{t("storage.opening")}</p>;
}
