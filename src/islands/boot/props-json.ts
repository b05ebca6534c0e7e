import { jsonInScript } from "../../core/json-in-script";

/**
 * An island's props as JSON for a `<script type="application/json">` (jsonInScript: a `<` in a
 * service's name or an organisation's words cannot close the script). Props must survive JSON:
 * a value JSON would change (a Date, a Map, a function, NaN) stops the build, naming it.
 */
export function propsJson(name: string, props: object): string {
  assertPlain(name, props, "props");
  return jsonInScript(props);
}

function assertPlain(name: string, value: unknown, path: string): void {
  if (value === null || typeof value === "string" || typeof value === "boolean" || value === undefined) return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${name}: ${path} is ${value}, which JSON cannot carry`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      // JSON writes a hole or an undefined in a list as null.
      if (v === undefined) throw new Error(`${name}: ${path}[${i}] is undefined, which JSON makes null`);
      assertPlain(name, v, `${path}[${i}]`);
    });
    return;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) assertPlain(name, v, `${path}.${k}`);
    return;
  }
  throw new Error(
    `${name}: ${path} is not plain data (${Object.prototype.toString.call(value)}), which JSON cannot carry`,
  );
}
