// Entry point loaded when the win-rate example scrolls into view (plain arithmetic, no TF.js).
import { registerWidget } from '../shell/registry';
import { WinRateWidget } from './win-rate-widget';

export async function mount(root: HTMLElement) {
  const widget = new WinRateWidget(root);
  registerWidget('win-rate', widget);
  widget.start();
}
