/** A tel: URI without spaces, as the reference asks. Its own module, so islands need no service data. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}
