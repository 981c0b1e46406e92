// The behaviour every worked example that trains shares, so each widget only says what its step
// computes and how to draw it. A widget's markup (rendered at build time at its final size) holds:
//   buttons [data-control="step|play|reset|copy-link"], inputs [data-param="<state key>"],
//   a live region [data-status], [data-backend], [data-step-count], and optionally
//   <textarea data-user-data> with [data-control="apply-data"] and [data-data-error].
// State (hyper-parameters, seed, step) lives in the URL; a link replays the same steps from the seed.
import { yieldToPage } from './yield';
import type { DataIssue } from '../../lib/errors';
import { dataMessage, engineMessage, isOverflow } from './engine-messages';
import type { FieldSpecs } from './fields';
import { fieldLabels, SHELL_STRINGS } from './strings';
import { writeState, type WidgetState } from './url-state';
import { WidgetBase } from './widget-base';

export type { WidgetStats } from './widget-base';

export interface Parsed<T> {
  ok: true;
  data: T;
}
/** Refused pasted data: the engine's validators give a DataIssue (written in the reader's language). */
export type Invalid = DataIssue | { ok: false; message: string; code?: undefined };

/** The largest step a link may ask for: replaying more would keep the page busy for too long. */
export const MAX_STEP = 5000;

/** Whether a record holds a number that is not finite (NaN or ±Infinity), searched to any depth. */
export function hasNonFinite(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => hasNonFinite(v, depth + 1));
}

export abstract class TrainingWidget<S extends WidgetState, D = unknown> extends WidgetBase<S> {
  protected stepCount = 0;
  protected userData: D | undefined;
  private playing = false;
  private timer: number | undefined;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  /** The widget body as the build rendered it; Reset puts it back, so step 0 looks as on a fresh page. */
  private readonly pristine: Node[];
  /** Why the last step was refused (non-finite weights), shown until the settings change. */
  private refused: string | undefined;
  private overflowShown = false;

  constructor(root: HTMLElement, prefix: string, defaults: S, fields: FieldSpecs) {
    super(root, prefix, defaults, {
      ...fields,
      step: {
        label: { en: SHELL_STRINGS.en.label.step, zh: SHELL_STRINGS.zh.label.step },
        min: 0,
        max: MAX_STEP,
        integer: true,
      },
    });
    const body = root.querySelector('.widget-body');
    this.pristine = body ? [...body.childNodes].map((n) => n.cloneNode(true)) : [];
  }

  /** Async work a state needs before setup (e.g. a pre-trained model), done in slices. */
  protected async prepare(): Promise<void> {}
  /** Builds the trainer for the current state (and user data, if any). */
  protected abstract setup(): void;
  /** One training step; returns a one-sentence description for the live region. */
  protected abstract advance(): string;
  /** The record of the last step, checked for non-finite numbers before it is shown. */
  protected abstract latest(): unknown;
  /** Draws the current numbers. */
  protected abstract render(): void;
  /** Why the widget cannot step in its current state (e.g. an incompatible combination), if so. */
  protected blocked(): string | undefined {
    return undefined;
  }
  /** Validates pasted data; the default accepts none. */
  protected parseData(_text: string): Parsed<D> | Invalid {
    return { ok: false, message: this.shell.noOwnData };
  }

  /** Starts the widget: reads the controls' state from the URL and replays the recorded steps. */
  async start() {
    this.stats.visibleAt ??= performance.now();
    this.syncInputsFromState();
    this.showUrlNotes();
    const backend = this.q('[data-backend]');
    if (backend) backend.textContent = 'cpu';
    const target = Number(this.state.step ?? 0);
    await this.prepare();
    await yieldToPage();
    // The controls answer from here on: the trainer they drive is built in the same task. The body is
    // still as the build rendered it, so it is not put back; drawing waits for the next task (replay
    // draws once at its end). Split so, the lab's start at 4× CPU is a ~110 ms task that builds and a
    // ~60 ms one that draws, where it was one task of 95–205 ms in the traces taken before.
    this.bindControls();
    this.buildTrainer(false);
    await yieldToPage();
    await this.replay(target);
    this.showStateLink();
    this.root.dataset.ready = 'true';
    this.announce(this.refused ?? this.shell.ready(this.stepCount));
  }

  private bindControls() {
    this.q('[data-control="step"]')?.addEventListener('click', () => this.stepOnce());
    this.q('[data-control="play"]')?.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    this.q('[data-control="reset"]')?.addEventListener(
      'click',
      () => void this.reset().then(() => this.announce(this.shell.reset)),
    );
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.q('[data-control="apply-data"]')?.addEventListener('click', () => this.applyData());
    this.q('[data-control="clear-data"]')?.addEventListener('click', () => {
      this.userData = undefined;
      void this.reset().then(() => this.announce(this.shell.backToToyData));
    });
    this.bindFields((key) => void this.reset().then(() => this.announce(this.shell.settingsChanged(key))));
  }

  /** Step 0 with the current settings: a new trainer, and (unless the body is pristine) the body put back. */
  private buildTrainer(restore = true) {
    this.stepCount = 0;
    this.refused = undefined;
    this.setLrError('');
    if (restore) this.restoreBody();
    this.setup();
  }

  private resetTrainer() {
    this.buildTrainer();
    this.render();
    this.updateCounters();
  }

  /**
   * Puts the body back as the build rendered it, so nothing of an earlier run stays on screen. Parts
   * marked [data-keep] are controls, not outputs (the ranking's order list, the lab's buttons): the
   * live element is kept, with its listeners and focus.
   */
  private restoreBody() {
    const body = this.q('.widget-body');
    if (!body) return;
    const keep = new Map([...body.querySelectorAll<HTMLElement>('[data-keep]')].map((el) => [el.dataset.keep, el]));
    body.replaceChildren(...this.pristine.map((n) => n.cloneNode(true)));
    for (const copy of body.querySelectorAll<HTMLElement>('[data-keep]')) {
      const live = keep.get(copy.dataset.keep);
      if (live) copy.replaceWith(live);
    }
  }

  /** Back to step 0 with the current settings (callers announce why). */
  async reset() {
    this.pause();
    await this.prepare();
    this.resetTrainer();
    this.saveState();
  }

  /** Runs `n` steps in slices that each stay well under 50 ms, yielding to the page in between. */
  private async replay(n: number, quiet = false) {
    while (this.stepCount < n && !this.blocked() && !this.refused) {
      const sliceStart = performance.now();
      while (this.stepCount < n && !this.refused && performance.now() - sliceStart < 25) this.checkedStep();
      await yieldToPage();
    }
    if (quiet) return;
    this.render();
    this.updateCounters();
  }

  /**
   * One step, kept only when its record is finite. An engine error or a NaN/Infinity means the step
   * overflowed: the trainer is rebuilt and replayed to the last good step (the trainers are
   * deterministic from their seed), and the widget says why it stopped.
   */
  private checkedStep(): string | undefined {
    let message: string | undefined;
    let ok = true;
    let engineError: string | undefined;
    try {
      message = this.timed(() => this.advance());
      ok = !hasNonFinite(this.latest());
    } catch (error) {
      ok = false;
      // The engine stops a step whose weights or loss became non-finite; any other refusal is named, in
      // the reader's language, from its code.
      if (!isOverflow(error)) engineError = engineMessage(error, this.locale);
    }
    if (ok) {
      this.stepCount++;
      return message;
    }
    const good = this.stepCount;
    this.stepCount = 0;
    this.setup();
    try {
      for (let i = 0; i < good; i++) this.advance();
      this.stepCount = good;
    } catch {
      this.setup();
    }
    this.refused = engineError
      ? this.shell.engineRefused(engineError, this.stepCount)
      : this.shell.overflowAt(this.stepCount);
    if (!engineError) this.setLrError(this.refused);
    return undefined;
  }

  /** The overflow message sits next to the learning rate, the setting that causes it. */
  private setLrError(message: string) {
    const lr = this.q<HTMLInputElement>('input[data-param="lr"]');
    if (!lr) return;
    if (message) {
      this.setFieldError(lr, message);
      this.overflowShown = true;
    } else if (this.overflowShown) {
      // Only the overflow message is cleared here; a refused typed value keeps its own sentence.
      this.setFieldError(lr, '');
      this.overflowShown = false;
    }
  }

  stepOnce() {
    const why = this.blocked();
    if (why) {
      this.pause();
      this.announce(this.shell.blocked(why));
      return;
    }
    if (this.refused) {
      this.pause();
      this.announce(this.refused);
      return;
    }
    const t0 = performance.now();
    const message = this.checkedStep();
    this.render();
    this.updateCounters();
    this.saveState();
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, performance.now() - t0);
    if (message === undefined) {
      this.pause();
      this.announce(this.refused ?? this.shell.overflow);
    } else this.announce(this.shell.stepped(this.stepCount, message));
  }

  play() {
    this.playing = true;
    const button = this.q('[data-control="play"]');
    if (button) {
      button.textContent = this.shell.pause;
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
      button.textContent = this.shell.play;
      button.setAttribute('aria-pressed', 'false');
    }
    this.announce(this.shell.paused(this.stepCount));
  }

  private updateCounters() {
    const count = this.q('[data-step-count]');
    if (count) count.textContent = String(this.stepCount);
  }

  protected linkState(): WidgetState {
    return { ...this.state, step: this.stepCount };
  }

  protected linkDefaults(): WidgetState {
    return { ...this.defaults, step: 0 };
  }

  private saveState() {
    (this.state as WidgetState).step = this.stepCount;
    writeState(this.prefix, this.state, this.linkDefaults());
    this.showStateLink();
  }

  private applyData() {
    const area = this.q<HTMLTextAreaElement>('[data-user-data]');
    const error = this.q('[data-data-error]');
    if (!area || !error) return;
    const parsed = this.parseData(area.value);
    if (!parsed.ok) {
      // The message names the problem; the widget keeps its last good data and state.
      const text = parsed.code ? dataMessage(parsed, this.locale) : parsed.message;
      error.textContent = text;
      area.setAttribute('aria-invalid', 'true');
      this.announce(this.shell.dataRefused(text));
      return;
    }
    error.textContent = '';
    area.removeAttribute('aria-invalid');
    this.userData = parsed.data;
    void this.reset().then(() => this.announce(this.shell.dataLoaded));
  }
}
