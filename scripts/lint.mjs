// `npm run lint` (and the first step of `npm test`): files stay readable and typed.
// 1. Prettier (.prettierrc.json, 120 columns) on the TypeScript, JavaScript, CSS and Astro sources:
//    `--check`, so a file that drifts from the format fails and `npx prettier --write <file>` fixes it.
//    Astro files go through prettier-plugin-astro 0.14 (its 1.x needs Node 22). One trap: inside a `{…}`
//    expression the plugin formats markup as JSX, where a line break between text and a tag means nothing,
//    but Astro keeps it as a space ("( demonstration: — )", "·survey"). Where spacing matters, write the run
//    as an array, `{[`${label} `, <span>…</span>, ')']}`, and text that must stay verbatim (<pre>,
//    <textarea>) with set:text. When the plugin first formatted the components, every page's rendered text
//    (innerText, <pre> contents, attributes) was compared before and after: only the build date, one
//    module script's place and the number inputs' attribute order differed.
// 2. The type checker over the whole project (`tsc --noEmit`).
import { spawnSync } from 'node:child_process';

const problems = [];
const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' });

const pretty = run('npx', ['prettier', '--check', 'src', 'scripts', 'tests', '*.mjs', '*.ts']);
if (pretty.status !== 0) problems.push(`Prettier: these files are not formatted:\n${pretty.stdout}${pretty.stderr}`);

const tsc = run('npx', ['tsc', '--noEmit']);
if (tsc.status !== 0) problems.push(`tsc:\n${tsc.stdout}${tsc.stderr}`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('lint: Prettier and tsc are clean');
