// Entry point loaded when the ICDPO example scrolls into view: starts TF.js (cpu) and runs the example once.
import { ensureBackend } from '../../lib';
import { registerWidget } from '../shell/registry';
import { IcdpoWidget } from './icdpo-widget';

export async function mount(root: HTMLElement) {
  await ensureBackend();
  const widget = new IcdpoWidget(root);
  registerWidget('icdpo', widget);
  widget.start();
}
