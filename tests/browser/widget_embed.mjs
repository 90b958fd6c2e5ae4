// The widget embedded on another site (another origin) that sends a strict Content-Security-Policy allowing
// only the gateway: script and style sheet load across origins with nothing inline. With EXPECT_ALLOWED=1 the
// gateway lists that origin in WIDGET_ALLOWED_ORIGINS and the chat works; otherwise its websocket is refused
// (403) and the widget shows no conversation.
import http from "node:http";
import { run, expect } from "./browser.mjs";
import { GATEWAY, ask, texts } from "./widget_helpers.mjs";

const ALLOWED = process.env.EXPECT_ALLOWED === "1";
const PORT = Number(process.env.CLINIC_PORT || 0);

// The "clinic site" is a tiny server on another loopback port (Chrome's local network access rules stop a
// public or made-up origin from loading a script from 127.0.0.1).
function clinicSite(policy) {
  const body = `<!doctype html><title>Clinic</title><h1>Our clinic</h1><script src="${GATEWAY}/widget.js" defer></script>`;
  const server = http.createServer((request, response) => {
    response.writeHead(request.url === "/" ? 200 : 404,
      { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": policy });
    response.end(request.url === "/" ? body : "");
  });
  return new Promise((resolve) => server.listen(PORT, "127.0.0.1", () => resolve(server)));
}

run(async (browser) => {
  const page = await (await browser.newContext()).newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(message.text());
  });
  const gateway = new URL(GATEWAY);
  const policy = `default-src 'none'; script-src ${gateway.origin}; style-src ${gateway.origin}; ` +
    `connect-src ws://${gateway.host}; base-uri 'none'; form-action 'none'`;
  const site = await clinicSite(policy);
  let closed = 0;
  page.on("websocket", (socket) => socket.on("close", () => { closed += 1; }));
  try {
    await page.goto(`http://127.0.0.1:${site.address().port}/`);
    const launcher = page.locator(".launcher");
    await launcher.waitFor();
    const position = await launcher.evaluate((el) => getComputedStyle(el).position);
    expect(position === "fixed", `the widget's style sheet applies under the host's CSP: ${position}`);
    await launcher.click();
    if (ALLOWED) {
      await page.locator(".msg.bot").first().waitFor();
      await ask(page, "what is cpp");
      const answer = (await texts(page, ".msg.bot")).at(-1);
      expect(/therap/i.test(answer), `answered on the clinic's page: ${answer}`);
    } else {
      const status = page.locator(".connection");
      await status.waitFor({ state: "visible" });
      const deadline = Date.now() + 10000;
      while (!closed && Date.now() < deadline) await page.waitForTimeout(100);
      expect(closed >= 1, "the websocket from a site that is not allowed was closed");
      expect((await page.locator(".msg").count()) === 0, "no conversation from a site that is not allowed");
    }
    expect(problems.length === 0, `CSP violations or page errors: ${problems.join(" | ")}`);
    return { allowed: ALLOWED, closed };
  } finally {
    site.close();
  }
});
