// rehype-katex reports bad TeX as a message and renders it in red; the build must stop instead.
// This step runs right after it and turns each of its messages into an error naming file and line.
import type { Root } from 'hast';
import type { VFile } from 'vfile';

export function rehypeKatexErrors() {
  return (_tree: Root, file: VFile) => {
    const bad = file.messages.filter((m) => m.source === 'rehype-katex');
    if (bad.length === 0) return;
    const lines = bad.map((m) => {
      const cause = m.cause instanceof Error ? m.cause.message : String(m.cause ?? '');
      return `${file.path}:${m.line ?? '?'}:${m.column ?? '?'}: ${m.reason}: ${cause}`;
    });
    throw new Error(`KaTeX could not render ${bad.length} expression(s):\n${lines.join('\n')}`);
  };
}
