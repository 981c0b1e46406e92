// Entry point loaded when the decoding example scrolls into view (plain arithmetic, no TF.js).
import { registerWidget } from '../shell/registry';
import { DecodingWidget } from './decoding-widget';

export async function mount(root: HTMLElement) {
  const widget = new DecodingWidget(root);
  registerWidget('decoding', widget);
  widget.start();
}
