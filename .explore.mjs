import { chromium } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu"] });
const page = await browser.newPage();
const base = "http://localhost:4410";
const out = process.argv[2] ?? "/tmp/p10";
async function pdf(name, format = "A4") {
  await page.emulateMedia({ media: "print" });
  const b = await page.pdf({ format, preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  writeFileSync(`${out}/${name}.pdf`, b);
  const info = execFileSync("pdfinfo", [`${out}/${name}.pdf`], { encoding: "utf8" });
  console.log(name, /Pages:\s+\d+/.exec(info)[0], /Title:.*/.exec(info)?.[0], /Page size:.*/.exec(info)[0]);
  execFileSync("pdftoppm", ["-png", "-r", "40", `${out}/${name}.pdf`, `${out}/${name}`]);
}
await page.goto(base + "/plan/child/");
await page.waitForSelector(".plan-editor[data-ready]");
await page.getByRole("button", { name: "Step 5:" , exact: false}).click();
await page.locator("#p-child-help-from-0-0").fill("Mrs Patel");
await page.locator("#p-child-help-from-0-1").fill("07700 900456");
await page.getByRole("button", { name: "Print my phone numbers" }).click();
await pdf("card");
await page.goto(base + "/professionals/session/");
await page.waitForSelector(".session[data-ready]");
await page.getByRole("button", { name: /Open|adult/i }).first().click().catch(e => console.log("no open", e.message));
await pdf("session");
await browser.close();
