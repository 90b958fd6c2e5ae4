// Shared launcher for the browser tests: Debian's Chromium driven by playwright-core (no browser download).
// Each test script prints one JSON line on success ({"ok": true, ...}) and exits non-zero on failure,
// so pytest (tests/browser_support.py) can assert on what the page really did.
import { chromium } from "playwright-core";

export const ARTIFACTS = process.env.ARTIFACTS_DIR || "tests/artifacts";

export async function launch() {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  // launch() gives each run a fresh temporary profile. The flags keep Chromium off the network it cannot reach here (background services, component updates).
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

export function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

export function expect(condition, message) {
  if (!condition) fail(message);
}

// Run `body(browser)` and print its result as the one JSON line pytest reads.
export async function run(body) {
  const browser = await launch();
  try {
    const result = await body(browser);
    console.log(JSON.stringify({ ok: true, ...(result || {}) }));
  } catch (error) {
    console.error(error && error.stack ? error.stack : String(error));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
