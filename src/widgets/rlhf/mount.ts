// Entry point of the RLHF example's two widgets (stage 1 and stage 2 share this module).
import { ensureBackend } from '../../lib';
import { registerWidget } from '../shell/registry';
import { PpoWidget } from './ppo-widget';
import { RewardModelWidget } from './reward-model-widget';

export async function mount(root: HTMLElement) {
  await ensureBackend();
  const widget = root.dataset.widget === 'ppo' ? new PpoWidget(root) : new RewardModelWidget(root);
  registerWidget(root.dataset.widget!, widget);
  await widget.start();
}
