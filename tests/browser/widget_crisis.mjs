// A crisis message: the fixed answer with tap-to-call and tap-to-text buttons (right hrefs), and the caregiver
// can keep writing. Screenshot on a phone, where these buttons matter most.
import { run, expect, ARTIFACTS } from "./browser.mjs";
import { ask, expectNoErrors, openWidget, texts, watchErrors } from "./widget_helpers.mjs";

run(async (browser) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openWidget(page);

  await ask(page, "i cant do this anymore i want to kill myself");
  const crisis = page.locator(".msg.crisis").last();
  await crisis.locator(".crisis-actions").waitFor();
  const text = await crisis.locator(".text").textContent();
  expect(text.includes("988"), `crisis answer leads with 988: ${text}`);
  const group = page.getByRole("group", { name: "Get help now" }).last();
  const actions = await group.locator("a").evaluateAll((links) =>
    links.map((a) => ({ label: a.textContent, href: a.getAttribute("href"), rel: a.rel, target: a.target })));
  const hrefs = actions.map((a) => a.href);
  expect(hrefs.includes("tel:988"), `tap to call 988: ${JSON.stringify(actions)}`);
  expect(hrefs.includes("sms:988"), `tap to text 988: ${JSON.stringify(actions)}`);
  expect(hrefs.includes("tel:911"), `tap to call 911: ${JSON.stringify(actions)}`);
  const chat = actions.find((a) => a.href.startsWith("https://"));
  expect(chat && chat.rel === "noopener noreferrer" && chat.target === "_blank", `web link opens safely: ${JSON.stringify(chat)}`);
  expect(actions[0].label === "Call 988", `the first button is the lead action: ${actions[0].label}`);
  const lead = await group.locator("a").first().boundingBox();
  expect(lead.height >= 44, "crisis buttons are big enough to tap");
  await page.screenshot({ path: `${ARTIFACTS}/widget-crisis-phone.png` });

  // The caregiver can keep talking; a text-with-body resource (DV hotline) gets sms:<number>?body=.
  await ask(page, "my partner hit me and says he will kill me");
  const dv = await page.locator(".msg.crisis").last().locator(".crisis-actions a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(dv.includes("sms:88788?body=START") && dv.includes("tel:18007997233"), `domestic violence resources: ${dv}`);
  expect((await texts(page, ".msg.crisis")).length >= 2, "a second crisis answer after the first");

  expectNoErrors(errors);
  return { actions, dv };
});
