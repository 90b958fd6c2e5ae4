// A dropped websocket: the widget says it is reconnecting, reconnects by itself to the same conversation, and
// a message typed while it was down is sent once it is back. The socket is proxied with page.routeWebSocket so
// the test can cut it from the server side, as a restart or a network change would.
import { run, expect } from "./browser.mjs";
import { GATEWAY, ask, expectNoErrors, stored, texts, waitForMore, watchErrors } from "./widget_helpers.mjs";

run(async (browser) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const connections = [];
  let refuse = false;
  await page.routeWebSocket(/\/ws\/chat$/, (ws) => {
    if (refuse) { ws.close({ code: 1011, reason: "down" }); return; }  // the gateway is "down"
    connections.push({ page: ws, server: ws.connectToServer() });
  });

  await page.goto(`${GATEWAY}/`);
  await page.locator(".launcher").click();
  await page.locator(".msg.bot").first().waitFor();
  await ask(page, "what is cpp");
  const conversation = (await stored(page)).conversationId;
  expect(connections.length === 1, `one connection so far: ${connections.length}`);

  // Cut it from the server side, and keep refusing for a moment.
  refuse = true;
  await connections[0].server.close({ code: 1012, reason: "service restart" });
  await connections[0].page.close({ code: 1012, reason: "service restart" });  // what the browser then sees
  const status = page.locator(".connection");
  await status.waitFor({ state: "visible" });
  expect(/Reconnecting|Connection lost/.test(await status.textContent()), `says so: ${await status.textContent()}`);

  // Typed while down: shown at once, sent after the reconnect.
  const answered = await page.locator(".log > li:not(.user)").count();
  await page.locator("#cpp-chat-input").fill("how long does one session last");
  await page.locator("#cpp-chat-input").press("Enter");
  await page.waitForTimeout(1500);
  refuse = false;
  await status.waitFor({ state: "hidden", timeout: 20000 });
  await waitForMore(page, answered, 20000);
  expect(connections.length >= 2, `reconnected: ${connections.length} connections`);
  expect((await stored(page)).conversationId === conversation, "the same conversation after reconnecting");
  const last = (await texts(page, ".msg.bot")).at(-1);
  expect(/session/i.test(last), `the queued message was answered: ${last}`);
  const users = await texts(page, ".msg.user .text");
  expect(users.filter((t) => t === "how long does one session last").length === 1, "sent once");

  // Cut it again, this time from the page side (e.g. the phone dropped off Wi-Fi): back again by itself.
  const count = connections.length;
  await connections.at(-1).page.close({ code: 4000, reason: "network change" });
  const deadline = Date.now() + 20000;
  while (connections.length === count && Date.now() < deadline) await page.waitForTimeout(100);
  expect(connections.length > count, "reconnected after a page-side drop");
  await status.waitFor({ state: "hidden", timeout: 20000 });
  await ask(page, "who is cpp for");
  expect((await stored(page)).conversationId === conversation, "still the same conversation");

  expectNoErrors(errors);
  return { connections: connections.length };
});
