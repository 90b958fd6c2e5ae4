// The widget on the demo page: one script tag, keyboard and screen-reader basics, a question and its answer,
// a quick reply, the typing indicator, no HTML injection, history kept across a reload; screenshots.
import { run, expect, ARTIFACTS } from "./browser.mjs";
import { GATEWAY, ask, expectNoErrors, focusedInWidget, stored, texts, watchErrors, waitForMore } from "./widget_helpers.mjs";

run(async (browser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${GATEWAY}/`);

  // One script tag embeds it; nothing inline.
  const scripts = await page.$$eval("script", (all) => all.map((s) => s.getAttribute("src")));
  expect(JSON.stringify(scripts) === JSON.stringify(["/widget.js"]), `scripts on the page: ${scripts}`);
  const launcher = page.getByRole("button", { name: /Chat/ });
  await launcher.waitFor();
  expect((await launcher.getAttribute("aria-expanded")) === "false", "launcher says the chat is closed");
  expect((await stored(page)) === null, "nothing stored before the chat is opened");

  // Keyboard: Tab reaches the launcher, Enter opens the chat with the focus in the message box.
  await page.keyboard.press("Tab");
  expect((await focusedInWidget(page))?.cls === "launcher", "Tab reaches the launcher");
  await page.keyboard.press("Enter");
  await page.locator(".msg.bot").first().waitFor();
  expect((await focusedInWidget(page))?.id === "cpp-chat-input", "opening focuses the message box");

  // Labels for screen readers.
  await page.getByRole("log", { name: "Conversation" }).waitFor();
  await page.getByRole("textbox", { name: "Your message" }).waitFor();
  await page.getByRole("button", { name: /^Quick exit/ }).waitFor();
  await page.getByRole("button", { name: "Send" }).waitFor();
  await page.getByRole("button", { name: "Minimise chat" }).waitFor();
  await page.getByRole("region", { name: /Questions about CPP/ }).waitFor();
  await page.getByRole("group", { name: "Suggested replies" }).first().waitFor();
  const greeting = (await texts(page, ".msg.bot"))[0];
  expect(greeting.includes("automated assistant"), `greeting: ${greeting}`);

  // Typing indicator: watch it from inside the page, since a fast answer hides it again quickly.
  await page.evaluate(() => {
    const typing = document.querySelector("[data-cpp-chat-widget]").shadowRoot.querySelector(".typing");
    window.__typingSeen = false;
    new MutationObserver(() => { if (!typing.hidden) window.__typingSeen = true; })
      .observe(typing, { attributes: true, attributeFilter: ["hidden"] });
  });

  // Ask with the keyboard only: type, Enter.
  const before = await page.locator(".log > li:not(.user)").count();
  await page.keyboard.type("what is cpp");
  await page.keyboard.press("Enter");
  await waitForMore(page, before);
  const answer = (await texts(page, ".msg.bot")).at(-1);
  expect(/parent/i.test(answer) && /therap/i.test(answer), `answer about CPP: ${answer}`);
  expect((await page.evaluate(() => window.__typingSeen)) === true, "the typing indicator was shown");
  expect(await page.locator(".typing").isHidden(), "the typing indicator is gone once the answer is shown");
  expect((await texts(page, ".msg.user")).at(-1).includes("what is cpp"), "the question is shown");

  // Only the newest suggestions show; click one: its title is shown as the caregiver's message.
  const visibleGroups = page.locator(".quick-replies:visible");
  expect((await visibleGroups.count()) === 1, "one set of quick replies at a time");
  const quick = visibleGroups.locator(".quick-reply").first();
  const title = (await quick.textContent()).trim();
  const answered = await page.locator(".log > li:not(.user)").count();
  await quick.click();
  await waitForMore(page, answered);
  expect((await texts(page, ".msg.user .text")).at(-1).trim() === title, `quick reply shows its title "${title}"`);
  expect(!(await texts(page, ".msg.user")).at(-1).includes("faq:"), "the payload is not shown");

  // No HTML injection: markup typed by the caregiver (and echoed anywhere) is text.
  const attack = `<img src=x onerror="window.__pwned=1"><b>bold</b>`;
  await ask(page, attack);
  expect((await texts(page, ".msg.user")).at(-1).includes(attack), "markup is shown as typed");
  const injected = await page.evaluate(() => {
    const root = document.querySelector("[data-cpp-chat-widget]").shadowRoot;
    return { img: root.querySelectorAll(".log img, .log b").length, pwned: window.__pwned === 1 };
  });
  expect(injected.img === 0 && !injected.pwned, `HTML was injected: ${JSON.stringify(injected)}`);

  // Links in bot text are anchors built by the widget (tel: for numbers, https for addresses).
  const hrefs = await page.locator(".msg.bot a").evaluateAll((links) => links.map((a) => a.href));
  expect(hrefs.some((h) => h === "tel:911" || h === "tel:988"), `crisis numbers in the greeting link: ${hrefs}`);

  // Reload: same conversation, same history, still open.
  const saved = await stored(page);
  expect(/^web-[A-Za-z0-9_-]{22}$/.test(saved.conversationId), `conversation id: ${saved.conversationId}`);
  const history = await texts(page, ".log > li");
  await page.screenshot({ path: `${ARTIFACTS}/widget-desktop.png` });
  await page.reload();
  await page.locator(".msg.user").first().waitFor();
  await page.waitForFunction(() => true);
  expect(JSON.stringify(await texts(page, ".log > li")) === JSON.stringify(history), "history survives a reload");
  expect(await page.locator(".panel").isVisible(), "the chat is still open after a reload");
  await page.locator(".connection").waitFor({ state: "hidden" });
  expect((await stored(page)).conversationId === saved.conversationId, "same conversation after a reload");
  await ask(page, "how long does one session last");
  const later = (await texts(page, ".msg.bot")).at(-1);
  expect(/session/i.test(later), `the conversation goes on after the reload: ${later}`);
  expect((await stored(page)).conversationId === saved.conversationId, "still the same conversation");

  // Minimise and reopen by keyboard; the launcher gets the focus back.
  await page.getByRole("button", { name: "Minimise chat" }).click();
  expect(await page.locator(".panel").isHidden(), "minimised");
  expect((await focusedInWidget(page))?.cls === "launcher", "focus returns to the launcher");
  await page.keyboard.press("Enter");
  expect(await page.locator(".panel").isVisible(), "reopened");

  // A phone: the panel fills the screen and everything fits.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    deviceScaleFactor: 2 });
  const mobile = await phone.newPage();
  const mobileErrors = watchErrors(mobile);
  await mobile.goto(`${GATEWAY}/`);
  await mobile.locator(".launcher").tap();
  await mobile.locator(".msg.bot").first().waitFor();
  await ask(mobile, "what happens in the first sessions");
  const box = await mobile.locator(".panel").boundingBox();
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 390.5 && box.y + box.height <= 844.5,
    `panel fits the phone screen: ${JSON.stringify(box)}`);
  for (const selector of [".exit", ".send", "#cpp-chat-input"]) {
    const b = await mobile.locator(selector).boundingBox();
    expect(b && b.x >= 0 && b.x + b.width <= 390.5 && b.height >= 44, `${selector} is on screen and tappable`);
  }
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(overflow, "no sideways scrolling on a phone");
  await mobile.screenshot({ path: `${ARTIFACTS}/widget-phone.png` });

  expectNoErrors(errors);
  expectNoErrors(mobileErrors);
  return { conversation: saved.conversationId, messages: history.length };
});
