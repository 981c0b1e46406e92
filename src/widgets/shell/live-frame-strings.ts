// Reader-visible strings of LiveFrame.astro (the frame of the examples that do not train).
import type { Locale } from '../../i18n/locales';

const en = {
  copyExample: (title: string) => `Copy link to the example: ${title}`,
  copy: 'Copy link to this state',
  loading: 'The example loads when it scrolls into view.',
};
export type LiveFrameStrings = typeof en;

const zh: LiveFrameStrings = {
  copyExample: (title: string) => `复制这个示例的链接：${title}`,
  copy: '复制指向当前状态的链接',
  loading: '示例滚动到可见区域时加载。',
};

export const LIVE_FRAME_STRINGS: Record<Locale, LiveFrameStrings> = { en, zh };
