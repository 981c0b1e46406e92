// The plain-Markdown twin of a chapter, for readers' tools (served at /<page>.md and listed in
// /llms.txt): the same text with math kept as TeX, equation numbers as \tag{}, citations and equation
// references written out, and the site's components turned into ordinary Markdown.
import { loadBibliography, referenceAnchor, shortCitation } from './bibliography';
import { equationRegister, labelOf, texWithoutLabel } from './equations';
import { absoluteUrl } from './base';
import { SITE_VERSION, SURVEY } from './identity';

interface TwinInput {
  title: string;
  description: string;
  path: string;
  survey?: string;
  body: string; // MDX source without front matter
}

const attrs = (s: string) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

export function markdownTwin({ title, description, path, survey, body }: TwinInput): string {
  const register = equationRegister();
  const bib = loadBibliography();
  const abs = absoluteUrl;
  let md = body
    .replace(/^(import|export) .*$/gm, '')
    // Numbered equations: drop the label line, number with \tag so any TeX renderer shows it.
    .replace(/\$\$([\s\S]+?)\$\$/g, (whole, tex: string) => {
      const label = labelOf(tex);
      if (!label) return whole;
      const eq = register.get(label);
      return `$$\n${texWithoutLabel(tex)} \\tag{${eq?.number ?? label}}\n$$`;
    })
    .replace(/\[\]\((\/[^)#]*)?#eq-([a-z0-9-]+)\)/g, (_match: string, _page: string | undefined, label: string) => {
      const eq = register.get(label);
      return eq ? `[(${eq.number})](${abs(`${eq.page}#eq-${label}`)})` : `(${label})`;
    })
    .replace(/\[(@[\w:.-]+(?:\s*;\s*@[\w:.-]+)*)\]/g, (_, keys: string) =>
      `(${keys.split(';').map((k) => k.trim().slice(1)).map((k) => {
        const e = bib.get(k);
        return e ? `[${shortCitation(e)}](${abs(`/references/#${referenceAnchor(k)}`)})` : k;
      }).join('; ')})`)
    .replace(/<AtAGlance([^>]*)>/g, (_, a: string) => {
      const p = attrs(a);
      const rows = [['Consumes', p.consumes], ['Reference model', p.reference], ['Reward model', p.rewardModel], ['Usually run', p.setting], ['Hyper-parameters', p.hyper], ['In TRL', p.trl]];
      return `**At a glance**\n\n${rows.filter(([, v]) => v).map(([k, v]) => `- ${k}: ${v}`).join('\n')}\n`;
    })
    .replace(/<\/AtAGlance>/g, '')
    .replace(/<Callout([^>]*)>([\s\S]*?)<\/Callout>/g, (_, a: string, inner: string) => {
      const kind = attrs(a).kind ?? 'note';
      const head = attrs(a).title ?? { note: 'Note', warning: 'Watch out', 'paper-differs': 'Survey and paper differ' }[kind] ?? 'Note';
      return `> **${head}.**\n${inner.trim().split('\n').map((l) => `> ${l}`.trimEnd()).join('\n')}`;
    })
    .replace(/<([A-Z]\w*)([^>]*?)\/>/g, (_, name: string) => `*(Interactive ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: open ${abs(path)} to run it.)*`)
    // Links between pages become full URLs, so the twin works wherever it is read (and under BASE_PATH).
    .replace(/\]\((\/[^)\s]*)\)/g, (_, p: string) => `](${abs(p)})`)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  md = md.replace(/^(#{1,6} .*?)\s*\{#([a-z0-9-]+)\}\s*$/gm, '$1 {#$2}');
  const header = [
    `# ${title}`,
    '',
    `> ${description}`,
    '',
    `Source: ${abs(path)} (site version ${SITE_VERSION})${survey ? `. Follows ${survey} of "${SURVEY.title}" (arXiv:${SURVEY.arxiv} ${SURVEY.version})` : ''}.`,
    '',
  ];
  return `${header.join('\n')}\n${md}\n`;
}
