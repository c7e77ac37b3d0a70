// Parses every ```mermaid block of the given Markdown files (or of every .md under the given
// directories) with the real mermaid package, so broken syntax fails the build.
// Only mermaid.parse is used: render() needs a real browser layout engine, which jsdom lacks.
// Usage: node check-mermaid.mjs <file-or-dir>...   Exit code 1 on any broken diagram.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('./package.json', import.meta.url))).dependencies.mermaid;
const installed = require('mermaid/package.json').version;
if (installed !== pinned) {
  console.error(`node_modules holds mermaid ${installed} but package.json pins ${pinned}: run npm ci in docs/`);
  process.exit(2);
}

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

function mermaidBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '```mermaid') {
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end].trim() !== '```') end++;
      blocks.push({ line: start + 1, source: lines.slice(start, end).join('\n') });
      i = end;
    }
  }
  return blocks;
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
      const message = String(error.message ?? error).split('\n').slice(0, 4).join('\n    ');
      console.error(`BROKEN ${relative(process.cwd(), file)}:${block.line}\n    ${message}`);
    }
  }
}
console.log(`mermaid ${installed}: ${checked} diagrams in ${files.length} files parsed in ${Date.now() - started} ms, ${broken} broken`);
process.exit(broken > 0 || checked === 0 ? 1 : 0);
