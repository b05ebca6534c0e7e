import { pages } from "./pages";
import { adult } from "./plans/adult";
import { checklist } from "./plans/checklist";
import { child } from "./plans/child";
import { youngPerson } from "./plans/young-person";
import { childPractice } from "./practice/child";
import { youngPersonPractice } from "./practice/young-person";
import { services } from "./services";
import { ui } from "./ui";

/** Every English key in one object: the type that pages and config overrides are checked against. */
export const en = {
  ...ui,
  ...pages,
  ...services,
  ...adult,
  ...checklist,
  ...youngPerson,
  ...child,
  ...childPractice,
  ...youngPersonPractice,
};
