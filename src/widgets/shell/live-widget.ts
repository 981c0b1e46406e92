// The chapters' examples that do not train (the β tilt, decoding, the labellers, the win rate): every
// accepted change of a setting recomputes the engine's exact numbers and redraws. What they share with
// the training widgets comes from WidgetBase: the URL state clamped with a visible note, the number
// fields that name their range and keep the last good value, the live region and "Copy link".
import { writeState, type WidgetState } from './url-state';
import { WidgetBase } from './widget-base';

const NS = 'http://www.w3.org/2000/svg';

/** Appends one SVG element (with its text, if any) to a chart. */
export type ChartPen = (tag: string, attrs: Record<string, string | number>, text?: string) => void;

export abstract class LiveWidget<S extends WidgetState> extends WidgetBase<S> {
  /** Recomputes and draws the current state; returns the sentence for the live region. */
  protected abstract update(): string;

  /** An accepted change of one setting; a widget may adjust other settings first (then refresh). */
  protected changed(_key: string) {
    this.refresh();
  }

  start() {
    this.stats.visibleAt ??= performance.now();
    this.syncInputsFromState();
    this.showUrlNotes();
    this.bindFields((key) => this.changed(key));
    this.q('[data-control="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.refresh();
    this.root.dataset.ready = 'true';
  }

  protected refresh() {
    const sentence = this.timed(() => this.update());
    writeState(this.prefix, this.state, this.defaults);
    this.showStateLink();
    this.announce(sentence);
  }

  /** Empties the widget's <svg data-chart="name"> and returns a pen that draws into it. */
  protected chart(name: string): ChartPen {
    const svg = this.q<SVGSVGElement>(`[data-chart="${name}"]`)!;
    svg.replaceChildren();
    return (tag, attrs, text) => {
      const node = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      svg.append(node);
    };
  }
}
