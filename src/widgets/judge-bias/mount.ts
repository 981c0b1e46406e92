// Entry point loaded when the labeller example scrolls into view (plain arithmetic, no TF.js).
import { registerWidget } from '../shell/registry';
import { JudgeWidget } from './judge-widget';

export async function mount(root: HTMLElement) {
  const widget = new JudgeWidget(root);
  registerWidget('judge-bias', widget);
  widget.start();
}
