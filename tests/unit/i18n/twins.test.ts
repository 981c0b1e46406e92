// Every chapter has a Chinese twin and vice versa, the twins share their skeleton (anchors, equations,
// citations, links, components, code), the translation is mostly Chinese, and it records the hash of the
// English text it was made from: editing an English chapter fails this test until its twin is brought in
// step and re-stamped (`node scripts/stamp-twin.mjs content/zh/<path>.mdx`).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseShare, compareSkeletons, skeleton, sourceHash } from '../../../src/i18n/twins';

const mdxUnder = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((p) => p.endsWith('.mdx')).sort();
const english = mdxUnder('content').filter((p) => !p.startsWith('zh/'));
const chinese = mdxUnder('content/zh');
// TWIN=definition,feedback limits the run to some files while translating.
const only = process.env.TWIN?.split(',').map((s) => s.trim().replace(/\.mdx$/, '') + '.mdx');
const pick = (files: string[]) => (only ? files.filter((f) => only.includes(f)) : files);

describe('twin pages', () => {
  it.skipIf(Boolean(only))('every English chapter has a Chinese twin and every twin an English original', () => {
    expect(chinese).toEqual(english);
  });

  for (const file of pick(chinese)) {
    describe(file, () => {
      const zh = readFileSync(`content/zh/${file}`, 'utf8');
      const en = readFileSync(`content/${file}`, 'utf8');
      it('has the same skeleton as its English original', () => {
        expect(compareSkeletons(skeleton(en), skeleton(zh))).toEqual([]);
      });
      it('records the hash of the English text it translates (translatedFrom)', () => {
        const recorded = /^translatedFrom:\s*"?([0-9a-f]{16})"?\s*$/m.exec(zh)?.[1];
        expect(recorded, `content/${file} changed since its twin was translated`).toBe(sourceHash(en));
      });
      it('is mostly Chinese prose', () => {
        expect(chineseShare(zh)).toBeGreaterThan(0.6);
        expect(chineseShare(en)).toBeLessThan(0.05);
      });
    });
  }
});
