import { Lazy } from "../hooks/Lazy";

type Pic = typeof import("./Picture").Picture;
/** Every picture's drawing (the faces, practice's pictures): the child's steps bring only their own. */
export const loadPictures = () => import("./Picture");

/**
 * A picture whose drawings load only where one is shown, so plans without pictures skip them.
 * Decorative, beside words that say the same: if it cannot load (no connection), nothing shows.
 */
export function LazyPicture(props: Parameters<Pic>[0]) {
  return <Lazy load={loadPictures} render={({ Picture }) => <Picture {...props} />} failedView={null} />;
}
