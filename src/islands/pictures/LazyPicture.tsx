import { Lazy } from "../hooks/Lazy";

type Pic = typeof import("./Picture").Picture;
const load = () => import("./Picture");

/** A picture whose drawings load only where one is shown, so plans without pictures skip them. */
export function LazyPicture(props: Parameters<Pic>[0]) {
  return <Lazy load={load} render={({ Picture }) => <Picture {...props} />} />;
}
