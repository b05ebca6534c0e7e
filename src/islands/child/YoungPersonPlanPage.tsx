import { useState } from "preact/hooks";
import PlanPage from "../plan-page/PlanPage";
import type { KidsPageProps } from "./kids";
import { LazyPractice } from "./LazyPractice";
import { PractiseButton } from "./PractiseButton";
import "./child.css";

/** The young person's plan: the usual editor, a card of numbers to print, and practice. */
export default function YoungPersonPlanPage(props: KidsPageProps) {
  const [view, setView] = useState(props.startIn ?? "plan");
  return (
    <div class="kids">
      <PlanPage
        template={props.template}
        numbers={props.numbers}
        idleLockMinutes={props.idleLockMinutes}
        exportFileName={props.exportFileName}
        printPolicy={{ full: "allowed", card: true }}
        extra={<PractiseButton onClick={() => setView("practice")} />}
        present={({ editor, plan }) =>
          view === "practice" ? (
            <LazyPractice audience="young-person" plan={plan} onBack={() => setView("plan")} />
          ) : (
            editor
          )
        }
      />
    </div>
  );
}
