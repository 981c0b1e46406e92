// Readable heading text for the tables of contents and citations. Astro's collected heading text
// concatenates every text node, so a heading with math would read "Data source D\mathcal{D}D". This step
// writes, in document order, each heading's words with its math turned into plain symbols (\delta → δ,
// \mathcal{D} → D), into the page's remark front matter, where the page template picks them up.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const GREEK: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  psi: 'ψ',
  omega: 'ω',
  nabla: '∇',
  Delta: 'Δ',
  Pi: 'Π',
  Sigma: 'Σ',
};

export function texToText(tex: string): string {
  return tex
    .replace(/\\(mathcal|mathrm|mathbf|text|operatorname|mathbb)\{([^}]*)\}/g, '$2')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => GREEK[name] ?? '')
    .replace(/[{}^_\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function remarkHeadingText() {
  return (tree: Root, file: VFile) => {
    const texts: string[] = [];
    visit(tree, 'heading', (heading: Heading) => {
      const parts: string[] = [];
      visit(heading, (node) => {
        if (node.type === 'inlineMath') parts.push(texToText((node as { value: string }).value));
        else if (node.type === 'text') parts.push((node as { value: string }).value);
      });
      texts.push((parts.join('') || toString(heading)).replace(/\s*\\?\{#[a-z0-9-]+\\?\}\s*$/, '').trim());
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.headingTexts = texts;
  };
}
