// The search page in Debian's headless Chromium (playwright-core, no browser download): for each query, the
// bytes the page fetched under /search/ (from the browser's network log: uncompressed response bodies, shards
// apart), the result count, and the axe-core violations of the page showing the results. The page's DOM after
// the last query is written to OUT_HTML for the Nu Html Checker.
// Usage: node bench/search/browser.mjs BASE_URL OUT_HTML query...   (NODE_PATH: playwright-core, axe-core)
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
const require = createRequire(process.env.NODE_PATH + "/");
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [base, outHtml, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
let violations = 0;
for (const query of queries) {
  // A new context a query: nothing cached, as a reader's first search.
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = [];
  page.on("response", async response => {
    const path = new URL(response.url()).pathname;
    if (!path.includes("/search/") || path.endsWith("/search/")) return;
    try { sizes.push([path, (await response.body()).length]); } catch { }
  });
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(q => document.querySelector("[data-search]").getAttribute("data-search-shown") === q, query, { timeout: 120000 });
  await page.waitForTimeout(300);
  const sum = test => sizes.filter(([p]) => test(p)).reduce((a, [, n]) => a + n, 0);
  const status = await page.textContent("[data-search-status]");
  console.log(`| ${query} | ${status} | ${sum(p => p.includes("/search/s/"))} | ${sizes.filter(([p]) => p.includes("/search/s/")).length} | ` +
    `${sum(p => p.endsWith("/manifest.json"))} | ${sum(p => p.includes("/search/t/") || p.includes("/search/d/"))} | ${sum(() => true)} |`);
  writeFileSync(outHtml, "<!DOCTYPE html>\n" + await page.evaluate(() => document.documentElement.outerHTML));
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  for (const v of result.violations) console.error(`axe ${query}: ${v.id} (${v.impact}): ${v.help}`);
  violations += result.violations.length;
  await context.close();
}
console.log(`axe: ${violations} violations`);
await browser.close();
