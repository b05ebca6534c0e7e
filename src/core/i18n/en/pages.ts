/**
 * Words of the pages themselves (build time only), in English. Keys start with the page's or
 * component's name. Entries may use **strong** and [links](/path/) (src/core/i18n/rich.ts).
 */
export const pages = {
  "layout.description": "Make a plan, at your own pace, on your own device.",
  "layout.skipLink": "Skip to main content",
  "layout.languages": "Other languages",
  "layout.nav": "Site",
  "layout.navHome": "Home",
  "layout.navNumbers": "Phone numbers",
  "layout.navOnline": "Staying safe online",
  "layout.navAbout": "About",
  "layout.footerPrivacy": "Nothing you type here is sent anywhere. [How your information is handled](/about/).",
  "layout.footerRunBy": "Run by {name}. {contact}",
  "quickExit.label": "Exit this page",
  "quickExit.pressesLeft": { one: "Shift: press 1 more time to exit", other: "Shift: press {count} more times to exit" },
  "quickExit.expired": "Shift: exit shortcut expired",
  "quickExit.noticeTitle": "Leaving this site quickly",
  "quickExit.notice":
    "Select **Exit this page**, or press the **Shift** key 3 times, to leave at once. The page goes blank and an everyday website opens instead. [What the exit does and does not hide](/staying-safe-online/).",
  "quickExit.noticeDismiss": "OK, hide this",
  "organisation.placeholderName": "The organisation that runs this site",
  "organisation.placeholderContact": "Ask the person who gave you this address.",
} as const;
