// The staff console in a real browser: sign in, see a new escalation appear without reloading, open it, read the
// transcript, take over, reply, see the reply reach the caregiver's conversation, hand back.
// Env: GATEWAY_URL, STAFF_USER, STAFF_PASSWORD, SENDER (the caregiver conversation this script creates).
import { run, expect, ARTIFACTS } from "./browser.mjs";

const base = process.env.GATEWAY_URL;
const sender = process.env.SENDER;
const crisisText = "my husband choked me last night and said he'd kill me if i leave";

async function caregiverSays(message) {
  const response = await fetch(`${base}/api/chat`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sender, message }),
  });
  expect(response.ok, `caregiver message refused: ${response.status}`);
  return (await response.json()).replies;
}

async function caregiverUpdates() {
  const response = await fetch(`${base}/api/chat/${sender}/updates`);
  return (await response.json()).replies;
}

await run(async (browser) => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(msg.text()); });
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("response", (r) => { if (r.status() >= 400 && !r.url().includes("/login")) problems.push(`${r.status()} ${r.url()}`); });

  // Sign in (the queue sends an anonymous browser to the sign-in page first).
  await page.goto(`${base}/staff/`);
  expect(page.url().includes("/staff/login"), `not sent to sign in: ${page.url()}`);
  await page.getByLabel("Username").fill(process.env.STAFF_USER);
  await page.getByLabel("Password").fill(process.env.STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Queue" }).waitFor();

  // A caregiver in crisis writes now; the open queue shows it without a reload, flagged as crisis.
  const replies = await caregiverSays(crisisText);
  expect(replies.some((r) => r.custom && r.custom.type === "crisis"), "caregiver got no crisis answer");
  const row = page.locator(`tr[data-conversation="${sender}"]`);
  await row.waitFor({ timeout: 15000 });
  expect((await row.getAttribute("class")).includes("crisis"), "new escalation not marked as crisis");
  const firstRow = await page.locator("#queue tbody tr").first().getAttribute("data-key");
  expect(firstRow.startsWith("escalation:"), `crisis is not first in the queue: ${firstRow}`);

  // Open it: the transcript holds the caregiver's words and the crisis answer is marked.
  await row.getByRole("link").click();
  await page.getByRole("heading", { level: 2, name: "Conversation" }).waitFor();
  const transcript = page.locator("#transcript");
  expect((await transcript.textContent()).includes(crisisText), "transcript lacks the caregiver's message");
  expect(await page.locator("#transcript .line.crisis").count() > 0, "no crisis answer marked in the transcript");

  // Take over, reply, and the reply reaches the caregiver's conversation.
  await page.getByRole("button", { name: "Take over the conversation" }).click();
  await page.getByText("Staff hold this conversation").waitFor();
  const reply = "Hi, this is the clinic. I am here with you now. Are you somewhere safe?";
  await page.getByLabel("Reply to the caregiver").fill(reply);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByText("Staff hold this conversation").waitFor();
  const updates = await caregiverUpdates();
  expect(updates.some((u) => u.custom && u.custom.type === "handoff" && u.custom.state === "active"),
         "caregiver was not told a person joined");
  expect(updates.some((u) => u.text === reply && u.custom && u.custom.type === "staff"),
         "staff reply did not reach the caregiver");

  // The caregiver answers; the open transcript shows it live (held for staff, not sent to the bot).
  const held = await caregiverSays("yes im at my sisters now");
  expect(held.length === 0 || held.every((r) => !(r.custom && r.custom.type === "crisis")), "held message re-escalated");
  await page.locator("#transcript .line.caregiver", { hasText: "yes im at my sisters now" }).waitFor({ timeout: 15000 });
  await page.screenshot({ path: `${ARTIFACTS}/staff-console-case.png`, fullPage: true });

  // Hand back to the bot: the caregiver is told, and the bot answers again.
  await page.getByRole("button", { name: "Hand back to the bot" }).click();
  await page.getByText("The bot is answering.").waitFor();
  const after = await caregiverUpdates();
  expect(after.some((u) => u.custom && u.custom.type === "handoff" && u.custom.state === "ended"),
         "caregiver was not told the bot is back");
  const botAgain = await caregiverSays("what is cpp");
  expect(botAgain.some((r) => (r.text || "").length > 0), "the bot did not answer after hand-back");

  // The same flow on a tablet-sized screen still renders the queue.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`${base}/staff/`);
  await page.screenshot({ path: `${ARTIFACTS}/staff-console-queue-tablet.png`, fullPage: true });
  expect(problems.length === 0, `browser errors: ${problems.join(" | ")}`);
  return { sender, updates: after.length };
});
