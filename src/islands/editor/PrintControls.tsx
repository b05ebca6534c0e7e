import type { Template } from "../../core/plans/template";
import type { PrintOptions } from "./PrintView";

/**
 * Print options. While printing, the tab title becomes the plan's neutral title when chosen,
 * since browsers can put the title on the paper.
 */
export function PrintControls(props: {
  template: Template;
  options: PrintOptions;
  onOptions: (o: PrintOptions) => void;
  idBase: string;
}) {
  const { template, options, onOptions, idBase } = props;
  const print = () => {
    const title = document.title;
    if (options.neutralTitle) document.title = template.neutralTitle;
    const restore = () => {
      document.title = title;
      window.removeEventListener("afterprint", restore);
    };
    window.addEventListener("afterprint", restore);
    window.print();
  };
  return (
    <section class="print-controls" aria-labelledby={`${idBase}-print-title`}>
      <h2 id={`${idBase}-print-title`}>Print</h2>
      <p>
        The printout shows your answers, with lines to write on for anything you skipped. Keep it somewhere it will not
        be found, or ask a support worker to keep it for you.
      </p>
      <div class="choices-stack">
        <label class="choice">
          <input
            type="checkbox"
            checked={options.skipEmpty}
            onChange={(e) => onOptions({ ...options, skipEmpty: e.currentTarget.checked })}
          />
          <span>Leave out questions I have not answered</span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={options.neutralTitle}
            onChange={(e) => onOptions({ ...options, neutralTitle: e.currentTarget.checked })}
          />
          <span>Use a plain title on the paper (“{template.neutralTitle}”)</span>
        </label>
      </div>
      <button type="button" class="button" onClick={print}>
        Print
      </button>
    </section>
  );
}
