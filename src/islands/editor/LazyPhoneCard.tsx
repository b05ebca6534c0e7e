import { Lazy } from "../hooks/Lazy";

type Card = typeof import("./PhoneCard").PhoneCard;
const load = () => import("./PhoneCard");

/**
 * The card of phone numbers (with its pictures) loads only for plans that offer one, as the
 * editor mounts: it is ready long before anyone presses "Print my phone numbers".
 */
export function LazyPhoneCard(props: Parameters<Card>[0]) {
  return <Lazy load={load} render={({ PhoneCard }) => <PhoneCard {...props} />} />;
}
