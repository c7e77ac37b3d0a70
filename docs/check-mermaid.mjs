// Parses every ```mermaid block of the given Markdown files (or of every .md under the given
// directories) with the real mermaid package, so broken syntax fails the build.
// Only mermaid.parse is used: render() needs a real browser layout engine, which jsdom lacks.
// Usage: node check-mermaid.mjs <file-or-dir>...   Exit code 1 on any broken diagram.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { mermaidBlocks, reportBroken, requirePinned } from './mermaid-blocks.mjs';

const require = createRequire(import.meta.url);
const installed = require('mermaid/package.json').version;
requirePinned('mermaid', installed);

// mermaid expects a browser: give it jsdom's window and document before it loads.
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

function markdownFiles(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((name) => markdownFiles(join(path, name)));
  }
  return path.endsWith('.md') ? [path] : [];
}

const files = process.argv.slice(2).flatMap(markdownFiles);
let checked = 0;
let broken = 0;
const started = Date.now();
for (const file of files) {
  for (const block of mermaidBlocks(readFileSync(file, 'utf8'))) {
    checked++;
    try {
      await mermaid.parse(block.source);
    } catch (error) {
      broken++;
      reportBroken(file, block, error);
    }
  }
}
console.log(`mermaid ${installed}: ${checked} diagrams in ${files.length} files parsed in ${Date.now() - started} ms, ${broken} broken`);
process.exit(broken > 0 || checked === 0 ? 1 : 0);
