// Hands the main thread back to the page between stages of work that would otherwise run as one long
// task (starting a widget: the backend, building the trainer, drawing it, replaying steps). A task over
// 50 ms delays the reader's taps and keys; Lighthouse counts it as blocking time.
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
