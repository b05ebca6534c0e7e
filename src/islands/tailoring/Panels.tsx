import { useContext, useEffect, useState } from "preact/hooks";
import { telHref } from "../../core/config/tel";
import { localPath } from "../../core/i18n/languages";
import { uiLang } from "../../core/i18n/runtime";
import { allFields } from "../../core/plans/answers";
import {
  DEVICE_ANSWERS,
  DEVICE_QUESTIONS,
  type DeviceAnswer,
  type DeviceQuestion,
  worries,
} from "../../core/tailoring/device";
import { goNow, TAKE_DEFAULTS } from "../../core/tailoring/go-now";
import { adviceFor, DANGER_SIGNS, type SignId } from "../../core/tailoring/signs";
import { focusLater } from "../hooks/focusBack";
import { templateLoaders } from "../workspace/loaders";
import { Modal } from "../workspace/Modal";
import { TailoringContext } from "./context";
import { tw } from "./words";
import "./tailoring.css";

export type PanelName = "go-now" | "signs" | "device";

/**
 * The tailored plan's quick screens, each in a modal over the plan (so nothing typed is left):
 * "If I need to go now", "Signs of danger" and "Is this device safe?". The last two keep
 * nothing: their ticks live only while the panel is open.
 */
export function TailoringPanel(props: { panel: PanelName | undefined; onClose: () => void }) {
  const titleId = "tailor-panel-title";
  return (
    <Modal open={props.panel !== undefined} titleId={titleId} onClose={props.onClose} class="tailor-panel">
      {props.panel === "go-now" && <GoNow titleId={titleId} />}
      {props.panel === "signs" && <DangerSigns titleId={titleId} />}
      {props.panel === "device" && <DeviceCheck titleId={titleId} />}
      <p>
        <button type="button" class="button" onClick={props.onClose}>
          {tw("tailoring.ui.panel.close")}
        </button>
      </p>
    </Modal>
  );
}

function Tel({ phone }: { phone: string }) {
  return (
    <a class="tel" href={telHref(phone)} dir="ltr">
      {phone}
    </a>
  );
}

function GoNow({ titleId }: { titleId: string }) {
  const { plans, numbers } = useContext(TailoringContext);
  const g = goNow(plans);
  const labels = useItemLabels(g.take.some((item) => !item.label));
  return (
    <>
      <h2 id={titleId} tabIndex={-1} autofocus>
        {tw("tailoring.ui.goNow.title")}
      </h2>
      <p>{tw("tailoring.ui.goNow.intro")}</p>
      <p class="callout tailor-urgent">
        <strong>{tw("tailoring.ui.goNow.danger")}</strong>
      </p>
      {numbers[1] && (
        <p>
          <strong translate={false} lang={numbers[1].nameLang}>
            {numbers[1].name}
          </strong>{" "}
          <Tel phone={numbers[1].phone} />
        </p>
      )}
      {g.empty && <p>{tw("tailoring.ui.goNow.nothing")}</p>}
      {g.places.length > 0 && (
        <>
          <h3>{tw("tailoring.ui.goNow.where")}</h3>
          <ul>
            {g.places.map((p, i) => (
              <li key={i}>
                <strong>{p.name}</strong>
                {p.note && ` – ${p.note}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {g.people.length > 0 && (
        <>
          <h3>{tw("tailoring.ui.goNow.who")}</h3>
          <ul>
            {g.people.map((p, i) => (
              <li key={i}>
                <strong>{p.name}</strong> {p.phone && <Tel phone={p.phone} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {g.codeWord && (
        <p>
          <strong>{tw("tailoring.ui.goNow.codeWord")}:</strong> {g.codeWord}
        </p>
      )}
      {g.waysOut && (
        <>
          <h3>{tw("tailoring.ui.goNow.waysOut")}</h3>
          <p class="tailor-typed">{g.waysOut}</p>
        </>
      )}
      {g.childrenPlace && (
        <>
          <h3>{tw("tailoring.ui.goNow.children")}</h3>
          <p class="tailor-typed">{g.childrenPlace}</p>
        </>
      )}
      <h3>{tw("tailoring.ui.goNow.take")}</h3>
      <ul>
        {TAKE_DEFAULTS.map((k) => (
          <li key={k}>{tw(`tailoring.goNow.take.${k}`)}</li>
        ))}
      </ul>
      {g.take.length > 0 && (
        <>
          <h4>{tw("tailoring.ui.goNow.takeMine")}</h4>
          <ul>
            {g.take.map((item) => (
              <li key={item.id}>
                {item.label ?? labels.get(item.id) ?? ""}
                {item.note && ` – ${item.note}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{tw("tailoring.ui.goNow.leave")}</p>
    </>
  );
}

/** The list's item labels in the page's language: its template loads when there is something to name. */
function useItemLabels(needed: boolean): ReadonlyMap<string, string> {
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!needed) return;
    templateLoaders.checklist().then(
      (template) => {
        const items = allFields(template).flatMap(({ field }) => field.items ?? []);
        setLabels(new Map(items.map((i) => [i.id, i.label])));
      },
      () => undefined,
    );
  }, [needed]);
  return labels;
}

const TODO_ID = "signs-todo";

function DangerSigns({ titleId }: { titleId: string }) {
  const [ticked, setTicked] = useState<SignId[]>([]);
  const advice = adviceFor(ticked);
  const { numbers } = useContext(TailoringContext);
  return (
    <>
      <h2 id={titleId} tabIndex={-1} autofocus>
        {tw("tailoring.ui.signs.title")}
      </h2>
      <p>{tw("tailoring.ui.signs.intro")}</p>
      <p class="field-hint">{tw("tailoring.ui.signs.notKept")}</p>
      <fieldset class="field">
        <legend class="field-label">{tw("tailoring.ui.signs.legend")}</legend>
        <div class="choices-grid">
          {DANGER_SIGNS.map((s) => (
            <div key={s.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={ticked.includes(s.id)}
                  onChange={(e) =>
                    setTicked((now) => (e.currentTarget.checked ? [...now, s.id] : now.filter((x) => x !== s.id)))
                  }
                />
                <span>{tw(`tailoring.sign.${s.id}.label`)}</span>
              </label>
              {/* What the sign means, under it: on a phone the list of signs is taller than the
                  screen, and what to do, below it, would change out of sight. */}
              {ticked.includes(s.id) && (
                <p class="tailor-sign-flag">
                  <strong>{tw("tailoring.ui.signs.flagged")}:</strong> {tw(`tailoring.sign.${s.id}.flag`)}{" "}
                  <button type="button" class="link-button" onClick={() => focusLater(TODO_ID)}>
                    {tw("tailoring.ui.signs.todo")}
                  </button>
                </p>
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite">
        {ticked.length === 0 ? (
          <p>{tw("tailoring.ui.signs.none")}</p>
        ) : (
          <>
            <h3 id={TODO_ID} tabIndex={-1}>
              {tw("tailoring.ui.signs.todo")}
            </h3>
            <ul class="tailor-advice">
              {advice.map((a) => (
                <li key={a}>
                  <strong>{tw(`tailoring.advice.${a}.title`)}</strong> {tw(`tailoring.advice.${a}.text`)}
                  {a === "helpline" && numbers[1] && (
                    <>
                      {" "}
                      <strong translate={false} lang={numbers[1].nameLang}>
                        {numbers[1].name}
                      </strong>{" "}
                      <Tel phone={numbers[1].phone} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}

function DeviceCheck({ titleId }: { titleId: string }) {
  const [answers, setAnswers] = useState<Partial<Record<DeviceQuestion, DeviceAnswer>>>({});
  const worrying = worries(answers);
  const answeredAll = DEVICE_QUESTIONS.every((q) => answers[q] !== undefined);
  return (
    <>
      <h2 id={titleId} tabIndex={-1} autofocus>
        {tw("tailoring.ui.device.title")}
      </h2>
      <p>{tw("tailoring.ui.device.intro")}</p>
      <ol class="tailor-device">
        {DEVICE_QUESTIONS.map((q) => (
          <li key={q}>
            <fieldset class="field">
              <legend class="field-label">{tw(`tailoring.device.${q}.question`)}</legend>
              <div class="choices-grid tailor-yes-no">
                {DEVICE_ANSWERS.map((a) => (
                  <label class="choice" key={a}>
                    <input
                      type="radio"
                      name={`device-${q}`}
                      checked={answers[q] === a}
                      onChange={() => setAnswers((now) => ({ ...now, [q]: a }))}
                    />
                    <span>{tw(`tailoring.device.answer.${a}`)}</span>
                  </label>
                ))}
              </div>
              {worrying.includes(q) && (
                <p class="callout" aria-live="polite">
                  <strong>{tw("tailoring.ui.device.todo")}:</strong> {tw(`tailoring.device.${q}.todo`)}
                </p>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {answeredAll && worrying.length === 0 && <p class="callout">{tw("tailoring.ui.device.allClear")}</p>}
      <p>
        <a href={localPath(uiLang(), "/staying-safe-online/")}>{tw("tailoring.ui.device.onlineSafety")}</a>
      </p>
    </>
  );
}
