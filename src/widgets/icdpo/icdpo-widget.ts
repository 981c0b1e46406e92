// The ICDPO example's behaviour. There is no training, so it is a WidgetBase, not a TrainingWidget: a
// run calls the engine's icdpoSelect once for the settings in the form and writes its result into the
// tables. The settings live in the URL (?icdpo.seed=…&icdpo.candidates=…&icdpo.alpha=…); a field with a
// bad value is marked with its range and the last good result stays on screen.
import { icdpoSelect, type IcdpoResult } from '../../lib';
import { fillCells, setNumber, setText } from '../shell/dom';
import { writeState, type WidgetState } from '../shell/url-state';
import { WidgetBase } from '../shell/widget-base';
import { ICDPO_DEFAULTS, ICDPO_FIELDS, icdpoOptions, type IcdpoState } from './options';
import { ICDPO_STRINGS } from './strings';

const FIELDS = ['logpPlain', 'logpWithDemos', 'score', 'utility'] as const;

export class IcdpoWidget extends WidgetBase<IcdpoState> {
  private results: IcdpoResult[] = [];
  /** The settings of the run on screen (the form may hold newer, not yet run ones). */
  private shown: IcdpoState;
  private readonly t = ICDPO_STRINGS[this.locale];

  constructor(root: HTMLElement) {
    super(root, 'icdpo', ICDPO_DEFAULTS, ICDPO_FIELDS);
    this.shown = { ...this.state };
  }

  start() {
    this.stats.visibleAt ??= performance.now();
    this.syncInputsFromState();
    this.showUrlNotes();
    // Values are checked as they are typed; a run uses the last good one of each.
    this.bindFields(() => {});
    this.q('[data-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.runFromForm();
    });
    this.q('[data-control="next-seed"]')?.addEventListener('click', () => {
      const seed = this.q<HTMLInputElement>('[data-param="seed"]')!;
      seed.value = String(Math.min(ICDPO_FIELDS.seed.max, this.shown.seed + 1));
      seed.dispatchEvent(new Event('input'));
      this.runFromForm();
    });
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.run({ ...this.state });
    this.root.dataset.ready = 'true';
  }

  private runFromForm() {
    if (this.hasInvalidField()) {
      this.showError(this.t.notRun);
      this.announce(this.t.notRun);
      return;
    }
    this.run({ ...this.state });
  }

  private showError(message: string) {
    const error = this.q('[data-input-error]');
    if (error) error.textContent = message;
  }

  protected linkState(): WidgetState {
    return this.shown;
  }

  private run(state: IcdpoState) {
    this.results = this.timed(() => icdpoSelect(icdpoOptions(state)));
    this.shown = state;
    this.showError('');
    this.render();
    writeState(this.prefix, this.shown, ICDPO_DEFAULTS);
    this.showStateLink();
    const T = this.t;
    const picks = this.results.map((r) =>
      T.pick(r.prompt, r.candidates[r.picked].reply, r.candidates[r.pickedByLikelihood].reply),
    );
    this.announce(T.ran(state.seed, state.alpha, picks.join(T.pickSeparator)));
  }

  private render() {
    const T = this.t;
    const quote = this.shell.quote;
    setText(this.root, 'seed', String(this.shown.seed));
    setText(this.root, 'candidates', String(this.shown.candidates));
    setText(this.root, 'alpha', String(this.shown.alpha));
    for (const r of this.results) {
      const p = r.prompt;
      setText(
        this.root,
        `demos${p}`,
        r.demos.length ? r.demos.map(quote).join(this.locale === 'zh' ? '、' : ', ') : T.none,
      );
      const body = this.q(`[data-candidates="${p}"]`)!;
      body.replaceChildren(
        ...r.candidates.map((c, i) => {
          const tr = document.createElement('tr');
          tr.dataset.candidate = String(i);
          const reply = document.createElement('td');
          reply.textContent = quote(c.reply);
          reply.dataset.field = 'reply';
          tr.append(reply);
          for (const field of FIELDS) {
            const td = document.createElement('td');
            td.className = 'num';
            td.dataset.cell = `${field}${p}_${i}`;
            setNumber(td, c[field]);
            tr.append(td);
          }
          const by = [
            i === r.picked ? T.pickedBy.icdpo : '',
            i === r.pickedByLikelihood ? T.pickedBy.likelihood : '',
          ].filter(Boolean);
          const pick = document.createElement('td');
          pick.dataset.field = 'picked';
          pick.textContent = by.join(T.pickedBy.and);
          tr.append(pick);
          if (by.length) tr.classList.add('icdpo-picked');
          return tr;
        }),
      );
      setText(this.root, `picked${p}`, quote(r.candidates[r.picked].reply));
      setText(this.root, `likely${p}`, quote(r.candidates[r.pickedByLikelihood].reply));
      fillCells(this.root, {
        [`pickedUtility${p}`]: r.candidates[r.picked].utility,
        [`likelyUtility${p}`]: r.candidates[r.pickedByLikelihood].utility,
      });
    }
  }
}
