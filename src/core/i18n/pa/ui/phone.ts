import type { phone as en } from "../../en/ui/phone";
import type { Translation } from "../../types";

/** The Panjabi words: drafted from the English, not yet reviewed by a fluent speaker. TRANSLATE: every entry below is still English. */
export const phone: Translation<typeof en> = {
  "phone.title": "Hand over to a phone",
  "phone.titleOwn": "Move to a phone",
  "phone.introOwn":
    "Your plans go to the phone as a series of codes on this screen. Nothing is saved on this device and nothing is sent anywhere. Choose a passphrase: you will type it again on the phone.",
  "phone.intro":
    "The plans go to the phone as a series of codes on this screen. Nothing is saved on this computer and nothing is sent anywhere. Let the person choose the passphrase and type it here themselves, rather than saying it out loud.",
  "phone.lock": "Lock and show the codes",
  "phone.locking": "Locking…",
  "phone.stepAddress":
    "1. On the phone, open the camera and point it at this code. It opens the page that receives the plans.",
  "phone.addressLabel": "Code for the address of the receiving page",
  "phone.showCodes": "The page is open on the phone: show the plans",
  "phone.stepCodes":
    "2. On the phone, choose Start the camera, and hold it so these codes fill most of its screen. Keep going until the phone says it has everything.",
  "phone.codesLabel": "Changing codes that hold the locked plans",
  "phone.pace": "{count} pieces. Each code is a new mix, so a missed one does not matter.",
  "phone.slower": "Use slower, larger codes",
  "phone.faster": "Go back to the usual speed",
  "phone.showAddress": "Show the address code again",
  "phone.close": "Stop and close",
  "phone.tooBig": "These plans are too large to hand over this way. Make a locked file instead.",
  "phone.failed": "The codes could not be made in this browser. Make a locked file instead.",
  "phone.receive.start": "Start the camera",
  "phone.receive.why":
    "The camera is used only on this page, only to read the codes, and it stops as soon as they are all in. Nothing is recorded or sent.",
  "phone.receive.starting": "Asking for the camera…",
  "phone.receive.videoLabel": "What the camera sees",
  "phone.receive.aim": "Point the camera at the codes on the other screen, so that they fill most of this screen.",
  "phone.receive.looking": "Looking for the codes…",
  "phone.receive.progress": "{have} of {need} pieces read.",
  "phone.receive.stop": "Stop the camera",
  "phone.receive.denied":
    "This browser was not allowed to use the camera. To try again, allow the camera for this site in the browser's settings, then choose Start the camera. Or use one of the other ways below.",
  "phone.receive.noCamera": "This browser cannot find a camera it may use. Use one of the other ways below.",
  "phone.receive.cameraFailed":
    "The camera would not start. Close any other app that is using it and try again, or use one of the other ways below.",
  "phone.receive.mismatch":
    "Some of what the camera read was not right, so it is starting again. Keep the camera on the codes.",
  "phone.receive.notPlans":
    "The codes were read, but they do not hold locked plans from this site. Nothing was opened.",
  "phone.receive.allIn": "Everything is in and checked. The camera is off.",
  "phone.receive.passIntro": "Type the passphrase that was chosen on the other screen.",
  "phone.receive.open": "Open",
  "phone.receive.holds": "This holds: {plans}.",
  "phone.receive.keepNote":
    "They are not saved on this phone yet. On the next page, choose {button} to keep them locked here with a passphrase. Until then, closing the page clears them.",
  "phone.receive.openPlans": "Open the plans",
  "phone.receive.carryFailed":
    "This browser would not let the plans move to the next page. Ask for a locked file instead.",
};
