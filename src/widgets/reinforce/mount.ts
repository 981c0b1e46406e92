// Entry point loaded when the REINFORCE example scrolls into view: starts TF.js (cpu) and the widget.
import { ensureBackend } from '../../lib/tf';
import { registerWidget } from '../shell/registry';
import { ReinforceWidget } from './reinforce-widget';

export async function mount(root: HTMLElement) {
  await ensureBackend();
  const widget = new ReinforceWidget(root);
  registerWidget('reinforce', widget);
  await widget.start();
}
