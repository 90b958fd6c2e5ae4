// Helpers shared by the widget's browser tests (tests/browser/widget_*.mjs). Playwright's CSS locators pierce
// the widget's open shadow root, so ".launcher" finds the button inside it.
import { expect } from "./browser.mjs";

export const GATEWAY = process.env.GATEWAY_URL;
export const STORAGE_KEY = "cpp-chat:v1";
if (!GATEWAY) throw new Error("GATEWAY_URL is not set");

// Fail on any page error or console error: a CSP violation (inline style or script) shows up as one.
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error}`));
  page.on("console", (message) => {
    // A failed load is checked by its response below, where the favicon the demo page lacks can be told apart.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
      errors.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  return errors;
}

export async function openWidget(page) {
  await page.goto(`${GATEWAY}/`);
  await page.locator(".launcher").click();
  await page.locator(".msg.bot").first().waitFor();  // the greeting
}

export async function entryCount(page, selector = ".log > li:not(.user)") {
  return page.locator(selector).count();
}

// Type a message, send it with Enter, and wait until an answer (any new non-caregiver entry) is shown.
export async function ask(page, text, timeout = 20000) {
  const before = await entryCount(page);
  await page.locator("#cpp-chat-input").fill(text);
  await page.locator("#cpp-chat-input").press("Enter");
  await waitForMore(page, before, timeout);
}

export async function waitForMore(page, before, timeout = 20000, selector = ".log > li:not(.user)") {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if ((await entryCount(page, selector)) > before) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`no new "${selector}" entry within ${timeout} ms`);
}

export async function stored(page) {
  return page.evaluate((key) => JSON.parse(window.sessionStorage.getItem(key) || "null"), STORAGE_KEY);
}

export async function texts(page, selector) {
  return page.locator(selector).allTextContents();
}

// The element focused inside the widget's shadow root (document.activeElement is the shadow host).
export async function focusedInWidget(page) {
  return page.evaluate(() => {
    const host = document.querySelector("[data-cpp-chat-widget]");
    const active = host && host.shadowRoot.activeElement;
    return active ? { tag: active.tagName.toLowerCase(), id: active.id, cls: active.className,
      text: active.textContent } : null;
  });
}

export function expectNoErrors(errors) {
  expect(errors.length === 0, `page errors: ${errors.join(" | ")}`);
}
