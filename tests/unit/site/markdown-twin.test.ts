// The Markdown twin is built from the MDX syntax tree, so the cases that broke the old regex rewrite hold:
// `$$` and `[@key]` inside a code fence stay code, a callout inside a callout is a quote inside a quote,
// and the numbering of equations after a fence is still right.
import { describe, expect, it } from 'vitest';
import { equationRegister } from '../../../src/site/equations';
import { SITE_URL } from '../../../src/site/identity';
import { markdownTwin } from '../../../src/site/markdown-twin';

const twin = (body: string) =>
  markdownTwin({
    title: 'T',
    description: 'A page for the test.',
    path: '/algorithms/pair-wise/',
    body,
    file: 'x.mdx',
  });
const dpo = equationRegister().get('dpo-loss')!;

describe('Markdown twin', () => {
  it('leaves $$ and citations inside a code fence alone, and still numbers the equation after it', () => {
    const body = [
      '```tex',
      '$$',
      '% label: not-an-equation',
      'x [@rafailov2023dpo]',
      '$$',
      '```',
      '',
      '$$',
      '% label: dpo-loss',
      'y_{\\lt t}',
      '$$',
      '',
    ].join('\n');
    const md = twin(body);
    expect(md).toContain('```tex\n$$\n% label: not-an-equation\nx [@rafailov2023dpo]\n$$\n```');
    expect(md).toContain(`$$\ny_{< t} \\tag{${dpo.number}}\n$$`);
    expect(md).not.toContain('% label: dpo-loss');
  });

  it('writes a callout inside a callout as a quote inside a quote', () => {
    const body = [
      '<Callout kind="warning">',
      '',
      'Outer text.',
      '',
      '<Callout kind="paper-differs">',
      '',
      'Inner text.',
      '',
      '</Callout>',
      '',
      'Outer again.',
      '',
      '</Callout>',
      '',
    ].join('\n');
    expect(twin(body)).toContain(
      '> **Watch out.** Outer text.\n>\n> > **Where the survey’s printed form differs.** Inner text.\n>\n> Outer again.',
    );
  });

  it('writes citations and equation references as links, and components as Markdown', () => {
    const body = [
      "import DpoExample from '../../src/widgets/dpo/DpoExample.astro';",
      '',
      '## DPO {#dpo}',
      '',
      'As in [](#eq-dpo-loss), see [@rafailov2023dpo] and `[@kept]`; π<sub>ref</sub>.',
      '',
      '<AtAGlance consumes="pair" reference="frozen" title="At a glance: DPO">',
      '',
      'Inside.',
      '',
      '</AtAGlance>',
      '',
      '<DpoExample />',
      '',
    ].join('\n');
    const md = twin(body);
    expect(md).not.toContain('import ');
    expect(md).toContain('## DPO {#dpo}');
    expect(md).toContain(`[(${dpo.number})](${SITE_URL}${dpo.page}#eq-dpo-loss)`);
    expect(md).toMatch(
      new RegExp(`\\(\\[Rafailov et al\\., 2023\\]\\(${SITE_URL}/references/#ref-rafailov2023dpo\\)\\)`),
    );
    expect(md).toContain('`[@kept]`');
    expect(md).toContain('π<sub>ref</sub>');
    expect(md).toContain(
      '**At a glance: DPO**\n\n- Consumes: preference pairs (pair-wise)\n- Reference model: frozen\n\nInside.',
    );
    expect(md).toContain(`*(Interactive dpo example: open <${SITE_URL}/algorithms/pair-wise/> to run it.)*`);
  });

  it('fails loudly on an equation reference that does not exist', () => {
    expect(() => twin('See [](#eq-no-such-equation).')).toThrow(/unknown equation "no-such-equation"/);
  });
});
