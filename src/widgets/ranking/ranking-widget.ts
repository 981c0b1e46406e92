// The ranking example's behaviour: the reader's order of prompt 0's candidates (drag and drop, or the
// Move up / Move down buttons) is the target; the engine's ranking trainer is built from it and the URL
// state, stepped, and every number of its record is written into the page.
import {
  CANDIDATES,
  createRankingTrainer,
  K,
  replyText,
  validateLists,
  type RankingPeek,
  type RankingRecord,
} from '../../lib';
import { fillCells, setText } from '../shell/dom';
import { drawChart } from '../shell/svg-chart';
import { TrainingWidget, type Invalid, type Parsed } from '../shell/training-widget';
import {
  DEFAULT_ORDER,
  RANKING_DEFAULTS,
  RANKING_FIELDS,
  formatOrder,
  parseOrder,
  rankingOptions,
  type OwnRankings,
  type RankingState,
} from './options';
import { OrderList } from './order-list';
import { RANKING_STRINGS } from './strings';
import { orderText, quoted, termLabel } from './view';

/** Pasted rankings: prompts 1–2 by prompt; prompt 0's, if given, becomes the reader's order. */
interface OwnData {
  own: OwnRankings;
  order?: number[];
}

export class RankingWidget extends TrainingWidget<RankingState, OwnData> {
  private trainer: ReturnType<typeof createRankingTrainer> | undefined;
  private history: RankingRecord[] = [];
  private readonly list: OrderList;
  private readonly t = RANKING_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'ranking', RANKING_DEFAULTS, RANKING_FIELDS);
    this.list = new OrderList(
      root,
      (k, to) => this.moveCandidate(k, to),
      () => this.order,
    );
    // A URL with an order that is not a ranking of the four candidates falls back to the default.
    if (!parseOrder(this.state.order)) {
      this.urlNotes.push({ key: 'order', message: this.t.badOrder(String(this.state.order)) });
      this.state.order = RANKING_DEFAULTS.order;
    }
  }

  override async start() {
    this.list.bind();
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
    this.list.show(this.order);
    const beta = this.q('[data-beta-control]');
    if (beta) beta.hidden = this.state.method !== 'dpo';
  }

  protected advance(): string {
    const r = this.trainer!.step();
    this.history.push(r);
    const name = this.t.method[this.state.method] ?? this.t.method.rrhf;
    const policy = orderText(0, r.policyRanking[0]);
    return this.t.stepped(name, r.loss.toFixed(3), policy, (r.promptAgreement[0] * 100).toFixed(0));
  }

  protected latest() {
    return this.history.at(-1);
  }

  protected render() {
    const t = this.trainer!;
    const r = this.history.at(-1);
    // Step 0: no step yet, so the terms and the policy are the engine's view of the starting policy.
    const view: RankingPeek = r ?? t.peek();
    const n = r?.step ?? 0;
    const T = this.t;
    setText(this.root, 'compareWhen', n === 0 ? T.atStart : T.afterStep(n));
    setText(this.root, 'termsWhen', n === 0 ? T.forStart : T.computedIn(n));
    setText(this.root, 'probWhen', n === 0 ? T.now : T.afterStep(n));
    this.showTerms(view);
    this.showRankings(t.rankings[0], view.policyRanking[0]);
    fillCells(this.root, {
      ...Object.fromEntries(view.scores.map((v, k) => [`score${k}`, v])),
      ...Object.fromEntries(view.policy[0].map((v, k) => [`prob${k}`, v])),
      agreement0: view.promptAgreement[0],
      agreement: view.agreement,
      utility: view.utility,
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
      th.textContent = termLabel(term, this.t);
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
        mark.textContent = policy[i] === target[i] ? this.t.samePlace : '';
        p.append(mark);
      }
    }
  }

  private drawCharts() {
    const h = this.history;
    const svg = (name: string) => this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    drawChart(svg('loss'), [{ name: 'loss', values: h.map((r) => r.loss), tone: 3 }], {
      yLabel: this.t.chart.lossAxis,
    });
    drawChart(
      svg('agreement'),
      [
        { name: 'prompt 0', values: h.map((r) => r.promptAgreement[0]), tone: 1 },
        { name: 'all prompts', values: h.map((r) => r.agreement), tone: 4, dash: true },
      ],
      { yLabel: this.t.chart.agreementAxis },
    );
  }

  /** Moves candidate k to place `to` (0-based), restarts training and says so. */
  private async moveCandidate(k: number, to: number) {
    const order = this.order.filter((c) => c !== k);
    const place = Math.max(0, Math.min(K - 1, to));
    order.splice(place, 0, k);
    if (formatOrder(order) === this.state.order) return;
    this.state.order = formatOrder(order);
    await this.reset();
    this.announce(this.t.moved(quoted(0, k), place + 1, K, orderText(0, order)));
  }

  // ---- Bring your own data ----

  protected parseData(text: string): Parsed<OwnData> | Invalid {
    const result = validateLists(text, { candidatesOnly: true });
    if (!result.ok) return result;
    const data: OwnData = { own: {} };
    const seen = new Map<number, number>();
    for (const [i, list] of result.value.entries()) {
      const where = `lists[${i}]`;
      if (seen.has(list.prompt))
        return { ok: false, message: this.t.duplicatePrompt(where, list.prompt, `lists[${seen.get(list.prompt)}]`) };
      seen.set(list.prompt, i);
      const ranking = list.ranking.map((reply) =>
        CANDIDATES[list.prompt].findIndex((c) => replyText(c) === replyText(reply)),
      );
      if (ranking.length !== K) {
        const missing = [...Array(K).keys()]
          .filter((k) => !ranking.includes(k))
          .map((k) => `"${replyText(CANDIDATES[list.prompt][k])}"`);
        return { ok: false, message: this.t.missing(where, K, list.prompt, missing.join(', ')) };
      }
      if (list.prompt === 0) data.order = ranking;
      else data.own[list.prompt] = ranking;
    }
    return { ok: true, data };
  }
}
