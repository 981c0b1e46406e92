// Entry point loaded when the DPO example scrolls into view: starts TF.js (cpu) and the widget.
import { ensureBackend } from '../../lib';
import { DpoWidget } from './dpo-widget';
import { registerWidget } from '../shell/registry';

export async function mount(root: HTMLElement) {
  await ensureBackend();
  const widget = new DpoWidget(root);
  registerWidget('dpo', widget);
  await widget.start();
}
