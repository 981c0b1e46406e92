// `npm run lint` (and the first step of `npm test`): files stay readable and typed.
// 1. Prettier (.prettierrc.json, 120 columns) on the TypeScript, JavaScript and CSS sources: `--check`, so
//    a file that drifts from the format fails and `npx prettier --write <file>` fixes it.
// 2. The type checker over the whole project (`tsc --noEmit`).
// Astro components are not checked for format: Prettier needs a plugin for them that the project does not
// carry yet (some of their markup lines are still long).
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
