import type { ComponentChildren } from "preact";

/** The frame of every printout: its thead and tfoot repeat on every printed page and give each
 * page a top and bottom margin while @page margins stay at zero, which keeps the browser from
 * printing the page's address and title in the margins (print CSS in editor.css). */
export function PrintFrame({ children }: { children: ComponentChildren }) {
  return (
    <table class="print-frame" role="presentation">
      <thead>
        <tr>
          <td class="print-spacer" />
        </tr>
      </thead>
      <tfoot>
        <tr>
          <td class="print-spacer" />
        </tr>
      </tfoot>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
