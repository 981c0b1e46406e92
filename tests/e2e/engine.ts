// The engine, bundled once per test worker with esbuild so it runs in Node next to the browser: a widget
// test recomputes every number the page shows with a fresh trainer here, independently of the page.
// (tfjs-core's ES modules use extensionless imports that Node's loader cannot follow; a bundle can.
// mainFields puts tfjs-core's ES build first so the core, its gradients and the cpu backend share one
// copy of the engine, as they do in the browser.)
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const outfile = join(process.cwd(), 'test-results', `engine-${process.pid}.cjs`);
mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
buildSync({
  entryPoints: [join(process.cwd(), 'tests/e2e/engine-entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'silent',
  mainFields: ['module', 'main'],
});

export const engine = createRequire(import.meta.url)(outfile) as typeof import('./engine-entry');
