import type { LanguageParts } from "../parts";
import { pages } from "./pages";
import { adult } from "./plans/adult";
import { checklist } from "./plans/checklist";
import { child } from "./plans/child";
import { youngPerson } from "./plans/young-person";
import { childPractice } from "./practice/child";
import { youngPersonPractice } from "./practice/young-person";
import { services } from "./services";
import { ui } from "./ui";

/** This language's whole catalogue, by part. Build time and tests only: pages load parts. */
export const catalogue: LanguageParts = {
  ui,
  pages,
  services,
  plans: { adult, checklist, "young-person": youngPerson, child },
  practice: { child: childPractice, "young-person": youngPersonPractice },
};
export { rules } from "./rules";
