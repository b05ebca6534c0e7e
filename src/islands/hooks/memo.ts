import { type Component, type FunctionComponent, h } from "preact";

/**
 * A component that renders again only when `same` says its props changed, like memo from
 * preact/compat, without loading preact/compat. Compat would also rewrite every element's props
 * on every page (its translate="no" becomes false, which the build's HTML then leaves out), and
 * it adds weight to each plan page.
 */
export function memo<P extends object>(inner: FunctionComponent<P>, same: (before: P, after: P) => boolean) {
  function Memoed(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: P) => !same(this.props, next);
    return h(inner, props);
  }
  Memoed.displayName = `Memo(${inner.displayName ?? inner.name})`;
  return Memoed;
}
