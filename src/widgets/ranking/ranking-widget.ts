// The ranking example's behaviour: the reader's order of prompt 0's candidates (drag and drop, or the
// Move up / Move down buttons) is the target; the engine's ranking trainer is built from it and the URL
// state, stepped, and every number of its record is written into the page.
import { createRankingTrainer, type RankingPeek, type RankingRecord } from '../../lib/algorithms/trainers/ranking';
import { validateLists } from '../../lib/data';
import { CANDIDATES, K, replyText } from '../../lib/world';
import { fillCells, setText } from '../shell/dom';
import { drawChart } from '../shell/svg-chart';
import { TrainingWidget, type Invalid, type Parsed } from '../shell/training-widget';
import { DEFAULT_ORDER, RANKING_DEFAULTS, formatOrder, parseOrder, rankingOptions, type OwnRankings, type RankingState } from './options';

/** Pasted rankings: prompts 1–2 by prompt; prompt 0's, if given, becomes the reader's order. */
interface OwnData { own: OwnRankings; order?: number[] }

const METHOD_NAMES: Record<string, string> = { rrhf: 'RRHF', 'plackett-luce': 'Plackett–Luce', dpo: 'pair-wise DPO' };
const quoted = (prompt: number, k: number) => `“${replyText(CANDIDATES[prompt][k])}”`;

export class RankingWidget extends TrainingWidget<RankingState, OwnData> {
  private trainer: ReturnType<typeof createRankingTrainer> | undefined;
  private history: RankingRecord[] = [];
  private dragged: HTMLLIElement | undefined;

  constructor(root: HTMLElement) {
    super(root, 'ranking', RANKING_DEFAULTS);
    // A URL with an order that is not a ranking of the four candidates falls back to the default.
    if (!parseOrder(this.state.order)) this.state.order = RANKING_DEFAULTS.order;
  }

  override async start() {
    this.bindOrderList();
    await super.start();
  }

  private get order(): number[] {
    return parseOrder(this.state.order) ?? DEFAULT_ORDER;
  }

  protected setup() {
    // Pasted data with a ranking for prompt 0 sets the reader's order once, when it is applied.
    if (this.userData?.order) {
      this.state.order = formatOrder(this.userData.order);
      this.userData = { own: this.userData.own };
    }
    this.trainer?.dispose();
    this.trainer = createRankingTrainer(rankingOptions(this.state, this.userData?.own));
    this.history = [];
    this.showOrderList();
    const beta = this.q('[data-beta-control]');
    if (beta) beta.hidden = this.state.method !== 'dpo';
  }

  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    const policy = r.policyRanking[0].map((k) => quoted(0, k)).join(' ≻ ');
    return `${METHOD_NAMES[this.state.method] ?? 'RRHF'} loss ${r.loss.toFixed(3)}; the policy ranks ${policy}; agreement with your order ${(r.promptAgreement[0] * 100).toFixed(0)} %.`;
  }

  protected render() {
    const t = this.trainer!;
    const r = this.history.at(-1);
    // Step 0: no step yet, so the terms and the policy are the engine's view of the starting policy.
    const view: RankingPeek = r ?? t.peek();
    const n = r?.step ?? 0;
    setText(this.root, 'compareWhen', n === 0 ? '(at the start)' : `(after step ${n})`);
    setText(this.root, 'termsWhen', n === 0 ? '(for the starting policy)' : `(computed in step ${n}, before its update)`);
    setText(this.root, 'probWhen', n === 0 ? '(now)' : `(after step ${n})`);
    this.showTerms(view);
    this.showRankings(t.rankings[0], view.policyRanking[0]);
    fillCells(this.root, {
      ...Object.fromEntries(view.scores.map((v, k) => [`score${k}`, v])),
      ...Object.fromEntries(view.policy[0].map((v, k) => [`prob${k}`, v])),
      agreement0: view.promptAgreement[0], agreement: view.agreement, utility: view.utility,
      ...(r ? { loss: r.loss } : {}),
    });
    if (!r) {
      const loss = this.q('[data-cell="loss"]');
      if (loss) {
        loss.textContent = '—';
        delete loss.dataset.value;
      }
    }
    this.drawCharts();
  }

  private showTerms(view: RankingPeek) {
    const body = this.q('[data-terms]');
    if (!body) return;
    const rows = view.terms.map((term, i) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = term.label;
      const td = document.createElement('td');
      td.className = 'num';
      td.dataset.cell = `term${i}`;
      tr.append(th, td);
      return tr;
    });
    body.replaceChildren(...rows);
    fillCells(body, Object.fromEntries(view.terms.map((term, i) => [`term${i}`, term.value])));
  }

  private showRankings(target: number[], policy: number[]) {
    for (let i = 0; i < K; i++) {
      const t = this.q(`[data-rank-target="${i}"]`);
      const p = this.q(`[data-rank-policy="${i}"]`);
      if (t) {
        t.textContent = quoted(0, target[i]);
        t.dataset.candidate = String(target[i]);
      }
      if (p) {
        p.dataset.candidate = String(policy[i]);
        p.textContent = quoted(0, policy[i]);
        const mark = document.createElement('span');
        mark.className = 'ranking-when';
        mark.textContent = policy[i] === target[i] ? ' ✓ same place' : '';
        p.append(mark);
      }
    }
  }

  private drawCharts() {
    const h = this.history;
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    drawChart(svg('loss'), [{ name: 'loss', values: h.map((r) => r.loss), tone: 3 }], { yLabel: 'loss' });
    drawChart(svg('agreement'), [
      { name: 'prompt 0', values: h.map((r) => r.promptAgreement[0]), tone: 1 },
      { name: 'all prompts', values: h.map((r) => r.agreement), tone: 4, dash: true },
    ], { yLabel: 'pairs in order' });
  }

  // ---- The reader's order: a list of four items, reordered by drag and drop or by buttons. ----

  private listItems(): HTMLLIElement[] {
    return [...this.root.querySelectorAll<HTMLLIElement>('[data-order-list] > li')];
  }

  /** Puts the list's items in the state's order and enables only the moves that exist. */
  private showOrderList() {
    const list = this.q('[data-order-list]');
    if (!list) return;
    const items = this.listItems();
    const byCandidate = (k: number) => items.find((li) => li.dataset.candidate === String(k))!;
    const order = this.order;
    const current = items.map((li) => Number(li.dataset.candidate));
    // Only move nodes when the order changed: moving a node takes the keyboard focus away from it.
    if (formatOrder(current) !== formatOrder(order)) list.append(...order.map(byCandidate));
    order.forEach((k, i) => {
      const li = byCandidate(k);
      li.querySelector<HTMLButtonElement>('[data-move="up"]')!.disabled = i === 0;
      li.querySelector<HTMLButtonElement>('[data-move="down"]')!.disabled = i === K - 1;
    });
  }

  /** Moves candidate k to place `to` (0-based), restarts training and says so. */
  private async moveCandidate(k: number, to: number) {
    const order = this.order.filter((c) => c !== k);
    const place = Math.max(0, Math.min(K - 1, to));
    order.splice(place, 0, k);
    if (formatOrder(order) === this.state.order) return;
    this.state.order = formatOrder(order);
    await this.reset();
    this.announce(`${quoted(0, k)} moved to place ${place + 1} of ${K}. Your order is now ${order.map((c) => quoted(0, c)).join(' ≻ ')}; training restarts from step 0.`);
  }

  private bindOrderList() {
    const list = this.q('[data-order-list]');
    if (!list) return;
    list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
      const li = button?.closest<HTMLLIElement>('li');
      if (!button || !li) return;
      const k = Number(li.dataset.candidate);
      const dir = button.dataset.move === 'up' ? -1 : 1;
      void this.moveCandidate(k, this.order.indexOf(k) + dir).then(() => {
        // Keep the keyboard focus on the item that moved (on its other button at either end).
        const same = li.querySelector<HTMLButtonElement>(`[data-move="${button.dataset.move}"]`)!;
        const other = li.querySelector<HTMLButtonElement>(`[data-move="${dir < 0 ? 'down' : 'up'}"]`)!;
        (same.disabled ? other : same).focus();
      });
    });
    list.addEventListener('dragstart', (event) => {
      const li = (event.target as Element).closest<HTMLLIElement>('li');
      if (!li || !event.dataTransfer) return;
      this.dragged = li;
      li.classList.add('is-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', li.dataset.candidate!);
    });
    list.addEventListener('dragover', (event) => {
      const li = (event.target as Element).closest<HTMLLIElement>('li');
      if (!li || !this.dragged) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
      for (const item of this.listItems()) item.classList.toggle('is-drop-target', item === li && item !== this.dragged);
    });
    list.addEventListener('dragleave', (event) => {
      const li = (event.target as Element).closest<HTMLLIElement>('li');
      if (li && !li.contains(event.relatedTarget as Node | null)) li.classList.remove('is-drop-target');
    });
    list.addEventListener('drop', (event) => {
      const li = (event.target as Element).closest<HTMLLIElement>('li');
      const dragged = this.dragged;
      if (!li || !dragged) return;
      event.preventDefault();
      // The dropped reply takes the place of the one it was dropped on.
      void this.moveCandidate(Number(dragged.dataset.candidate), this.order.indexOf(Number(li.dataset.candidate)));
    });
    list.addEventListener('dragend', () => {
      this.dragged = undefined;
      for (const item of this.listItems()) item.classList.remove('is-dragging', 'is-drop-target');
    });
  }

  // ---- Bring your own data ----

  protected parseData(text: string): Parsed<OwnData> | Invalid {
    const result = validateLists(text, { candidatesOnly: true });
    if (!result.ok) return result;
    const data: OwnData = { own: {} };
    const seen = new Map<number, number>();
    for (const [i, list] of result.value.entries()) {
      const where = `lists[${i}]`;
      if (seen.has(list.prompt)) return { ok: false, message: `${where}: prompt ${list.prompt} is already ranked in lists[${seen.get(list.prompt)}]; give one ranking per prompt` };
      seen.set(list.prompt, i);
      const ranking = list.ranking.map((reply) => CANDIDATES[list.prompt].findIndex((c) => replyText(c) === replyText(reply)));
      if (ranking.length !== K) {
        const missing = [...Array(K).keys()].filter((k) => !ranking.includes(k)).map((k) => `"${replyText(CANDIDATES[list.prompt][k])}"`);
        return { ok: false, message: `${where}.ranking: rank all ${K} candidates of prompt ${list.prompt}, best first; missing ${missing.join(', ')}` };
      }
      if (list.prompt === 0) data.order = ranking;
      else data.own[list.prompt] = ranking;
    }
    return { ok: true, data };
  }
}
