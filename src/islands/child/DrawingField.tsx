import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import { LIMITS } from "../../core/plans/limits";
import type { Drawing } from "../../core/plans/schema";
import { FieldHint } from "../editor/fields/FieldHint";
import { type FieldProps, ids } from "../editor/fields/types";

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

interface Stroke {
  colour: string;
  points: Array<[number, number]>;
}

/**
 * The "Me" drawing: finger, pen or mouse, and the keyboard (arrow keys move the pen, Space
 * puts it down or lifts it). Undo and clear. Kept in the plan as a small PNG.
 */
export function DrawingField({ field, value, onChange, idBase }: FieldProps<Drawing>) {
  const id = ids(idBase, field);
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const current = useRef<Stroke | null>(null);
  const base = useRef<HTMLImageElement | null>(null);
  const saved = useRef<string | undefined>(undefined);
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
    if (base.current) c.drawImage(base.current, 0, 0, W, H);
    for (const s of strokes.current) drawStroke(c, s);
  };
  const save = () => {
    const png = canvas.current?.toDataURL("image/png");
    if (!png) return;
    // Too detailed to keep: say so rather than quietly not saving it.
    setTooBig(png.length > LIMITS.drawingChars);
    if (png.length > LIMITS.drawingChars) return;
    saved.current = png;
    onChange(strokes.current.length || base.current ? { png, width: W, height: H } : undefined);
  };

  // Follow the plan: a drawing loaded from a saved plan becomes the base; a cleared plan clears.
  useEffect(() => {
    if (value?.png === saved.current) return;
    strokes.current = [];
    base.current = null;
    saved.current = value?.png;
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
    strokes.current.push(current.current);
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
    setCount(strokes.current.length);
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
          class="button button-secondary"
          disabled={count === 0}
          onClick={() => {
            strokes.current.pop();
            setCount(strokes.current.length);
            redraw();
            save();
          }}
        >
          {t("child.drawing.undo")}
        </button>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            strokes.current = [];
            base.current = null;
            setCount(0);
            redraw();
            saved.current = undefined;
            onChange(undefined);
          }}
        >
          {t("child.drawing.clear")}
        </button>
      </div>
    </div>
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
