// Entry point of the lab, loaded when it scrolls into view.
import { ensureBackend } from '../../lib';
import { registerWidget } from '../shell/registry';
import { LabWidget } from './lab-widget';

export async function mount(root: HTMLElement) {
  await ensureBackend();
  const widget = new LabWidget(root);
  registerWidget('lab', widget);
  await widget.start();
}
