import { useEffect, useRef, useState } from "preact/hooks";
import { createEchoes } from "../../core/drawing/echoes";
import { clear, type DrawAction, draw, isBlank, undo, visible } from "../../core/drawing/history";
import { encodeSmallPng, hexToRgb, pngDataUrl } from "../../core/drawing/small-png";
import { t } from "../../core/i18n/runtime";
import { LIMITS } from "../../core/plans/limits";
import type { Drawing } from "../../core/plans/schema";
import { FieldHint } from "../editor/fields/FieldHint";
import { type FieldProps, ids } from "../editor/fields/types";
import { focusIfFellLater } from "../hooks/focusBack";

const W = 480;
const H = 360;
const STEP = 12;
/** `id` names the colour's class in child.css; `word` is its name, said to a screen reader. */
const COLOURS = [
  { id: "black", word: "child.drawing.black", value: "#1a1c1e" },
  { id: "blue", word: "child.drawing.blue", value: "#1d5fbf" },
  { id: "red", word: "child.drawing.red", value: "#c0262d" },
  { id: "green", word: "child.drawing.green", value: "#1f7a3a" },
  { id: "orange", word: "child.drawing.orange", value: "#d9700b" },
] as const;
/** Everything the canvas can hold: the paper (first, so blank rows pack to zeros) and the pens. */
const PALETTE = ["#ffffff", ...COLOURS.map((c) => c.value)].map(hexToRgb);

interface Stroke {
  colour: string;
  points: Array<[number, number]>;
}

/**
 * The "Me" drawing: finger, pen or mouse, and the keyboard (arrow keys move the pen, Space
 * puts it down or lifts it). Undo and Clear, each with a picture; Undo also brings back a
 * cleared drawing (src/core/drawing/history.ts). Kept in the plan as a small indexed PNG
 * (src/core/drawing/small-png.ts).
 */
export function DrawingField({ field, value, onChange, idBase }: FieldProps<Drawing>) {
  const id = ids(idBase, field);
  const canvas = useRef<HTMLCanvasElement>(null);
  const actions = useRef<DrawAction<Stroke>[]>([]);
  const current = useRef<Stroke | null>(null);
  const base = useRef<HTMLImageElement | null>(null);
  /** What this field put in the plan, so its own pictures coming back late are not a new plan. */
  // Made once: useRef(createEchoes()) would make (and throw away) a new one every render.
  const [echoes] = useState(() => createEchoes(undefined));
  /** Counts saves, so a small PNG finished after a newer save or a new plan is dropped. */
  const saves = useRef(0);
  const [colour, setColour] = useState<string>(COLOURS[0].value);
  const [cursor, setCursor] = useState<[number, number]>([W / 2, H / 2]);
  const [penDown, setPenDown] = useState(false);
  const [count, setCount] = useState(0);
  const [tooBig, setTooBig] = useState(false);

  const ctx = () => canvas.current?.getContext("2d") ?? null;
  const redraw = () => {
    const c = ctx();
    if (!c) return;
    c.fillStyle = "#ffffff";
    c.fillRect(0, 0, W, H);
    const now = visible(actions.current, base.current !== null);
    if (now.base && base.current) c.drawImage(base.current, 0, 0, W, H);
    for (const s of now.strokes) drawStroke(c, s);
  };
  const save = () => {
    const run = ++saves.current;
    const blank = isBlank(actions.current, base.current !== null);
    if (blank) {
      setTooBig(false);
      echoes.sent(undefined);
      onChange(undefined);
      return;
    }
    // Saved at once as the browser's PNG, so the last stroke is in the plan before any page
    // change, quick exit or print; then replaced by the same picture as a small indexed PNG
    // a moment later (a few KB instead of tens: issue 22), unless something newer came first.
    const png = canvas.current?.toDataURL("image/png");
    const c = ctx();
    if (!png || !c) return;
    if (png.length <= LIMITS.drawingChars) {
      echoes.sent(png);
      onChange({ png, width: W, height: H });
    }
    encodeSmallPng(c.getImageData(0, 0, W, H), PALETTE).then(
      (bytes) => {
        if (run !== saves.current) return;
        const small = pngDataUrl(bytes);
        // Too detailed to keep: say so rather than quietly not saving it.
        setTooBig(small.length > LIMITS.drawingChars);
        if (small.length > LIMITS.drawingChars) return;
        echoes.sent(small);
        onChange({ png: small, width: W, height: H });
      },
      // No CompressionStream (an old browser): the browser's PNG saved above stays.
      () => setTooBig(png.length > LIMITS.drawingChars),
    );
  };

  // Follow the plan: a drawing loaded from a saved plan becomes the base; a cleared plan clears.
  useEffect(() => {
    if (echoes.heard(value?.png)) return;
    saves.current++;
    actions.current = [];
    base.current = null;
    echoes.adopt(value?.png);
    setCount(0);
    if (!value) return redraw();
    const img = new Image();
    img.onload = () => {
      base.current = img;
      redraw();
    };
    img.src = value.png;
  }, [value]);
  useEffect(redraw, []);

  const point = (e: PointerEvent): [number, number] => {
    const r = (e.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * W, ((e.clientY - r.top) / r.height) * H];
  };
  const start = (at: [number, number]) => {
    current.current = { colour, points: [at] };
    actions.current = draw(actions.current, current.current);
    const c = ctx();
    if (c) drawStroke(c, current.current);
  };
  const extend = (at: [number, number]) => {
    const s = current.current;
    const c = ctx();
    if (!s || !c) return;
    const last = s.points[s.points.length - 1] ?? at;
    s.points.push(at);
    c.strokeStyle = s.colour;
    c.lineWidth = 6;
    c.lineCap = "round";
    c.beginPath();
    c.moveTo(last[0], last[1]);
    c.lineTo(at[0], at[1]);
    c.stroke();
  };
  const end = () => {
    if (!current.current) return;
    current.current = null;
    setCount(actions.current.length);
    save();
  };

  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const next: [number, number] = [clamp(cursor[0] + move[0], 0, W), clamp(cursor[1] + move[1], 0, H)];
      setCursor(next);
      if (penDown) extend(next);
    } else if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      if (penDown) end();
      else start(cursor);
      setPenDown(!penDown);
    }
  };

  const hintId = `${id.input}-keys`;
  return (
    <div class="field field-drawing">
      <p class="field-label" id={id.label}>
        {field.label}
      </p>
      <FieldHint field={field} id={id.hint} />
      <fieldset class="drawing-tools">
        <legend class="visually-hidden">{t("child.drawing.colours")}</legend>
        {COLOURS.map((c) => (
          <button
            type="button"
            key={c.value}
            class={`colour colour-${c.id}`}
            aria-pressed={colour === c.value}
            onClick={() => setColour(c.value)}
          >
            <span class="visually-hidden">{t(c.word)}</span>
          </button>
        ))}
      </fieldset>
      <div class="drawing-wrap">
        {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: "application" lets screen readers pass arrow keys and Space to the drawing. */}
        <canvas
          ref={canvas}
          id={id.input}
          class="drawing"
          width={W}
          height={H}
          tabIndex={0}
          role="application"
          aria-roledescription={t("child.drawing.area")}
          aria-labelledby={id.label}
          aria-describedby={hintId}
          onPointerDown={(e) => {
            (e.currentTarget as HTMLCanvasElement).setPointerCapture(e.pointerId);
            start(point(e));
          }}
          onPointerMove={(e) => {
            if (current.current && !penDown) extend(point(e));
          }}
          onPointerUp={end}
          onPointerCancel={end}
          onKeyDown={onKey}
          onBlur={() => {
            if (penDown) {
              end();
              setPenDown(false);
            }
          }}
        />
        <span
          class={penDown ? "drawing-cursor drawing-cursor-down" : "drawing-cursor"}
          aria-hidden="true"
          ref={(el) => {
            // Positioned through the CSSOM: the CSP forbids style attributes.
            if (el) {
              el.style.left = `${(cursor[0] / W) * 100}%`;
              el.style.top = `${(cursor[1] / H) * 100}%`;
            }
          }}
        />
      </div>
      <p class="field-hint" id={hintId} aria-live="polite">
        {t("child.drawing.hint")}
        {penDown ? ` ${t("child.drawing.penDown")}` : ""}
      </p>
      {tooBig && (
        <p class="error-message" role="alert">
          {t("child.drawing.tooBig")}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button button-secondary drawing-button drawing-undo"
          disabled={count === 0}
          onClick={() => {
            actions.current = undo(actions.current);
            setCount(actions.current.length);
            redraw();
            save();
            // Nothing left to undo: the button turns off under the keyboard, which carries on at the drawing.
            focusIfFellLater(() => canvas.current);
          }}
        >
          <UndoPicture />
          {t("child.drawing.undo")}
        </button>
        <button
          type="button"
          class="button button-secondary drawing-button"
          onClick={() => {
            // A step of its own, so Undo brings the drawing back.
            actions.current = clear(actions.current, base.current !== null);
            setCount(actions.current.length);
            redraw();
            save();
          }}
        >
          <ClearPicture />
          {t("child.drawing.clear")}
        </button>
      </div>
    </div>
  );
}

/** A curved arrow going back. */
function UndoPicture() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d="M9 5 L4 10 L9 15 M4 10 H14 A6 6 0 0 1 14 22 H10"
        fill="none"
        stroke="currentColor"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** A bin, with its lid. */
function ClearPicture() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d="M3 6 H21 M9 6 V3 H15 V6 M5 6 L6.5 21 H17.5 L19 6 M10 10 V17 M14 10 V17"
        fill="none"
        stroke="currentColor"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

function drawStroke(c: CanvasRenderingContext2D, s: Stroke) {
  const [first, ...rest] = s.points;
  if (!first) return;
  c.strokeStyle = s.colour;
  c.fillStyle = s.colour;
  c.lineWidth = 6;
  c.lineCap = "round";
  c.lineJoin = "round";
  c.beginPath();
  c.arc(first[0], first[1], 3, 0, Math.PI * 2);
  c.fill();
  if (rest.length === 0) return;
  c.beginPath();
  c.moveTo(first[0], first[1]);
  for (const p of rest) c.lineTo(p[0], p[1]);
  c.stroke();
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
