import { useEffect, useState } from "preact/hooks";

type Card = typeof import("./PhoneCard").PhoneCard;
let loaded: Card | null = null;

/**
 * The card of phone numbers (with its pictures) loads only for plans that offer one, as the
 * editor mounts: it is ready long before anyone presses "Print my phone numbers".
 */
export function LazyPhoneCard(props: Parameters<Card>[0]) {
  const [Card, setCard] = useState<Card | null>(() => loaded);
  useEffect(() => {
    if (!Card)
      void import("./PhoneCard").then((m) => {
        loaded = m.PhoneCard;
        setCard(() => m.PhoneCard);
      });
  }, [Card]);
  return Card ? <Card {...props} /> : null;
}
