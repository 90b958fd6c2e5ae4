// Quick exit, by the visible button (reached with the keyboard) and by Esc: the page leaves for the neutral
// site with location.replace (Back does not return to the chat) and the conversation is gone from the browser.
// The neutral site is intercepted with page.route, so no internet is needed.
import { run, expect } from "./browser.mjs";
import { GATEWAY, STORAGE_KEY, ask, expectNoErrors, focusedInWidget, openWidget, watchErrors } from "./widget_helpers.mjs";

const NEUTRAL = "https://www.weather.gov/";

async function neutralPage(page) {
  await page.route("https://www.weather.gov/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><h1>Forecast</h1>" }));
}

async function storedAfterExit(page) {
  // sessionStorage belongs to the tab and the gateway's origin: look at it from a bare page of that origin.
  await page.goto(`${GATEWAY}/widget.css`);
  return page.evaluate((key) => ({ session: window.sessionStorage.getItem(key), local: window.localStorage.getItem(key),
    keys: window.sessionStorage.length }), STORAGE_KEY);
}

run(async (browser) => {
  const context = await browser.newContext();
  const results = {};

  // 1. The visible button, reached by Tab from the message box (Shift+Tab walks back up to the header).
  const page = await context.newPage();
  const errors = watchErrors(page);
  await neutralPage(page);
  await page.goto("about:blank");
  await openWidget(page);
  await ask(page, "what is cpp");
  expect((await page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY)) !== null, "stored first");
  let steps = 0;
  while ((await focusedInWidget(page))?.cls !== "exit" && steps < 40) {
    await page.keyboard.press("Shift+Tab");
    steps += 1;
  }
  expect((await focusedInWidget(page))?.cls === "exit", "the quick exit button is reachable by keyboard");
  await page.keyboard.press("Enter");
  await page.waitForURL(NEUTRAL);
  expect((await page.title()) === "Weather", "left for the neutral page");
  await page.goBack();
  expect(!page.url().startsWith(GATEWAY), `Back does not return to the chat: ${page.url()}`);
  results.button = await storedAfterExit(page);
  expect(results.button.session === null && results.button.local === null, `storage cleared: ${JSON.stringify(results.button)}`);

  // 2. Esc, pressed while typing; the demo page then starts a fresh conversation.
  const second = await context.newPage();
  await neutralPage(second);
  await openWidget(second);
  await ask(second, "who is cpp for");
  const before = await second.evaluate((key) => JSON.parse(window.sessionStorage.getItem(key)).conversationId, STORAGE_KEY);
  await second.locator("#cpp-chat-input").fill("half-typed message");
  await second.keyboard.press("Escape");
  await second.waitForURL(NEUTRAL);
  results.escape = await storedAfterExit(second);
  expect(results.escape.session === null, `storage cleared by Esc: ${JSON.stringify(results.escape)}`);
  await second.goto(`${GATEWAY}/`);
  await second.locator(".launcher").click();
  await second.locator(".msg.bot").first().waitFor();
  expect((await second.locator(".msg.user").count()) === 0, "no old messages after a quick exit");
  const after = await second.evaluate((key) => JSON.parse(window.sessionStorage.getItem(key)).conversationId, STORAGE_KEY);
  expect(after && after !== before, "a new conversation after a quick exit");

  expectNoErrors(errors);
  return results;
});
