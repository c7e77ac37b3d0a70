// What render-mermaid.mjs and check-mermaid.mjs share: the check that node_modules holds the
// version package.json pins, the ```mermaid blocks of a Markdown page, and how a broken block
// is reported.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

// Exits 2 unless the installed version of `dependency` is the one package.json pins.
export function requirePinned(dependency, installed) {
  const pinned = JSON.parse(readFileSync(new URL('./package.json', import.meta.url))).dependencies[dependency];
  if (installed !== pinned) {
    console.error(`node_modules holds ${dependency} ${installed} but package.json pins ${pinned}: run npm ci in docs/`);
    process.exit(2);
  }
}

// The lines between each ```mermaid fence and the next ```, with the line the source starts on.
export function mermaidBlocks(text) {
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

// Prints where a block is and the first lines of why Mermaid refused it.
export function reportBroken(file, block, error) {
  const message = String(error.message ?? error).split('\n').slice(0, 4).join('\n    ');
  console.error(`BROKEN ${relative(process.cwd(), file)}:${block.line}\n    ${message}`);
}
