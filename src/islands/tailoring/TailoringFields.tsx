/** The tailored plan's three fields, in one module that loads when one of their sections opens. */
export { PrioritiesField } from "./PrioritiesField";
export { SituationField } from "./SituationField";
export { StrategiesField } from "./StrategiesField";

import "./tailoring.css";
