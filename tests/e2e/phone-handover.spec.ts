import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { chromium, type Page } from "@playwright/test";
import decodeQR from "qr/decode.js";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";
import { createReceiver, type Heard } from "../../src/core/handover/receiver";
import { expect, test } from "./fixtures";
import { openAllSections } from "./plan-helpers";

/**
 * A hand-over laptop → phone with no file: the session shows the moving codes, the test takes
 * the very pixels it drew, plays them as a camera (Chromium's fake capture device, from a .y4m
 * written here), and the receiving page reads them, asks the passphrase and opens the household.
 */
const PASS = "amber kettle meadow violin saucer";
/** Words that gzip cannot fold away, as a person's own writing: enough for several codes. */
const WRITING = Array.from({ length: 260 }, (_, i) => ((i * 7919) % 10007).toString(36)).join(" ");
/** The fake camera's picture: a code of version 16 at 5 pixels a module (445 px) fits with room. */
const WIDTH = 640;
const HEIGHT = 480;

/**
 * The code on the sending screen, as grey pixels (one byte each). A canvas whose drawing the
 * browser has just lost (its context lost and restored, as under memory pressure) is blank until
 * the page draws it again: the look waits for a picture, as a camera would, rather than read none.
 */
async function codeOnScreen(page: Page): Promise<{ width: number; luma: Uint8Array; text: string }> {
  const shown = await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.phone-code");
    const pixels = canvas?.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!canvas || !pixels || pixels.every((value) => value === pixels[0])) return null;
    let grey = "";
    for (let i = 0; i < pixels.length; i += 4) grey += String.fromCharCode(pixels[i] ?? 0);
    return { width: canvas.width, data: btoa(grey) };
  });
  const { width, data } = (await shown.jsonValue()) as { width: number; data: string };
  const luma = Uint8Array.from(Buffer.from(data, "base64"));
  // A few pixels of white around it, as a camera sees a screen: the decoder needs an edge.
  const pad = 20;
  const side = width + pad * 2;
  const framed = new Uint8Array(side * side).fill(255);
  for (let y = 0; y < width; y++) framed.set(luma.subarray(y * width, (y + 1) * width), (y + pad) * side + pad);
  try {
    return { width, luma, text: decodeQR({ width: side, height: side, data: framed }, { format: "I420" }) };
  } catch (error) {
    // Say what was on screen, so that a failure on another machine explains itself.
    const dark = luma.filter((value) => value < 128).length / luma.length;
    throw new Error(`The code on screen (${width} px square, ${Math.round(dark * 100)}% dark) was not read: ${error}`);
  }
}

/** Whether these codes, read in turn, rebuild the whole (as the phone would). */
function rebuilds(codes: Array<{ text: string }>): boolean {
  const receiver = createReceiver();
  return codes.some((code) => receiver.hear(code.text).kind === "done");
}

/** Chromium's fake camera plays a .y4m file in a loop: each code twice at 10 frames a second. */
function writeY4m(codes: Array<{ width: number; luma: Uint8Array }>): string {
  const frameBytes = WIDTH * HEIGHT * 1.5;
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const { width, luma } of codes) {
    const frame = Buffer.alloc(frameBytes, 128); // U and V at 128: grey
    frame.fill(255, 0, WIDTH * HEIGHT); // a white screen around the code
    const left = Math.floor((WIDTH - width) / 2);
    const top = Math.floor((HEIGHT - width) / 2);
    for (let y = 0; y < width; y++) frame.set(luma.subarray(y * width, (y + 1) * width), (top + y) * WIDTH + left);
    for (let repeat = 0; repeat < 2; repeat++) parts.push(Buffer.from("FRAME\n"), frame);
  }
  // With the test's other outputs (emptied at each run): 5 MB each in the temporary folder.
  const file = test.info().outputPath("codes.y4m");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

test("a household goes from the session to the receiving page through a camera, and opens there", async ({
  page,
  baseURL,
}) => {
  // Two key derivations at 600,000 iterations and a decoder on every camera frame.
  test.slow();
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill(`A worry written in the session. ${WRITING}`);
  await page.getByRole("button", { name: "Back to the household" }).click();
  await page.getByLabel("Child's plan (simple steps)").check();
  await page.getByLabel("Their initials").fill("AB");
  await page.getByRole("button", { name: "Add plan" }).click();
  await page.getByRole("button", { name: /^Step 3:/ }).click();
  await page.locator("#p-child-my-safe-place").fill("AB's safe place");
  await page.getByRole("button", { name: "Back to the household" }).click();
  await page.getByRole("button", { name: "Hand over" }).click();
  await page.getByRole("button", { name: "Hand over to a phone" }).click();
  await page.getByLabel("Choose a passphrase").fill(PASS);
  await page.getByLabel("Type the passphrase again").fill(PASS);
  await page.getByRole("button", { name: "Lock and show the codes" }).click();

  // First the plain code of the receiving page's address.
  await expect(page.locator('canvas.phone-code[data-step="address"]')).toBeVisible();
  const address = await codeOnScreen(page);
  expect(address.text).toBe(new URL("/receive/", baseURL).href);

  // Then the moving codes: every one the screen shows is taken, until a few beyond the pieces.
  await page.getByRole("button", { name: "The page is open on the phone: show the plans" }).click();
  const pace = page.getByText(/^\d+ pieces\./);
  const count = Number((await pace.textContent())?.match(/^\d+/)?.[0]);
  expect(count).toBeGreaterThan(1);
  const codes: Array<{ width: number; luma: Uint8Array; text: string }> = [];
  // The clip loops, so the codes in it must be enough. Each mix holds a given piece only half
  // the time: four mixes miss the left-out piece once in 16, and the phone would never finish.
  while (codes.length < count + 4 || !rebuilds(codes.slice(1))) {
    const last = codes.at(-1)?.text;
    const code = await codeOnScreen(page);
    if (code.text !== last) codes.push(code);
    else await page.waitForFunction(() => true); // the next look comes after a round trip, not a timer
  }
  expect(new Set(codes.map((c) => c.text)).size).toBe(codes.length);
  // Leaving out the first code: the phone starts late, and the mixes make up for it.
  const video = writeY4m(codes.slice(1));

  const phone = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await phone.newContext({ baseURL: baseURL ?? "", viewport: { width: 360, height: 740 } });
    const offSite: string[] = [];
    await context.route(
      (url) => url.origin !== new URL(baseURL ?? "").origin,
      (route) => {
        offSite.push(route.request().url());
        return route.abort();
      },
    );
    const receiving = await context.newPage();
    const errors: string[] = [];
    receiving.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await receiving.goto("/receive/");
    await expect(receiving.getByRole("heading", { name: "Receive", level: 1 })).toBeVisible();
    await receiving.waitForSelector(".receive[data-ready]");
    await receiving.getByRole("button", { name: "Start the camera" }).click();
    // (Its progress, "2 of 3 pieces read.", can come and go faster than a test can look.)
    await expect(receiving.getByText("Everything is in and checked. The camera is off.")).toBeVisible({
      timeout: 60_000,
    });
    // The camera is off as soon as everything is in: no stream is left playing.
    expect(await receiving.locator("video").evaluate((v) => (v as HTMLVideoElement).srcObject)).toBeNull();
    await receiving.getByLabel("Passphrase", { exact: true }).fill("not the passphrase");
    await receiving.getByRole("button", { name: "Open", exact: true }).click();
    await expect(receiving.getByRole("alert")).toContainText("passphrase");
    await receiving.getByLabel("Passphrase", { exact: true }).fill(PASS);
    await receiving.getByRole("button", { name: "Open", exact: true }).click();
    await expect(receiving.getByText(/^This holds: /)).toContainText("an adult's plan");
    await expect(receiving.getByText(/^This holds: /)).toContainText("child");
    await receiving.getByRole("button", { name: "Open the plans" }).click();
    // The key that carried them is gone from the address at once.
    await expect(receiving).toHaveURL(/\/plan\/adult\/(#plan-[0-9a-z]+)?$/);
    await expect(receiving.locator("#p-adult-worries")).toHaveValue(`A worry written in the session. ${WRITING}`);
    // Keeping them locked on the phone is offered where they open.
    await expect(receiving.getByRole("button", { name: "Save on this device" }).first()).toBeVisible();
    expect(offSite).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await phone.close();
  }
});

test("a camera the person does not allow gets a kind message, the way to try again, and the other ways", async ({
  baseURL,
}) => {
  const phone = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream=deny"],
  });
  try {
    const receiving = await (await phone.newContext({ baseURL: baseURL ?? "" })).newPage();
    await receiving.goto("/receive/");
    await receiving.waitForSelector(".receive[data-ready]");
    await receiving.getByRole("button", { name: "Start the camera" }).click();
    await expect(receiving.getByRole("alert")).toHaveText(/^This browser was not allowed to use the camera\./);
    await expect(receiving.getByRole("button", { name: "Start the camera" })).toBeVisible();
    await expect(receiving.getByRole("heading", { name: "If this phone cannot read the codes" })).toBeVisible();
  } finally {
    await phone.close();
  }
});

test("a person moves their own plans from the workspace: the codes on screen rebuild the locked plans", async ({
  page,
  baseURL,
}) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".workspace[data-ready]");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill(`My own words. ${WRITING}`);
  await page.getByRole("button", { name: "Move to a phone" }).click();
  await page.getByLabel("Choose a passphrase").fill(PASS);
  await page.getByLabel("Type the passphrase again").fill(PASS);
  await page.getByRole("button", { name: "Lock and show the codes" }).click();
  await expect(page.locator('canvas.phone-code[data-step="address"]')).toBeVisible();
  // A browser can drop a canvas's drawing and give it back blank; the address is drawn again.
  await page.locator("canvas.phone-code").evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    canvas.getContext("2d")?.clearRect(0, 0, canvas.width, canvas.height);
    canvas.dispatchEvent(new Event("contextrestored"));
  });
  const addressText = new URL("/receive/", baseURL).href;
  expect((await codeOnScreen(page)).text).toBe(addressText);
  await page.getByRole("button", { name: "The page is open on the phone: show the plans" }).click();
  await expect(page.locator('canvas.phone-code[data-step="codes"]')).toBeVisible();
  // What a phone would read: the codes as they are drawn, into the receiving page's decoder.
  const receiver = createReceiver();
  let heard: Heard = { kind: "ignored" };
  while (heard.kind !== "done") {
    const { text } = await codeOnScreen(page);
    // The address stays on the canvas until the first frame is drawn, just after the step changes.
    if (text === addressText) continue;
    heard = receiver.hear(text);
    expect(["progress", "done"]).toContain(heard.kind);
  }
  const { decrypt } = await import("../../src/core/crypto");
  const opened = await decrypt(heard.bytes, PASS);
  expect(JSON.stringify(opened.ok && opened.value)).toContain("My own words.");
  // Closing stops the codes and lets the locked bytes go.
  await page.getByRole("button", { name: "Stop and close" }).click();
  await expect(page.locator("canvas.phone-code")).toHaveCount(0);
});
