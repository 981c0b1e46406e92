// What citers paste, through the real tools: every distinct "Copy TeX" equation of the built site through
// pdflatex (amsmath, amssymb, mathtools; one document for all of them, then each failure located by its
// line), and every cite box's BibTeX through bibtex + natbib (plainnat) and biber + biblatex. Any error or
// warning fails. Used by tests/e2e/latex.spec.ts; `npm run check:latex` runs it on dist/ and prints a
// report. TeX Live on Debian: texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TOOLS = ['pdflatex', 'bibtex', 'biber'];

/** The TeX tools that are missing from PATH (empty when all are there). */
export function missingTools() {
  return TOOLS.filter((tool) => spawnSync('which', [tool], { encoding: 'utf8' }).status !== 0);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

/**
 * What the built pages offer to copy: the TeX of every display equation (the figure's data-tex, which
 * "Copy TeX" copies) and the text of every BibTeX-like cite format (data-cite-format bibtex, biblatex and
 * survey-bibtex, in the shown box and in every section's template), each with the page it came from.
 */
export function collectFromDist(dist = 'dist') {
  const equations = new Map();
  const bib = new Map();
  for (const file of htmlFiles(dist)) {
    const page = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<figure\b[^>]*\bdata-tex="([^"]*)"/g)) {
      const tex = decodeHtml(m[1]);
      if (!equations.has(tex)) equations.set(tex, page);
    }
    for (const m of html.matchAll(
      /<pre\b[^>]*\bdata-cite-format="(bibtex|biblatex|survey-bibtex)"[^>]*>([\s\S]*?)<\/pre>/g,
    )) {
      const text = decodeHtml(m[2].replace(/<[^>]+>/g, '')).trim();
      const kind = m[1] === 'biblatex' ? 'biblatex' : m[1] === 'bibtex' ? 'bibtex' : 'both';
      // A Chinese page's entries carry its Chinese title (see checkBibliographies).
      if (!bib.has(text)) bib.set(text, { text, kind, page, chinese: page.startsWith('/zh/') });
    }
  }
  return { equations: [...equations].map(([tex, page]) => ({ tex, page })), bib: [...bib.values()] };
}

// A very wide page: the checks are about what compiles; how a URL or a long equation breaks in a reader's
// column is their document's layout (and overfull or underfull lines would hide the real warnings).
const WIDE_PAGE = '\\usepackage[paperwidth=200cm,paperheight=50cm,margin=1cm]{geometry}';

const run = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });

/** LaTeX log lines that are errors or warnings, with the input line each names (when it does). */
function latexProblems(log) {
  const problems = [];
  const lines = log.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let m;
    // -file-line-error writes errors as ./file:line: message (the file may be the .bbl, not the .tex).
    if ((m = /^\.\/([^:]+):(\d+): (.*)$/.exec(l))) {
      problems.push({
        line: m[1].endsWith('.tex') ? Number(m[2]) : undefined,
        message: `error: ${m[1]}:${m[2]}: ${m[3]}`,
      });
    } else if (/^! /.test(l)) {
      const at = lines
        .slice(i, i + 12)
        .map((x) => /^l\.(\d+)/.exec(x))
        .find(Boolean);
      problems.push({ line: at ? Number(at[1]) : undefined, message: `error: ${l.slice(2)}` });
    } else if (
      /(LaTeX|Package|Class) [\w-]* ?Warning|^LaTeX Warning|Missing character|^(Overfull|Underfull) \\[hv]box/.test(l)
    ) {
      // A warning's text may run over the next lines; join them up to the blank line.
      let text = l;
      for (let j = i + 1; j < lines.length && lines[j].trim() !== '' && !/Warning|^\(|^\)/.test(lines[j]); j++)
        text += ` ${lines[j].trim()}`;
      m = /(?:on input line|at lines?) (\d+)/.exec(text);
      problems.push({ line: m ? Number(m[1]) : undefined, message: `warning: ${text.trim()}` });
    }
  }
  // An error already names its line in file:line form; drop the duplicate "! " report of the same error.
  return problems.filter(
    (p, i) =>
      !(p.message.startsWith('error') && problems.findIndex((q) => q.line === p.line && q.message === p.message) !== i),
  );
}

/**
 * Compiles every equation in one pdflatex run. The page is very wide: the check is about what compiles,
 * and a long equation overflowing a reader's column is their layout, not a fault of the copied TeX.
 * Returns the failing equations with the log lines that name them.
 */
export function checkEquations(equations, { preamble = '\\usepackage{amsmath,amssymb,mathtools}' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'copy-tex-'));
  try {
    const head = ['\\documentclass{article}', preamble, WIDE_PAGE, '\\tracinglostchars=2', '\\begin{document}'];
    const body = [];
    const spans = [];
    for (const [i, eq] of equations.entries()) {
      const start = head.length + body.length + 1;
      body.push(`% equation ${i + 1} from ${eq.page}`, '\\begin{equation*}', ...eq.tex.split('\n'), '\\end{equation*}');
      spans.push({ from: start, to: head.length + body.length, eq });
    }
    writeFileSync(join(dir, 'eqs.tex'), [...head, ...body, '\\end{document}', ''].join('\n'));
    const r = run('pdflatex', ['-interaction=nonstopmode', '-file-line-error', '-halt-on-error', 'eqs.tex'], dir);
    const log = readFileSync(join(dir, 'eqs.log'), 'latin1');
    const problems = latexProblems(log);
    const failures = new Map();
    for (const p of problems) {
      const span = spans.find((s) => p.line !== undefined && p.line >= s.from && p.line <= s.to);
      const key = span ? span.eq.tex : '(whole document)';
      if (!failures.has(key)) failures.set(key, { tex: key, page: span?.eq.page ?? '', messages: [] });
      failures.get(key).messages.push(p.message);
    }
    // With -halt-on-error the run stops at the first error; re-run without what failed to find the rest.
    if (r.status !== 0 && failures.size > 0 && !failures.has('(whole document)')) {
      const rest = equations.filter((e) => !failures.has(e.tex));
      if (rest.length < equations.length) for (const f of checkEquations(rest, { preamble })) failures.set(f.tex, f);
    } else if (r.status !== 0 && failures.size === 0) {
      failures.set('(whole document)', {
        tex: '(whole document)',
        page: '',
        messages: [`pdflatex exited ${r.status}`],
      });
    }
    return [...failures.values()];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const keyOf = (entry) => /^@\w+\{([^,\s]+),/.exec(entry)?.[1];

/** Entries whose keys are used twice with different text (a reader citing both would get one of them). */
export function keyClashes(entries) {
  const seen = new Map();
  const clashes = [];
  for (const e of entries) {
    const key = keyOf(e.text);
    if (!key) clashes.push(`entry without a key on ${e.page}: ${e.text.slice(0, 60)}`);
    else if (seen.has(key) && seen.get(key) !== e.text)
      clashes.push(`key ${key} has two different entries (${e.page})`);
    else seen.set(key, e.text);
  }
  return clashes;
}

/**
 * What the tools accept but print wrongly: a month that is not a bare macro or number (`{nov 24}` prints
 * "nov 24 2026"), the URL twice (in `howpublished` and `url`), and non-ASCII text (classic bibtex counts
 * bytes, so its sorting and case changes go wrong before LaTeX ever sees the character).
 */
export function lintEntries(entries) {
  const problems = [];
  for (const { text, page, chinese } of entries) {
    const key = keyOf(text) ?? '?';
    const month = /^\s*month\s*=\s*([^,\n]*),?$/m.exec(text)?.[1];
    if (
      month !== undefined &&
      !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\{?(1[0-2]|[1-9])\}?)$/.test(month.trim())
    ) {
      problems.push(`${key} (${page}): month = ${month.trim()} is neither a month macro nor a number`);
    }
    const urls = [...text.matchAll(/https?:\/\/[^\s},]+/g)].map((m) => m[0]);
    if (new Set(urls).size < urls.length) problems.push(`${key} (${page}): the same URL is written twice`);
    // A Chinese page's title is Chinese (UTF-8, for a document typeset with ctex or xeCJK); any other
    // character beyond ASCII is still a fault.
    const wide = [...text].find((ch) => ch.charCodeAt(0) > 0x7e && !(chinese && CJK.test(ch)));
    if (wide) problems.push(`${key} (${page}): non-ASCII character "${wide}" (write it as LaTeX)`);
  }
  return problems;
}

/** CJK ideographs, CJK punctuation and full-width forms: what a Chinese title may hold (src/site/latex-text.ts). */
const CJK = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]$/;

/**
 * Classic bibtex alone over entries with Chinese titles: a hand-written .aux cites them all with plainnat,
 * as pdflatex would write it. (Typesetting Chinese needs ctex or xeCJK, which this check does not install;
 * what it proves is that bibtex reads every entry and writes the bibliography without a warning.)
 */
function bibtexOnlyRun(entries, dir, name) {
  writeFileSync(join(dir, `${name}.bib`), `${entries.map((e) => e.text).join('\n\n')}\n`);
  const cites = entries.map((e) => `\\citation{${keyOf(e.text)}}`);
  writeFileSync(
    join(dir, `${name}.aux`),
    ['\\relax', ...cites, '\\bibstyle{plainnat}', `\\bibdata{${name}}`, ''].join('\n'),
  );
  const bt = run('bibtex', [name], dir);
  const problems = [];
  const blg = readFileSync(join(dir, `${name}.blg`), 'utf8');
  for (const l of `${bt.stdout}\n${blg}`.split('\n'))
    if (/^Warning--|error message|^I was expecting|^I'm skipping|Repeated entry|^Illegal/.test(l))
      problems.push(`bibtex: ${l.trim()}`);
  if (bt.status !== 0 && !problems.length) problems.push(`bibtex exited ${bt.status}`);
  const bbl = readFileSync(join(dir, `${name}.bbl`), 'utf8');
  for (const e of entries)
    if (!bbl.includes(`{${keyOf(e.text)}}`)) problems.push(`bibtex: ${keyOf(e.text)} is not in the .bbl`);
  return problems;
}

/** biber alone (its tool mode, datamodel validation on) over entries with Chinese titles. */
function biberToolRun(entries, dir, name) {
  writeFileSync(join(dir, `${name}.bib`), `${entries.map((e) => e.text).join('\n\n')}\n`);
  const b = run('biber', ['--tool', '--validate-datamodel', `${name}.bib`], dir);
  const problems = [];
  for (const l of `${b.stdout}\n${b.stderr}`.split('\n'))
    if (/\b(WARN|ERROR)\b/.test(l)) problems.push(`biber: ${l.trim()}`);
  if (b.status !== 0 && !problems.length) problems.push(`biber exited ${b.status}`);
  return problems;
}

function citeAll(keys) {
  // \citet and \citep in natbib, \textcite and \parencite in biblatex: the keys go through LaTeX's \cite.
  return keys.map((k, i) => (i % 2 ? `\\CITEP{${k}}` : `\\CITET{${k}}`)).join('\n\n');
}

/** Runs one natbib document (classic bibtex, plainnat) over the entries; returns its problems. */
function natbibRun(entries, dir, name) {
  const keys = entries.map((e) => keyOf(e.text));
  writeFileSync(join(dir, `${name}.bib`), `${entries.map((e) => e.text).join('\n\n')}\n`);
  writeFileSync(
    join(dir, `${name}.tex`),
    [
      '\\documentclass{article}',
      '\\usepackage{natbib}',
      '\\usepackage{url}',
      '\\usepackage{hyperref}',
      WIDE_PAGE,
      '\\newcommand{\\CITET}{\\citet}',
      '\\newcommand{\\CITEP}{\\citep}',
      '\\tracinglostchars=2',
      '\\begin{document}',
      citeAll(keys),
      '\\bibliographystyle{plainnat}',
      `\\bibliography{${name}}`,
      '\\end{document}',
      '',
    ].join('\n'),
  );
  const problems = [];
  const latex = () => run('pdflatex', ['-interaction=nonstopmode', '-file-line-error', name], dir);
  latex();
  const bt = run('bibtex', [name], dir);
  const blg = readFileSync(join(dir, `${name}.blg`), 'latin1');
  for (const l of `${bt.stdout}\n${blg}`.split('\n')) {
    if (/^Warning--|error message|^I was expecting|^I'm skipping|Repeated entry|^Illegal/.test(l)) {
      problems.push(`bibtex: ${l.trim()}`);
    }
  }
  if (bt.status !== 0 && !problems.length) problems.push(`bibtex exited ${bt.status}`);
  latex();
  latex();
  for (const p of latexProblems(readFileSync(join(dir, `${name}.log`), 'latin1')))
    problems.push(`pdflatex (natbib): ${p.message}`);
  return [...new Set(problems)];
}

/** Runs one biblatex document (biber, datamodel validation on) over the entries; returns its problems. */
function biblatexRun(entries, dir, name) {
  const keys = entries.map((e) => keyOf(e.text));
  writeFileSync(join(dir, `${name}.bib`), `${entries.map((e) => e.text).join('\n\n')}\n`);
  writeFileSync(
    join(dir, `${name}.tex`),
    [
      '\\documentclass{article}',
      '\\usepackage[backend=biber,style=authoryear]{biblatex}',
      `\\addbibresource{${name}.bib}`,
      '\\usepackage{hyperref}',
      WIDE_PAGE,
      '\\newcommand{\\CITET}{\\textcite}',
      '\\newcommand{\\CITEP}{\\parencite}',
      '\\tracinglostchars=2',
      '\\begin{document}',
      citeAll(keys),
      '\\printbibliography',
      '\\end{document}',
      '',
    ].join('\n'),
  );
  const problems = [];
  const latex = () => run('pdflatex', ['-interaction=nonstopmode', '-file-line-error', name], dir);
  latex();
  const b = run('biber', ['--validate-datamodel', name], dir);
  for (const l of `${b.stdout}\n${b.stderr}`.split('\n'))
    if (/\b(WARN|ERROR)\b/.test(l)) problems.push(`biber: ${l.trim()}`);
  if (b.status !== 0 && !problems.length) problems.push(`biber exited ${b.status}`);
  latex();
  latex();
  for (const p of latexProblems(readFileSync(join(dir, `${name}.log`), 'latin1')))
    problems.push(`pdflatex (biblatex): ${p.message}`);
  return [...new Set(problems)];
}

/**
 * Every BibTeX entry through its tools: natbib entries and the shared ones (the survey's) through classic
 * bibtex with plainnat, in documents of at most 26 entries (plainnat's year suffixes run a…z, so one
 * author-year can be cited 26 times in a document); biblatex entries and the shared ones through biber.
 */
export function checkBibliographies(entries) {
  const dir = mkdtempSync(join(tmpdir(), 'cite-bib-'));
  try {
    const natbib = entries.filter((e) => e.kind !== 'biblatex' && !e.chinese);
    const biblatex = entries.filter((e) => e.kind !== 'bibtex' && !e.chinese);
    const natbibZh = entries.filter((e) => e.kind !== 'biblatex' && e.chinese);
    const biblatexZh = entries.filter((e) => e.kind !== 'bibtex' && e.chinese);
    // The two variants of a section share its key (a reader uses one or the other): clashes are per tool.
    const problems = [
      ...new Set([...keyClashes([...natbib, ...natbibZh]), ...keyClashes([...biblatex, ...biblatexZh])]),
      ...lintEntries(entries),
    ];
    for (let i = 0; i < natbib.length; i += 26)
      problems.push(...natbibRun(natbib.slice(i, i + 26), dir, `natbib${i / 26}`));
    if (biblatex.length) problems.push(...biblatexRun(biblatex, dir, 'biblatex'));
    for (let i = 0; i < natbibZh.length; i += 26)
      problems.push(...bibtexOnlyRun(natbibZh.slice(i, i + 26), dir, `natbib-zh${i / 26}`));
    if (biblatexZh.length) problems.push(...biberToolRun(biblatexZh, dir, 'biblatex-zh'));
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/check-latex.mjs [dist]`: the same checks as the test, with a report.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = missingTools();
  if (missing.length) {
    console.error(
      `TeX tools missing: ${missing.join(', ')}. On Debian: apt-get install -y --no-install-recommends ` +
        'texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber',
    );
    process.exit(2);
  }
  const t0 = Date.now();
  const { equations, bib } = collectFromDist(process.argv[2] ?? 'dist');
  const eqFailures = checkEquations(equations);
  const t1 = Date.now();
  const bibProblems = checkBibliographies(bib);
  const t2 = Date.now();
  for (const f of eqFailures) console.log(`Copy TeX on ${f.page}:\n${f.tex}\n  ${f.messages.join('\n  ')}\n`);
  for (const p of bibProblems) console.log(p);
  console.log(
    `${equations.length} equations through pdflatex (${t1 - t0} ms): ${eqFailures.length} failing; ` +
      `${bib.length} BibTeX entries through bibtex+natbib and biber+biblatex (${t2 - t1} ms): ` +
      `${bibProblems.length} problems`,
  );
  console.log(execFileSync('pdflatex', ['--version'], { encoding: 'utf8' }).split('\n')[0]);
  process.exit(eqFailures.length || bibProblems.length ? 1 : 0);
}
