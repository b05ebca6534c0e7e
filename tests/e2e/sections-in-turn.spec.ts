import { expect, test } from "./fixtures";

// A plan page's first markup holds only what the first screen shows: closed sections' questions
// join once the page is ready (src/core/workspace/in-turn.ts). These are the paths that could
// lose something by it.

test("a section opened before the page's code has run shows its questions once it is ready, and they take typing", async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Hold the page's code back, as a slow phone would, while the section is opened.
  await page.route("**/_astro/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  // Not "domcontentloaded": that waits for the page's module script, which is held.
  await page.goto("/plan/adult/", { waitUntil: "commit" });
  await page.locator("#p-adult-right-now > summary").click();
  await page.locator("#p-adult-what-applies > summary").click();
  await expect(page.locator("#p-adult-right-now")).toHaveAttribute("open", "");
  release();
  await page.waitForSelector(".workspace[data-ready]");
  // The situation questions load only for an open section: the page must know it is open.
  await expect(page.locator("#p-adult-what-applies input").first()).toBeVisible();
  const box = page.locator("#p-adult-worries");
  await expect(box).toBeVisible();
  await box.fill("Opened early");
  await expect(page.locator("#p-adult-right-now .section-progress")).not.toHaveText(/^0 of|not started/i);
});

test("every closed section's questions are in the page soon after it is ready, for the browser's find-in-page", async ({
  page,
}) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".workspace[data-ready]");
  for (const id of ["worries", "safest-room", "code-word"])
    await expect(page.locator(`#p-adult-${id}`), id).toBeAttached();
  // Still closed: joining the page opens nothing.
  await expect(page.locator("details.section[open]")).toHaveCount(0);
});

test("a section opened from the list of sections at once shows its questions", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".workspace[data-ready]");
  await page
    .getByRole("navigation", { name: /sections/i })
    .getByRole("button")
    .nth(3)
    .click();
  await expect(page.locator("#p-adult-worries")).toBeVisible();
});
