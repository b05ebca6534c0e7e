// @ts-check
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Starts scripts/serve.mjs on a free-ish port and resolves once it answers. */
export async function serve(port = 4398) {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      if (String(d).includes("Serving")) resolve(undefined);
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { base: `http://localhost:${port}`, stop: () => child.kill() };
}

export { median } from "./median.mjs";
