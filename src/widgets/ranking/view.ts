// What the ranking example writes from the engine's numbers: the terms of prompt 0's loss, the order
// sentences. The engine's record names candidates by index (RankingTerm); this module quotes them.
// Pure functions of a record and a dictionary, unit-tested in Node (tests/unit/widgets/ranking-view.test.ts).
import type { RankingTerm } from '../../lib';
import { CANDIDATES, replyText } from '../../lib/world';
import type { RankingStrings } from './strings';

/** Candidate k of a prompt in quotes. */
export const quoted = (prompt: number, k: number) => `“${replyText(CANDIDATES[prompt][k])}”`;

/** A term of prompt 0's loss, as its row label. */
export function termLabel(term: RankingTerm, t: RankingStrings): string {
  const q = (k: number) => quoted(0, k);
  switch (term.kind) {
    case 'first':
      return t.termFirst(q(term.candidate), term.left);
    case 'hinge':
      return t.termHinge(q(term.worse), q(term.better));
    case 'pair':
      return t.termPair(q(term.better), q(term.worse));
    case 'sft':
      return t.termSft(q(term.candidate));
  }
}

/** An order of prompt `prompt`'s candidates as "“a” ≻ “b” ≻ …". */
export const orderText = (prompt: number, order: number[]) => order.map((k) => quoted(prompt, k)).join(' ≻ ');
