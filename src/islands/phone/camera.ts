import decodeQR from "qr/decode.js";

/** Why the camera could not be used, each with its own kind sentence. */
export type CameraProblem = "denied" | "none" | "failed";

/** The browser's own QR reader where it has one (Chrome on Android): faster than ours. */
interface Detector {
  detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>>;
}
async function nativeDetector(): Promise<Detector | null> {
  const Native = (
    globalThis as {
      BarcodeDetector?: { new (o: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> };
    }
  ).BarcodeDetector;
  try {
    if (Native && (await Native.getSupportedFormats()).includes("qr_code")) return new Native({ formats: ["qr_code"] });
  } catch {
    // A detector that will not say what it reads is not used.
  }
  return null;
}

export function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "none";
  return "failed";
}

/** The camera's frames are read at most this wide: a code fills most of it, and less is faster. */
const READ_WIDTH = 960;

/**
 * Opens the back camera into the video and reads codes from its frames until stopped, handing
 * each code's text to onText. stop() ends the camera tracks (the light goes off) and the loop;
 * it is safe to call more than once, and is called on every way out.
 */
export async function startScanning(
  video: HTMLVideoElement,
  onText: (text: string) => void,
): Promise<{ stop: () => void }> {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("no camera", "NotFoundError");
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } },
  });
  let stopped = false;
  let frame = 0;
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(frame);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    await video.play();
  } catch (error) {
    stop();
    throw error;
  }
  const detector = await nativeDetector();
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  let busy = false;
  const read = async () => {
    if (stopped || busy || video.readyState < 2 || !video.videoWidth) return;
    busy = true;
    try {
      if (detector) {
        for (const code of await detector.detect(video)) if (!stopped) onText(code.rawValue);
        return;
      }
      if (!context) return;
      const scale = Math.min(1, READ_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const text = decodeQR(context.getImageData(0, 0, canvas.width, canvas.height));
      if (!stopped) onText(text);
    } catch {
      // No code in this frame: the next one is read instead.
    } finally {
      busy = false;
    }
  };
  const loop = () => {
    if (stopped) return;
    void read();
    frame = requestAnimationFrame(loop);
  };
  frame = requestAnimationFrame(loop);
  return { stop };
}
