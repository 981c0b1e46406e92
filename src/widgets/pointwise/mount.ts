// Entry point loaded when the point-wise example scrolls into view: starts TF.js (cpu) and the widget.
import { ensureBackend } from '../../lib';
import { registerWidget } from '../shell/registry';
import { PointwiseWidget } from './pointwise-widget';

export async function mount(root: HTMLElement) {
  await ensureBackend();
  const widget = new PointwiseWidget(root);
  registerWidget('pointwise', widget);
  await widget.start();
}
