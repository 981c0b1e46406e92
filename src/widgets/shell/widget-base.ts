// What every widget shares, trained or not (the training widgets and ICDPO's one-shot example): its
// settings in the URL, checked against the ranges its options.ts declares; number fields that refuse a
// bad value with a sentence next to them and keep the last good one; notes on what a link asked for
// and what was used instead; the live region; "Copy link to this state", landing on the widget.
import { checkField, type FieldSpec, type FieldSpecs } from './fields';
import { fieldLabel, rangeText, SHELL_STRINGS, uiLocale, type ShellStrings } from './strings';
import type { Locale } from '../../i18n/locales';
import { readCheckedState, stateLink, type Choices, type StateNote, type WidgetState } from './url-state';

/** Longest main-thread time of one call, and per-step timings, for `npm run bench`. */
export interface WidgetStats {
  steps: number;
  totalStepMs: number;
  longestTaskMs: number;
  firstStepMs?: number;
  visibleAt?: number;
}

type Field = HTMLInputElement | HTMLSelectElement;

export abstract class WidgetBase<S extends WidgetState> {
  readonly stats: WidgetStats = { steps: 0, totalStepMs: 0, longestTaskMs: 0 };
  protected state: S;
  /** What the URL asked for that could not be used as given. */
  protected readonly urlNotes: StateNote[];
  /** The language of the page, and the shell's sentences in it. */
  protected readonly locale: Locale = uiLocale();
  protected readonly shell: ShellStrings = SHELL_STRINGS[this.locale];

  constructor(
    readonly root: HTMLElement,
    readonly prefix: string,
    readonly defaults: S,
    readonly fields: FieldSpecs,
  ) {
    const read = readCheckedState(prefix, defaults, (key, state) => this.fieldSpec(key, state as S), this.choices());
    this.state = read.state;
    this.urlNotes = read.notes;
  }

  /**
   * The allowed range of a number setting; a widget may make it depend on other settings. It is called
   * from the constructor too (with the settings read so far), so it may use only its arguments.
   */
  protected fieldSpec(key: string, _state: S = this.state): FieldSpec | undefined {
    return this.fields[key];
  }

  protected q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  protected announce(message: string) {
    const live = this.q('[data-status]');
    if (live) live.textContent = message;
  }

  protected inputs(): Field[] {
    return [...this.root.querySelectorAll<Field>('[data-param]')];
  }

  /** The options of every select, so a link can only choose among them. */
  private choices(): Choices {
    const out: Choices = {};
    for (const el of this.root.querySelectorAll<HTMLSelectElement>('select[data-param]')) {
      out[el.dataset.param!] = [...el.options].map((o) => o.value);
    }
    return out;
  }

  protected syncInputsFromState() {
    for (const input of this.inputs()) {
      const key = input.dataset.param!;
      const value = this.state[key];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = Boolean(value);
      else input.value = String(value);
      const spec = this.fieldSpec(key);
      if (spec && input instanceof HTMLInputElement && input.type === 'number') {
        // The field's own min/max come from the same declaration as the checks.
        input.min = String(spec.min);
        input.max = String(spec.max);
        this.setFieldError(input, '');
      }
      this.showValue(input);
    }
  }

  private showValue(input: Field) {
    const out = this.root.querySelector(`output[for="${input.id}"]`);
    if (out) out.textContent = input.value;
  }

  /** The sentence next to a number field, created once and referenced by aria-describedby. */
  private fieldError(input: HTMLInputElement): HTMLElement {
    const id = `${input.id || `${this.prefix}-${input.dataset.param}`}-error`;
    let el = this.root.querySelector<HTMLElement>(`[id="${id}"]`);
    if (!el) {
      el = document.createElement('span');
      el.id = id;
      el.className = 'widget-error widget-field-error';
      el.dataset.fieldError = input.dataset.param;
      (input.closest('label') ?? input).insertAdjacentElement('afterend', el);
      const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      if (!described.includes(id)) input.setAttribute('aria-describedby', [...described, id].join(' '));
    }
    return el;
  }

  protected setFieldError(input: HTMLInputElement, message: string) {
    this.fieldError(input).textContent = message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  /** Whether any number field currently holds a refused value. */
  protected hasInvalidField(): boolean {
    return this.inputs().some((i) => i.getAttribute('aria-invalid') === 'true');
  }

  /**
   * Listens to every setting. A number field's value is used only when it is in range; otherwise the
   * field is marked invalid, the sentence next to it names the range, and the state keeps the last good
   * value. `changed` runs for every accepted change; `immediate` false waits for a form's submit.
   */
  protected bindFields(changed: (key: string) => void) {
    for (const input of this.inputs()) {
      const isChoice = input instanceof HTMLSelectElement || input.type === 'checkbox';
      input.addEventListener(isChoice ? 'change' : 'input', () => {
        const key = input.dataset.param!;
        const fallback = this.defaults[key];
        if (input instanceof HTMLInputElement && input.type === 'checkbox') {
          (this.state as WidgetState)[key] = input.checked;
        } else if (typeof fallback === 'number') {
          const spec = this.fieldSpec(key);
          const check = spec ? checkField(spec, input.value) : { ok: false as const };
          if (!check.ok || !spec) {
            if (spec && input instanceof HTMLInputElement) {
              const label = fieldLabel(spec, this.locale);
              const range = rangeText(spec, this.locale);
              this.setFieldError(input, this.shell.fieldInvalid(label, range, Number(this.state[key])));
              this.announce(this.shell.fieldInvalidStatus(label, range));
            }
            return;
          }
          if (input instanceof HTMLInputElement) this.setFieldError(input, '');
          (this.state as WidgetState)[key] = check.value;
        } else {
          (this.state as WidgetState)[key] = input.value;
        }
        this.showValue(input);
        changed(key);
      });
    }
  }

  /** Shows, next to the widget's controls, what a link asked for and what is used instead. */
  protected showUrlNotes() {
    let box = this.q<HTMLElement>('[data-url-notes]');
    if (!this.urlNotes.length) {
      box?.remove();
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.className = 'widget-url-notes';
      box.dataset.urlNotes = '';
      box.setAttribute('role', 'note');
      this.q('.widget-controls')?.insertAdjacentElement('afterend', box);
    }
    box.replaceChildren(
      ...this.urlNotes.map((n) => {
        const p = document.createElement('p');
        p.textContent = n.message;
        p.dataset.urlNote = n.key;
        return p;
      }),
    );
  }

  /** The state a copied link carries (a training widget adds its step). */
  protected linkState(): WidgetState {
    return this.state;
  }

  /** Defaults left out of links (a training widget adds step 0). */
  protected linkDefaults(): WidgetState {
    return this.defaults;
  }

  protected link(): string {
    return stateLink(this.prefix, this.linkState(), this.linkDefaults(), this.root.id);
  }

  /** Printed under the figure (print CSS shows it): the link that reproduces what the page shows. */
  protected showStateLink() {
    const link = this.q('[data-state-link]');
    if (link) link.textContent = this.shell.stateLink(this.link());
  }

  protected async copyLink() {
    const url = this.link();
    try {
      await navigator.clipboard.writeText(url);
      this.announce(this.shell.copied);
    } catch {
      this.announce(this.shell.copyFailed(url));
    }
  }

  /** Records the time of one call for `npm run bench`. */
  protected timed<T>(work: () => T): T {
    const t0 = performance.now();
    const out = work();
    const ms = performance.now() - t0;
    this.stats.steps++;
    this.stats.totalStepMs += ms;
    this.stats.longestTaskMs = Math.max(this.stats.longestTaskMs, ms);
    this.stats.firstStepMs ??= performance.now() - (this.stats.visibleAt ?? t0);
    return out;
  }
}
