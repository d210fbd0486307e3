// Screenshots and axe-core checks of built pages in Debian's headless Chromium (no browser download).
// Usage: node audit.mjs BASE_URL OUT_DIR PATH...   e.g. node audit.mjs http://127.0.0.1:5391 shots / /digests/x/
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(process.env.AUDIT_TOOLS + "/package.json");
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [base, outDir, ...pages] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});
let violations = 0;
for (const page of pages) {
  const name = page.replace(/^\/|\/$/g, "").replace(/[^a-z0-9]+/gi, "-") || "home";
  for (const width of [390, 1280]) {
    for (const scheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const tab = await context.newPage();
      await tab.goto(base + page, { waitUntil: "load" });
      await tab.screenshot({ path: path.join(outDir, `${name}-${width}-${scheme}.png`), fullPage: true });
      if (width === 390) {
        await tab.addScriptTag({ content: axeSource });
        const result = await tab.evaluate(async () => await window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
        for (const v of result.violations) {
          violations++;
          console.log(`axe ${scheme} ${page}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")}`);
        }
      }
      await context.close();
    }
  }
}
await browser.close();
console.log(`axe: ${violations} violations; screenshots in ${outDir}`);
process.exit(violations === 0 ? 0 : 1);
