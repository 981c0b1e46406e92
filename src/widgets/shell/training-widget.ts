// The behaviour every worked example shares, so each widget only says what its step computes and how
// to draw it. A widget's markup (rendered at build time at its final size) holds:
//   buttons [data-control="step|play|reset|copy-link"], inputs [data-param="<state key>"],
//   a live region [data-status], [data-backend], [data-step-count], and optionally
//   <textarea data-user-data> with [data-control="apply-data"] and [data-data-error].
// State (hyper-parameters, seed, step) lives in the URL; a link replays the same steps from the seed.
import { readState, stateUrl, writeState, type WidgetState } from './url-state';

export interface Parsed<T> { ok: true; data: T }
export interface Invalid { ok: false; message: string }

/** Longest main-thread time of one call, and per-step timings, for `npm run bench`. */
export interface WidgetStats { steps: number; totalStepMs: number; longestTaskMs: number; firstStepMs?: number; visibleAt?: number }

export abstract class TrainingWidget<S extends WidgetState, D = unknown> {
  readonly stats: WidgetStats = { steps: 0, totalStepMs: 0, longestTaskMs: 0 };
  protected state: S;
  protected stepCount = 0;
  protected userData: D | undefined;
  private playing = false;
  private timer: number | undefined;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  constructor(readonly root: HTMLElement, readonly prefix: string, readonly defaults: S) {
    this.state = readState(prefix, defaults);
  }

  /** Async work a state needs before setup (e.g. a pre-trained model), done in slices. */
  protected async prepare(): Promise<void> {}
  /** Builds the trainer for the current state (and user data, if any). */
  protected abstract setup(): void;
  /** One training step; returns a one-sentence description for the live region. */
  protected abstract advance(): string;
  /** Draws the current numbers. */
  protected abstract render(): void;
  /** Why the widget cannot step in its current state (e.g. an incompatible combination), if so. */
  protected blocked(): string | undefined {
    return undefined;
  }
  /** Validates pasted data; the default accepts none. */
  protected parseData(_text: string): Parsed<D> | Invalid {
    return { ok: false, message: 'This example does not take your own data.' };
  }

  protected q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  protected announce(message: string) {
    const live = this.q('[data-status]');
    if (live) live.textContent = message;
  }

  /** Starts the widget: reads the controls' state from the URL and replays the recorded steps. */
  async start() {
    this.stats.visibleAt ??= performance.now();
    this.syncInputsFromState();
    this.bindControls();
    const backend = this.q('[data-backend]');
    if (backend) backend.textContent = 'cpu';
    const target = Math.max(0, Math.floor(Number(this.state.step ?? 0)));
    await this.prepare();
    this.resetTrainer();
    await this.replay(target);
    this.showStateLink();
    this.root.dataset.ready = 'true';
    this.announce(`Ready at step ${this.stepCount}. Press Step or Play to train.`);
  }

  private syncInputsFromState() {
    for (const input of this.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')) {
      const key = input.dataset.param!;
      const value = this.state[key];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = Boolean(value);
      else input.value = String(value);
      this.showValue(input);
    }
  }

  private showValue(input: HTMLInputElement | HTMLSelectElement) {
    const out = this.root.querySelector(`output[for="${input.id}"]`);
    if (out) out.textContent = input.value;
  }

  private bindControls() {
    this.q('[data-control="step"]')?.addEventListener('click', () => this.stepOnce());
    this.q('[data-control="play"]')?.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    this.q('[data-control="reset"]')?.addEventListener('click', () => void this.reset().then(() => this.announce('Reset to step 0 with the current settings.')));
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.q('[data-control="apply-data"]')?.addEventListener('click', () => this.applyData());
    this.q('[data-control="clear-data"]')?.addEventListener('click', () => {
      this.userData = undefined;
      void this.reset().then(() => this.announce('Back to the built-in toy data.'));
    });
    for (const input of this.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')) {
      input.addEventListener(input instanceof HTMLSelectElement || input.type === 'checkbox' ? 'change' : 'input', () => {
        const key = input.dataset.param!;
        const fallback = this.defaults[key];
        const raw = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
        if (typeof fallback === 'number') {
          const n = Number(raw);
          if (!Number.isFinite(n)) return;
          (this.state as WidgetState)[key] = n;
        } else {
          (this.state as WidgetState)[key] = raw;
        }
        this.showValue(input);
        void this.reset().then(() => this.announce(`Settings changed (${key}); training restarts from step 0.`));
      });
    }
  }

  private resetTrainer() {
    this.stepCount = 0;
    this.setup();
    this.render();
    this.updateCounters();
  }

  /** Back to step 0 with the current settings (callers announce why). */
  async reset() {
    this.pause();
    await this.prepare();
    this.resetTrainer();
    this.saveState();
  }

  /** Runs `n` steps in slices that each stay well under 50 ms, yielding to the page in between. */
  private async replay(n: number) {
    while (this.stepCount < n && !this.blocked()) {
      const sliceStart = performance.now();
      while (this.stepCount < n && performance.now() - sliceStart < 25) this.timedStep();
      await new Promise((r) => setTimeout(r, 0));
    }
    this.render();
    this.updateCounters();
  }

  private timedStep(): string {
    const t0 = performance.now();
    const message = this.advance();
    const ms = performance.now() - t0;
    this.stepCount++;
    this.stats.steps++;
    this.stats.totalStepMs += ms;
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, ms);
    this.stats.firstStepMs ??= performance.now() - (this.stats.visibleAt ?? t0);
    return message;
  }

  stepOnce() {
    const why = this.blocked();
    if (why) {
      this.pause();
      this.announce(`Cannot train this combination: ${why}`);
      return;
    }
    const t0 = performance.now();
    const message = this.timedStep();
    this.render();
    this.updateCounters();
    this.saveState();
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, performance.now() - t0);
    this.announce(`Step ${this.stepCount}: ${message}`);
  }

  play() {
    this.playing = true;
    const button = this.q('[data-control="play"]');
    if (button) {
      button.textContent = 'Pause';
      button.setAttribute('aria-pressed', 'true');
    }
    // With reduced motion the numbers still change, but at a pace that can be read, not animated.
    const delay = this.reducedMotion ? 500 : 80;
    const tick = () => {
      if (!this.playing) return;
      this.stepOnce();
      if (!this.playing) return;
      this.timer = window.setTimeout(tick, delay);
    };
    tick();
  }

  pause() {
    if (!this.playing) return;
    this.playing = false;
    window.clearTimeout(this.timer);
    const button = this.q('[data-control="play"]');
    if (button) {
      button.textContent = 'Play';
      button.setAttribute('aria-pressed', 'false');
    }
    this.announce(`Paused at step ${this.stepCount}.`);
  }

  private updateCounters() {
    const count = this.q('[data-step-count]');
    if (count) count.textContent = String(this.stepCount);
  }

  private saveState() {
    (this.state as WidgetState).step = this.stepCount;
    writeState(this.prefix, this.state, { ...this.defaults, step: 0 });
    this.showStateLink();
  }

  /** Printed under the figure (print CSS shows it): the link that reproduces what the page shows. */
  private showStateLink() {
    const link = this.q('[data-state-link]');
    if (link) link.textContent = `This figure's state: ${stateUrl(this.prefix, { ...this.state, step: this.stepCount }, { ...this.defaults, step: 0 })}`;
  }

  private async copyLink() {
    (this.state as WidgetState).step = this.stepCount;
    const url = stateUrl(this.prefix, this.state, { ...this.defaults, step: 0 });
    try {
      await navigator.clipboard.writeText(url);
      this.announce('Copied a link to this exact state.');
    } catch {
      this.announce(`Could not copy; the link is ${url}`);
    }
  }

  private applyData() {
    const area = this.q<HTMLTextAreaElement>('[data-user-data]');
    const error = this.q('[data-data-error]');
    if (!area || !error) return;
    const parsed = this.parseData(area.value);
    if (!parsed.ok) {
      // The message names the problem; the widget keeps its last good data and state.
      error.textContent = parsed.message;
      area.setAttribute('aria-invalid', 'true');
      this.announce(`Your data was not used: ${parsed.message}`);
      return;
    }
    error.textContent = '';
    area.removeAttribute('aria-invalid');
    this.userData = parsed.data;
    void this.reset().then(() => this.announce('Your data is loaded; training restarts from step 0.'));
  }
}
