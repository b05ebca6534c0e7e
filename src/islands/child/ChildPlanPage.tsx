import { useState } from "preact/hooks";
import type { Drawing } from "../../core/plans/schema";
import type { FieldProps } from "../editor/fields/types";
import PlanPage from "../plan-page/PlanPage";
import { DrawingField } from "./DrawingField";
import type { KidsPageProps } from "./kids";
import { LazyPractice } from "./LazyPractice";
import { PractiseButton } from "./PractiseButton";
import { StepsView } from "./StepsView";
import "./child.css";

const drawing = (p: FieldProps) => <DrawingField {...(p as FieldProps<Drawing>)} />;

/**
 * The child's plan: the same plan page and editor as every plan, shown one step per screen
 * with pictures, Read aloud and the "Me" drawing. A child keeps only a card of numbers.
 */
export default function ChildPlanPage(props: KidsPageProps) {
  const [view, setView] = useState(props.startIn ?? "plan");
  return (
    <div class="kids kids-child">
      <PlanPage
        template={props.template}
        numbers={props.numbers}
        idleLockMinutes={props.idleLockMinutes}
        exportFileName={props.exportFileName}
        renderDrawing={drawing}
        renderSteps={(ctx) => <StepsView ctx={ctx} onFinish={() => setView("practice")} />}
        printPolicy={{ full: "hidden", card: true }}
        extra={<PractiseButton onClick={() => setView("practice")} />}
        present={({ editor, plan }) =>
          view === "practice" ? <LazyPractice audience="child" plan={plan} onBack={() => setView("plan")} /> : editor
        }
      />
    </div>
  );
}
