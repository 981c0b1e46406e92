// Records in a Chinese twin the hash of the English chapter it now matches:
//   node scripts/stamp-twin.mjs content/zh/definition.mdx [more files]
// Run it after bringing a translation in step with its English original (tests/unit/i18n/twins.test.ts
// compares this hash with the English file's and fails when they drift).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

for (const twin of process.argv.slice(2)) {
  const original = twin.replace(/^content\/zh\//, 'content/');
  if (original === twin) throw new Error(`${twin} is not under content/zh/`);
  const hash = createHash('sha256')
    .update(readFileSync(original, 'utf8').replace(/\r\n/g, '\n'))
    .digest('hex')
    .slice(0, 16);
  const text = readFileSync(twin, 'utf8');
  const stamped = /^translatedFrom:.*$/m.test(text)
    ? text.replace(/^translatedFrom:.*$/m, `translatedFrom: "${hash}"`)
    : text.replace(/^---\n/, `---\ntranslatedFrom: "${hash}"\n`);
  writeFileSync(twin, stamped);
  console.log(`${twin}: translatedFrom ${hash}`);
}
