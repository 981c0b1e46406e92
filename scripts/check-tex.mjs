// Quick author check: renders every $…$ and $$…$$ of the given MDX files with KaTeX (throwOnError)
// and prints file:line for each failure, so a chapter can be checked before the site builds.
import { readFileSync } from 'node:fs';
import katex from 'katex';

let failures = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  const display = /\$\$([\s\S]+?)\$\$/g;
  let m;
  const covered = [];
  while ((m = display.exec(text))) {
    covered.push([m.index, m.index + m[0].length]);
    try {
      katex.renderToString(m[1], { displayMode: true, throwOnError: true, strict: 'error' });
    } catch (e) {
      failures++;
      console.log(`${file}:${lineOf(m.index)}: ${e.message}`);
    }
  }
  const inline = /(?<![\\$])\$([^$\n]+?)\$(?!\$)/g;
  while ((m = inline.exec(text))) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    try {
      katex.renderToString(m[1], { throwOnError: true, strict: 'error' });
    } catch (e) {
      failures++;
      console.log(`${file}:${lineOf(m.index)}: ${e.message}`);
    }
  }
}
console.log(failures ? `${failures} TeX error(s)` : 'all TeX renders');
process.exit(failures ? 1 : 0);
