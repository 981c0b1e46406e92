// The lab's view model: what the page writes from the engine's numbers. The engine's LabRecord holds an
// example of the step (LabExample: ids, reply texts of the toy world, numbers) and prompt 0's whole
// distribution; this module chooses what is shown — the rows of the δ table, the most likely replies —
// and writes every sentence in the reader's language. Pure functions, unit-tested in Node
// (tests/unit/widgets/lab-view.test.ts).
import type { CompositionIssue, LabExample, LabRecord } from '../../lib';
import { CANDIDATES, replyText } from '../../lib/world';
import { termLabel } from '../ranking/view';
import type { RankingStrings } from '../ranking/strings';
import type { LabStrings } from './strings';

/** Rows of the δ table and of the distribution table (LabExample.astro renders six of each). */
export const LAB_ROWS = 6;
/** Pairs shown for a pair-wise run on the autoregressive model (one δ row each). */
export const LAB_PAIRS = 4;

const quote = (text: string) => `“${text}”`;
const candidate = (prompt: number, k: number) => quote(replyText(CANDIDATES[prompt][k]));

export interface DeltaRow {
  label: string;
  delta: number;
}

/** The sentence above the δ table and its rows, for one step's example. */
export function exampleView(
  ex: LabExample,
  t: LabStrings,
  ranking: RankingStrings,
): { text: string; rows: DeltaRow[] } {
  const rows = (() => {
    switch (ex.kind) {
      case 'ranking':
        return {
          text: t.example.ranking(ex.order.map((k) => candidate(ex.prompt, k)).join(' ≻ ')),
          rows: ex.terms.map((term) => ({ label: termLabel(term, ranking), delta: term.value })),
        };
      case 'candidate-pair':
        return {
          text: t.example.pair(ex.prompt, candidate(ex.prompt, ex.chosen), candidate(ex.prompt, ex.rejected)),
          rows: [
            { label: t.deltaRow.chosen, delta: ex.delta.chosen },
            { label: t.deltaRow.rejected, delta: ex.delta.rejected },
          ],
        };
      case 'tokens':
        return {
          text: t.example.tokens(quote(ex.reply), ex.score.toFixed(3)),
          rows: ex.tokens.map((tk) => ({ label: t.deltaRow.for(quote(tk.token)), delta: tk.delta })),
        };
      case 'group':
        return {
          text: t.example.group,
          rows: ex.replies.map((g) => ({ label: t.deltaRow.advantage(quote(g.reply)), delta: g.advantage })),
        };
      case 'labelled':
        return {
          text: t.example.labelled,
          rows: ex.replies.map((r) => ({ label: t.deltaRow.labelled(quote(r.reply), r.desirable), delta: r.delta })),
        };
      case 'pairs': {
        const pair = (p: { chosen: string; rejected: string }) => `${p.chosen} ≻ ${p.rejected}`;
        return {
          text: ex.pairs[0] ? pair(ex.pairs[0]) : '',
          rows: ex.pairs.slice(0, LAB_PAIRS).map((p) => ({ label: t.deltaRow.for(quote(pair(p))), delta: p.delta })),
        };
      }
      case 'samples':
        return {
          text: t.example.samples,
          rows: ex.samples.map((s) => ({ label: t.deltaRow.for(quote(s.reply)), delta: s.delta })),
        };
    }
  })();
  return { text: rows.text, rows: rows.rows.slice(0, LAB_ROWS) };
}

/**
 * The distribution table's rows: the bandit's four candidates in their order, or, for the autoregressive
 * model's hundreds of replies, the LAB_ROWS most likely under the trained policy (most likely first).
 */
export function distributionRows(
  d: LabRecord['distribution'],
): Array<{ reply: string; policy: number; reference: number }> {
  const all = d.replies.map((reply, i) => ({ reply, policy: d.policy[i], reference: d.reference[i] }));
  if (all.length <= LAB_ROWS) return all;
  return all.sort((a, b) => b.policy - a.policy).slice(0, LAB_ROWS);
}

/** Why a combination cannot run, in the reader's language (the engine's CompositionIssue). */
export function compositionText(issue: CompositionIssue, t: LabStrings): string {
  const a = issue.algorithm.toUpperCase();
  const c = t.composition;
  switch (issue.code) {
    case 'feedback-mismatch':
      return c['feedback-mismatch'](a, t.needWhat[issue.need!], t.feedbackCannot[issue.feedback!]);
    case 'data-mismatch':
      return c['data-mismatch'](a, (issue.data ?? []).map(t.dataName).join(t.or), t.dataName(issue.chosen ?? ''));
    default:
      return c[issue.code](a);
  }
}
