import { useEffect, useState } from "preact/hooks";

type Pic = typeof import("./Picture").Picture;
let loaded: Pic | null = null;

/** A picture whose drawings load only where one is shown, so plans without pictures skip them. */
export function LazyPicture(props: Parameters<Pic>[0]) {
  const [Pic, setPic] = useState<Pic | null>(() => loaded);
  useEffect(() => {
    if (!Pic)
      void import("./Picture").then((m) => {
        loaded = m.Picture;
        setPic(() => m.Picture);
      });
  }, [Pic]);
  // No inline style while loading: the CSP allows none in the markup.
  return Pic ? <Pic {...props} /> : null;
}
