// Running widgets by name, for the page's tests and the benchmark (window.__widgets).
import type { WidgetStats } from './training-widget';

declare global {
  interface Window {
    __widgets?: Record<string, { stats: WidgetStats }>;
  }
}

export function registerWidget(name: string, widget: { stats: WidgetStats }) {
  window.__widgets ??= {};
  window.__widgets[name] = widget;
}
