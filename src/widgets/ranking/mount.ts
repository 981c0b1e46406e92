// Entry point loaded when the ranking example scrolls into view: starts TF.js (cpu) and the widget.
import { ensureBackend } from '../../lib';
import { RankingWidget } from './ranking-widget';
import { registerWidget } from '../shell/registry';

export async function mount(root: HTMLElement) {
  await ensureBackend();
  const widget = new RankingWidget(root);
  registerWidget('ranking', widget);
  await widget.start();
}
