// Staff join the widget's conversation through the staff API: the page shows who joined and the staff reply,
// a reload neither loses nor repeats them, and the hand-back is shown too.
import { run, expect, ARTIFACTS } from "./browser.mjs";
import { GATEWAY, ask, expectNoErrors, openWidget, stored, texts, waitForMore, watchErrors } from "./widget_helpers.mjs";

const TOKEN = process.env.STAFF_TOKEN;

async function staff(path, body) {
  const response = await fetch(`${GATEWAY}/staff/api/handoffs/${path}`, {
    method: "POST", headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body || {}),
  });
  if (!response.ok) throw new Error(`staff API ${path}: ${response.status} ${await response.text()}`);
}

run(async (browser) => {
  expect(TOKEN, "STAFF_TOKEN is set");
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openWidget(page);

  await ask(page, "can i please talk to a real person");
  const banner = page.locator(".handoff");
  await banner.waitFor();
  expect((await banner.textContent()).includes("Waiting for a person"), `waiting: ${await banner.textContent()}`);
  const conversation = (await stored(page)).conversationId;

  // Held for staff: the caregiver's message goes to them and the bot stays quiet (no answer, no typing left).
  const botBefore = await page.locator(".msg.bot").count();
  await page.locator("#cpp-chat-input").fill("my son has nightmares since the fire");
  await page.locator("#cpp-chat-input").press("Enter");
  await page.locator(".typing").waitFor({ state: "hidden" });

  const shown = await page.locator(".log > li:not(.user)").count();
  await staff(`${conversation}/join`, { staff_name: "Maria" });
  await staff(`${conversation}/reply`, { text: "Hi, I'm Maria. <b>I'm here</b> to help." });
  await waitForMore(page, shown + 1, 15000);  // the joined notice and the reply, pushed over the websocket
  await page.locator(".msg.staff").waitFor();
  expect((await page.locator(".msg.bot").count()) === botBefore, "the bot did not answer while staff hold the chat");
  await page.getByRole("status").filter({ hasText: "You're chatting with" }).waitFor();
  const bannerText = await banner.textContent();
  expect(bannerText.includes("Maria"), `staff joined state: ${bannerText}`);
  expect((await page.locator(".panel").getAttribute("data-handoff")) === "active", "panel marked active");
  expect((await texts(page, ".msg.notice")).some((t) => t.includes("Maria from the clinic has joined")), "joined notice");
  const staffText = await page.locator(".msg.staff .text").textContent();
  expect(staffText === "Hi, I'm Maria. <b>I'm here</b> to help.", `staff reply as text: ${staffText}`);
  expect((await page.locator(".msg.staff .who").textContent()).includes("Maria"), "staff reply names its author");
  await page.screenshot({ path: `${ARTIFACTS}/widget-staff-joined.png` });

  // Reload: the staff reply is there once, the banner too, and the cursor stops a replay.
  const cursor = (await stored(page)).cursor;
  expect(cursor > 0, "the outbox cursor is stored");
  await page.reload();
  await page.locator(".msg.staff").waitFor();
  await page.waitForTimeout(2500);  // more than two outbox polls
  expect((await page.locator(".msg.staff").count()) === 1, "the staff reply is shown once after a reload");
  expect((await banner.textContent()).includes("Maria"), "the joined state survives a reload");

  // A staff message sent while the page is away arrives after it comes back.
  await page.goto("about:blank");
  await staff(`${conversation}/reply`, { text: "Are you still there?" });
  await page.goBack();
  await page.locator(".msg.staff").nth(1).waitFor({ timeout: 15000 });
  expect((await texts(page, ".msg.staff .text")).join("|") === "Hi, I'm Maria. <b>I'm here</b> to help.|Are you still there?",
    "the message sent while away arrived, once");

  // Hand back to the bot: the banner goes, the notice says so, and the bot answers again.
  await staff(`${conversation}/release`);
  await banner.waitFor({ state: "hidden", timeout: 15000 });
  expect((await texts(page, ".msg.notice")).some((t) => t.includes("automated assistant again")), "hand-back notice");
  await ask(page, "how long does one session last");
  expect(/session/i.test((await texts(page, ".msg.bot")).at(-1)), "the bot answers again");

  expectNoErrors(errors);
  return { conversation, cursor };
});
