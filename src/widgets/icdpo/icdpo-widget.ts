// The ICDPO example's behaviour. There is no training, so this is not a TrainingWidget: a run calls the
// engine's icdpoSelect once for the settings in the form and writes its result into the tables. The
// settings live in the URL (?icdpo.seed=…&icdpo.candidates=…&icdpo.alpha=…); bad settings get a message
// and the last good result stays on screen.
import { icdpoSelect, type IcdpoResult } from '../../lib/algorithms/trainers/icdpo';
import { fillCells, setNumber, setText } from '../shell/dom';
import type { WidgetStats } from '../shell/training-widget';
import { readState, stateUrl, writeState } from '../shell/url-state';
import { checkIcdpoState, ICDPO_DEFAULTS, icdpoOptions, type IcdpoState } from './options';

const PREFIX = 'icdpo';
const FIELDS = ['logpPlain', 'logpWithDemos', 'score', 'utility'] as const;

export class IcdpoWidget {
  readonly stats: WidgetStats = { steps: 0, totalStepMs: 0, longestTaskMs: 0 };
  private state: IcdpoState;
  private results: IcdpoResult[] = [];

  constructor(readonly root: HTMLElement) {
    this.state = readState(PREFIX, ICDPO_DEFAULTS);
  }

  private q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  private inputs(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('[data-param]')];
  }

  private announce(message: string) {
    const live = this.q('[data-status]');
    if (live) live.textContent = message;
  }

  start() {
    this.stats.visibleAt ??= performance.now();
    const problem = checkIcdpoState(this.state);
    if (problem) this.state = { ...ICDPO_DEFAULTS };
    for (const input of this.inputs()) input.value = String(this.state[input.dataset.param as keyof IcdpoState]);
    this.q('[data-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.runFromForm();
    });
    this.q('[data-control="next-seed"]')?.addEventListener('click', () => {
      const seed = this.q<HTMLInputElement>('[data-param="seed"]')!;
      seed.value = String(this.state.seed + 1);
      this.runFromForm();
    });
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.run(this.state);
    if (problem) this.showError(`The link’s settings were not used (${problem}) The tables show the default settings.`);
    this.root.dataset.ready = 'true';
  }

  /** Reads the form; a setting that is empty or not a number is reported, not replaced. */
  private runFromForm() {
    const next = { ...this.state };
    for (const input of this.inputs()) {
      const key = input.dataset.param as keyof IcdpoState;
      next[key] = input.value.trim() === '' ? Number.NaN : Number(input.value);
    }
    const problem = checkIcdpoState(next);
    for (const input of this.inputs()) input.removeAttribute('aria-invalid');
    if (problem) {
      const key = (['seed', 'candidates', 'alpha'] as const).find((k) => checkIcdpoState({ ...this.state, [k]: next[k] }));
      if (key) this.q(`[data-param="${key}"]`)?.setAttribute('aria-invalid', 'true');
      this.showError(`${problem} The tables still show the last run.`);
      this.announce(`Not run: ${problem}`);
      return;
    }
    this.run(next);
  }

  private showError(message: string) {
    const error = this.q('[data-input-error]');
    if (error) error.textContent = message;
  }

  private run(state: IcdpoState) {
    const t0 = performance.now();
    this.results = icdpoSelect(icdpoOptions(state));
    const ms = performance.now() - t0;
    this.stats.steps++;
    this.stats.totalStepMs += ms;
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, ms);
    this.stats.firstStepMs ??= performance.now() - (this.stats.visibleAt ?? t0);
    this.state = state;
    this.showError('');
    this.render();
    writeState(PREFIX, this.state, ICDPO_DEFAULTS);
    const link = this.q('[data-state-link]');
    if (link) link.textContent = `This figure's state: ${stateUrl(PREFIX, this.state, ICDPO_DEFAULTS)}`;
    const picks = this.results.map((r) => `prompt ${r.prompt}: ICDPO picks “${r.candidates[r.picked].reply}”, likelihood picks “${r.candidates[r.pickedByLikelihood].reply}”`);
    this.announce(`Ran ICDPO with seed ${state.seed}, α ${state.alpha}. ${picks.join('; ')}.`);
  }

  private render() {
    setText(this.root, 'seed', String(this.state.seed));
    setText(this.root, 'candidates', String(this.state.candidates));
    setText(this.root, 'alpha', String(this.state.alpha));
    for (const r of this.results) {
      const p = r.prompt;
      setText(this.root, `demos${p}`, r.demos.length ? r.demos.map((d) => `“${d}”`).join(', ') : 'none');
      const body = this.q(`[data-candidates="${p}"]`)!;
      body.replaceChildren(...r.candidates.map((c, i) => {
        const tr = document.createElement('tr');
        tr.dataset.candidate = String(i);
        const reply = document.createElement('td');
        reply.textContent = `“${c.reply}”`;
        reply.dataset.field = 'reply';
        tr.append(reply);
        for (const field of FIELDS) {
          const td = document.createElement('td');
          td.className = 'num';
          td.dataset.cell = `${field}${p}_${i}`;
          setNumber(td, c[field]);
          tr.append(td);
        }
        const by = [i === r.picked ? 'ICDPO' : '', i === r.pickedByLikelihood ? 'likelihood' : ''].filter(Boolean);
        const pick = document.createElement('td');
        pick.dataset.field = 'picked';
        pick.textContent = by.join(' and ');
        tr.append(pick);
        if (by.length) tr.classList.add('icdpo-picked');
        return tr;
      }));
      setText(this.root, `picked${p}`, `“${r.candidates[r.picked].reply}”`);
      setText(this.root, `likely${p}`, `“${r.candidates[r.pickedByLikelihood].reply}”`);
      fillCells(this.root, { [`pickedUtility${p}`]: r.candidates[r.picked].utility, [`likelyUtility${p}`]: r.candidates[r.pickedByLikelihood].utility });
    }
  }

  private async copyLink() {
    const url = stateUrl(PREFIX, this.state, ICDPO_DEFAULTS);
    try {
      await navigator.clipboard.writeText(url);
      this.announce('Copied a link to this exact state.');
    } catch {
      this.announce(`Could not copy; the link is ${url}`);
    }
  }
}
