// The toy world's prompts in the reader's language, for the widgets that name them. The engine keeps
// its own English text (src/lib/world.ts); the replies are the toy's vocabulary and are not translated.
import type { Locale } from '../../i18n/locales';
import { PROMPTS } from '../../lib/world';

// The same wording as the training widgets' shell dictionary uses for these prompts.
const zh = ['怎样重置我的密码？', '朋友送了我一份礼物。', '你能推荐一本书吗？'];

export const PROMPT_TEXT: Record<Locale, string[]> = { en: PROMPTS.map((p) => p.text), zh };

/** The label of a prompt in a select: "0: How do I reset my password?". */
export const promptOption = (locale: Locale, k: number) => `${k}: ${PROMPT_TEXT[locale][k]}`;
