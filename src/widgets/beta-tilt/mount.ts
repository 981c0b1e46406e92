// Entry point loaded when the β example scrolls into view. The example is plain arithmetic (no tensors),
// so it does not start TF.js.
import { registerWidget } from '../shell/registry';
import { TiltWidget } from './tilt-widget';

export async function mount(root: HTMLElement) {
  const widget = new TiltWidget(root);
  registerWidget('beta-tilt', widget);
  widget.start();
}
