import { card } from "./ui/card";
import { child } from "./ui/child";
import { common } from "./ui/common";
import { editor } from "./ui/editor";
import { forms } from "./ui/forms";
import { handover } from "./ui/handover";
import { later } from "./ui/later";
import { list } from "./ui/list";
import { offer } from "./ui/offer";
import { phone } from "./ui/phone";
import { practice } from "./ui/practice";
import { record } from "./ui/record";
import { review } from "./ui/review";
import { session } from "./ui/session";
import { steps } from "./ui/steps";
import { storage } from "./ui/storage";
import { tailoring } from "./ui/tailoring";
import { workspace } from "./ui/workspace";

/** Every word the islands show or say: the page carries these for its own language only. */
export const ui = {
  ...common,
  ...workspace,
  ...later,
  ...editor,
  ...review,
  ...list,
  ...storage,
  ...forms,
  ...session,
  ...handover,
  ...record,
  ...child,
  ...practice,
  ...steps,
  ...tailoring,
  ...phone,
  ...offer,
  ...card,
};
