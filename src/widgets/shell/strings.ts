// Reader-visible sentences of the widget shell, one dictionary per locale (src/i18n/locales.ts). The
// markup of the frame (WidgetFrame.astro) picks with localeOf(Astro.url); the widgets' browser code
// with uiLocale(), which reads <html lang> and falls back to English where there is no document (the
// unit tests in Node).
import { pageLocale, type Locale } from '../../i18n/locales';
import { PROMPTS } from '../../lib/world';
import { plain, type FieldSpec } from './fields';

/** The locale of the page a widget runs on; English in Node. */
export function uiLocale(): Locale {
  return typeof document === 'undefined' ? 'en' : pageLocale();
}

/** A field's name in the reader's language (a plain string is the same in every language). */
export function fieldLabel(spec: FieldSpec, locale: Locale): string {
  return typeof spec.label === 'string' ? spec.label : spec.label[locale];
}

/** A widget's field names in every language, from its dictionaries' `label` entries. */
export function fieldLabels<K extends string>(
  dictionaries: Record<Locale, { label: Record<K, string> }>,
): Record<K, Record<Locale, string>> {
  const keys = Object.keys(dictionaries.en.label) as K[];
  return Object.fromEntries(
    keys.map((k) => [k, { en: dictionaries.en.label[k], zh: dictionaries.zh.label[k] }]),
  ) as Record<K, Record<Locale, string>>;
}

const en = {
  label: { seed: 'Seed', lr: 'Learning rate', step: 'Step' },
  rangeText: (spec: FieldSpec) =>
    `${spec.integer ? 'a whole number' : 'a number'} from ${plain(spec.min)} to ${plain(spec.max)}`,
  fieldInvalid: (label: string, range: string, last: number) =>
    `${label}: enter ${range}. The last good value, ${plain(last)}, is kept.`,
  fieldInvalidStatus: (label: string, range: string) => `${label} not changed: it must be ${range}.`,
  urlClamped: (param: string, raw: string, range: string, used: number) =>
    `The link set ${param} to ${raw}, outside ${range}; the nearest allowed value, ${plain(used)}, is used.`,
  urlNotANumber: (param: string, raw: string, used: number) =>
    `The link set ${param} to “${raw}”, which is not a number; the default, ${plain(used)}, is used.`,
  urlNotAChoice: (param: string, raw: string, used: string) =>
    `The link set ${param} to “${raw}”, which is not one of its choices; the default, “${used}”, is used.`,
  overflow: 'This learning rate makes the weights overflow; the last good step is kept.',
  overflowAt: (step: number) =>
    `This learning rate makes the weights overflow; the last good step (${step}) is kept. Lower it and train on.`,
  engineRefused: (why: string, step: number) =>
    `The engine refused this step (${why}); the last good step (${step}) is kept.`,
  ready: (step: number) => `Ready at step ${step}. Press Step or Play to train.`,
  reset: 'Reset to step 0 with the current settings.',
  settingsChanged: (key: string) => `Settings changed (${key}); training restarts from step 0.`,
  blocked: (why: string) => `Cannot train this combination: ${why}`,
  paused: (step: number) => `Paused at step ${step}.`,
  stepped: (step: number, message: string) => `Step ${step}: ${message}`,
  copied: 'Copied a link to this exact state.',
  copyFailed: (url: string) => `Could not copy; the link is ${url}`,
  stateLink: (url: string) => `This figure's state: ${url}`,
  noOwnData: 'This example does not take your own data.',
  dataRefused: (message: string) => `Your data was not used: ${message}`,
  dataLoaded: 'Your data is loaded; training restarts from step 0.',
  backToToyData: 'Back to the built-in toy data.',
  couldNotStart: (why: string) => `The example could not start: ${why}`,
  play: 'Play',
  pause: 'Pause',
  /** The x axis of every live chart. */
  trainingStep: 'training step',
  /** The frame's markup (WidgetFrame.astro, EngineSource.astro). */
  frame: {
    copyLinkTo: (title: string) => `Copy link to the example: ${title}`,
    controls: 'Training controls',
    step: 'Step',
    reset: 'Reset',
    copyLink: 'Copy link to this state',
    stepCount: 'Step',
    backend: 'TF.js backend:',
    notLoaded: 'not loaded yet',
    loading: 'The example loads when it scrolls into view.',
    ownData: 'Bring your own data',
    yourData: 'Your data (JSON)',
    useData: 'Use this data',
    toyData: 'Back to the toy data',
    showCode: 'Show the code this example runs',
  },
  /** The toy world's prompts as the reader reads them (the engine keeps only their index). */
  prompts: PROMPTS.map((p) => p.text),
  /** Short names of the prompts, for tables (from their topic). */
  promptNames: ['password', 'gift', 'book'],
  /** A reply of the toy world in quotes (its words are the world's vocabulary, the same in every language). */
  quote: (text: string) => `“${text}”`,
  /** Parentheses after a word in running text (half-width with a space, or full-width). */
  paren: [' (', ')'],
  /** Lists in sentences: "a, b and c". */
  and: (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  or: (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`,
  percent: (v: string) => `${v} %`,
};
export type ShellStrings = typeof en;

const zh: ShellStrings = {
  label: { seed: '随机种子', lr: '学习率', step: '步数' },
  rangeText: (spec: FieldSpec) => `${plain(spec.min)} 到 ${plain(spec.max)} 之间的${spec.integer ? '整数' : '数'}`,
  fieldInvalid: (label: string, range: string, last: number) =>
    `${label}：请输入 ${range}。已保留上一个有效值 ${plain(last)}。`,
  fieldInvalidStatus: (label: string, range: string) => `${label}未改动：它必须是 ${range}。`,
  urlClamped: (param: string, raw: string, range: string, used: number) =>
    `链接把 ${param} 设为 ${raw}，不在允许范围内（${range}）；采用最接近的允许值 ${plain(used)}。`,
  urlNotANumber: (param: string, raw: string, used: number) =>
    `链接把 ${param} 设为“${raw}”，这不是一个数；现使用默认值 ${plain(used)}。`,
  urlNotAChoice: (param: string, raw: string, used: string) =>
    `链接把 ${param} 设为“${raw}”，它不在可选项之中；现使用默认值“${used}”。`,
  overflow: '这个学习率让权重溢出了；已保留上一个有效的步骤。',
  overflowAt: (step: number) =>
    `这个学习率让权重溢出了；已保留上一个有效的步骤（第 ${step} 步）。请调低学习率再继续训练。`,
  engineRefused: (why: string, step: number) => `引擎拒绝了这一步（${why}）；已保留上一个有效的步骤（第 ${step} 步）。`,
  ready: (step: number) => `已就绪，当前在第 ${step} 步。按“单步”或“播放”开始训练。`,
  reset: '已按当前设置重置到第 0 步。',
  settingsChanged: (key: string) => `设置已改动（${key}）；训练从第 0 步重新开始。`,
  blocked: (why: string) => `这个组合无法训练：${why}`,
  paused: (step: number) => `已暂停在第 ${step} 步。`,
  stepped: (step: number, message: string) => `第 ${step} 步：${message}`,
  copied: '已复制指向这一精确状态的链接。',
  copyFailed: (url: string) => `无法复制；链接是 ${url}`,
  stateLink: (url: string) => `此图的状态：${url}`,
  noOwnData: '这个示例不接受你自己的数据。',
  dataRefused: (message: string) => `没有使用你的数据：${message}`,
  dataLoaded: '已载入你的数据；训练从第 0 步重新开始。',
  backToToyData: '已换回内置的玩具数据。',
  couldNotStart: (why: string) => `示例无法启动：${why}`,
  play: '播放',
  pause: '暂停',
  trainingStep: '训练步数',
  frame: {
    copyLinkTo: (title: string) => `复制指向示例的链接：${title}`,
    controls: '训练控件',
    step: '单步',
    reset: '重置',
    copyLink: '复制指向此状态的链接',
    stepCount: '步数',
    backend: 'TF.js 后端：',
    notLoaded: '尚未加载',
    loading: '示例滚动到视野中时才会加载。',
    ownData: '使用你自己的数据',
    yourData: '你的数据（JSON）',
    useData: '使用这些数据',
    toyData: '换回玩具数据',
    showCode: '查看这个示例运行的代码',
  },
  prompts: ['怎样重置我的密码？', '朋友送了我一份礼物。', '你能推荐一本书吗？'],
  promptNames: ['密码', '礼物', '书'],
  quote: (text: string) => `“${text}”`,
  paren: ['（', '）'],
  and: (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`,
  or: (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`,
  percent: (v: string) => `${v}%`,
};

export const SHELL_STRINGS: Record<Locale, ShellStrings> = { en, zh };

/** The shell's sentences for the page being read (English in Node). */
export const shellStrings = (): ShellStrings => SHELL_STRINGS[uiLocale()];

/** "a number from 0.001 to 5", in the reader's language. */
export function rangeText(spec: FieldSpec, locale: Locale = uiLocale()): string {
  return SHELL_STRINGS[locale].rangeText(spec);
}
