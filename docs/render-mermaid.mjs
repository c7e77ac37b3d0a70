// Renders every ```mermaid block of the Markdown pages in <pages> to SVG with the real Mermaid
// (the pinned @mermaid-js/mermaid-cli driving a headless Chromium), so a diagram that parses but
// does not render fails the build too. Block n of page.md becomes <out>/page-n.svg; its first line
// records the SHA-256 of the Mermaid source it was drawn from (RenderedSvgTest compares it).
// Chromium: $PUPPETEER_EXECUTABLE_PATH, else `chromium` / `chromium-browser` on the PATH (Debian's;
// .ci/run installs it), else the one puppeteer downloaded.
// With --changed, an SVG whose recorded hash matches its block is kept (make docs re-renders only
// what changed) and SVGs of blocks that no longer exist are deleted.
// Usage: node render-mermaid.mjs <pages-dir> <out-dir> [--changed]   Exit 1 on any diagram that fails.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import puppeteer from 'puppeteer';
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import { mermaidBlocks, reportBroken, requirePinned } from './mermaid-blocks.mjs';

const installed = JSON.parse(readFileSync(new URL('./node_modules/@mermaid-js/mermaid-cli/package.json', import.meta.url))).version;
requirePinned('@mermaid-js/mermaid-cli', installed);
const [pages, out, mode] = process.argv.slice(2);
const changedOnly = mode === '--changed';
if (!pages || !out) {
  console.error('usage: node render-mermaid.mjs <pages-dir> <out-dir>');
  process.exit(2);
}

function systemChromium() {
  if (process.env.PUPPETEER_EXECUTABLE_PATH) return process.env.PUPPETEER_EXECUTABLE_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not on the PATH: try the next name
    }
  }
  return undefined;
}

function recordedHash(file) {
  if (!existsSync(file)) return undefined;
  const first = readFileSync(file, 'utf8').split('\n', 1)[0];
  return first.match(/^<!-- mermaid-source-sha256: ([0-9a-f]{64}) -->$/)?.[1];
}

const started = Date.now();
const work = [];
for (const name of readdirSync(pages).filter((file) => file.endsWith('.md')).sort()) {
  const file = join(pages, name);
  mermaidBlocks(readFileSync(file, 'utf8')).forEach((block, n) => {
    const svg = `${basename(name, '.md')}-${n + 1}.svg`;
    const hash = createHash('sha256').update(block.source).digest('hex');
    work.push({ file, block, svg, hash });
  });
}
if (!changedOnly) {
  rmSync(out, { recursive: true, force: true });
}
mkdirSync(out, { recursive: true });
const wanted = new Set(work.map((item) => item.svg));
for (const old of readdirSync(out).filter((file) => file.endsWith('.svg') && !wanted.has(file))) {
  rmSync(join(out, old));
}
const todo = work.filter((item) => !changedOnly || recordedHash(join(out, item.svg)) !== item.hash);
if (todo.length === 0) {
  console.log(`mermaid-cli ${installed}: all ${work.length} SVGs match their diagrams`);
  process.exit(work.length === 0 ? 1 : 0);
}
const executablePath = systemChromium();
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
let rendered = 0;
let broken = 0;
try {
  for (const { file, block, svg, hash } of todo) {
    try {
      const { data } = await renderMermaid(browser, block.source, 'svg', {
        backgroundColor: 'white',
        fontEmbed: false,
        svgId: basename(svg, '.svg'),
      });
      writeFileSync(join(out, svg), `<!-- mermaid-source-sha256: ${hash} -->\n${Buffer.from(data).toString('utf8')}\n`);
      rendered++;
    } catch (error) {
      broken++;
      rmSync(join(out, svg), { force: true });
      reportBroken(file, block, error);
    }
  }
} finally {
  await browser.close();
}
console.log(`mermaid-cli ${installed} on ${executablePath ?? 'puppeteer\'s Chromium'}: ${rendered} of ${work.length} diagrams rendered to SVG (the rest unchanged) in ${Date.now() - started} ms, ${broken} broken`);
process.exit(broken > 0 || rendered === 0 ? 1 : 0);
