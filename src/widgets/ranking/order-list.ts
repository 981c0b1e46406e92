// The reader's order of prompt 0's candidates: a list of four items, reordered by drag and drop or by
// each item's Move up / Move down buttons. It knows nothing of training: it shows an order and reports
// the move a reader asks for. Listeners sit on the widget root, so they survive a re-rendered body.
import { K } from '../../lib';

export class OrderList {
  private dragged: HTMLLIElement | undefined;

  /** `move(k, to)`: the reader asks to put candidate k at place `to` (0-based). */
  constructor(
    private readonly root: HTMLElement,
    private readonly move: (k: number, to: number) => Promise<void>,
    private readonly order: () => number[],
  ) {}

  private items(): HTMLLIElement[] {
    return [...this.root.querySelectorAll<HTMLLIElement>('[data-order-list] > li')];
  }

  private item(k: number): HTMLLIElement | undefined {
    return this.items().find((li) => li.dataset.candidate === String(k));
  }

  /** Puts the list's items in this order and enables only the moves that exist. */
  show(order: number[]) {
    const list = this.root.querySelector('[data-order-list]');
    if (!list) return;
    const current = this.items().map((li) => Number(li.dataset.candidate));
    // Only move nodes when the order changed: moving a node takes the keyboard focus away from it.
    if (current.join('-') !== order.join('-')) list.append(...order.map((k) => this.item(k)!));
    order.forEach((k, i) => {
      const li = this.item(k)!;
      li.querySelector<HTMLButtonElement>('[data-move="up"]')!.disabled = i === 0;
      li.querySelector<HTMLButtonElement>('[data-move="down"]')!.disabled = i === K - 1;
    });
  }

  bind() {
    const inList = (event: Event) => (event.target as Element).closest<HTMLLIElement>('[data-order-list] > li');
    this.root.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-order-list] button[data-move]');
      const li = button?.closest<HTMLLIElement>('li');
      if (!button || !li) return;
      const k = Number(li.dataset.candidate);
      const dir = button.dataset.move === 'up' ? -1 : 1;
      void this.move(k, this.order().indexOf(k) + dir).then(() => {
        // Keep the keyboard focus on the item that moved (on its other button at either end).
        const moved = this.item(k);
        if (!moved) return;
        const same = moved.querySelector<HTMLButtonElement>(`[data-move="${button.dataset.move}"]`)!;
        const other = moved.querySelector<HTMLButtonElement>(`[data-move="${dir < 0 ? 'down' : 'up'}"]`)!;
        (same.disabled ? other : same).focus();
      });
    });
    this.root.addEventListener('dragstart', (event) => {
      const li = inList(event);
      if (!li || !event.dataTransfer) return;
      this.dragged = li;
      li.classList.add('is-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', li.dataset.candidate!);
    });
    this.root.addEventListener('dragover', (event) => {
      const li = inList(event);
      if (!li || !this.dragged) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
      for (const item of this.items()) item.classList.toggle('is-drop-target', item === li && item !== this.dragged);
    });
    this.root.addEventListener('dragleave', (event) => {
      const li = inList(event);
      if (li && !li.contains(event.relatedTarget as Node | null)) li.classList.remove('is-drop-target');
    });
    this.root.addEventListener('drop', (event) => {
      const li = inList(event);
      const dragged = this.dragged;
      if (!li || !dragged) return;
      event.preventDefault();
      // The dropped reply takes the place of the one it was dropped on.
      const to = this.order().indexOf(Number(li.dataset.candidate));
      void this.move(Number(dragged.dataset.candidate), to);
    });
    this.root.addEventListener('dragend', () => {
      this.dragged = undefined;
      for (const item of this.items()) item.classList.remove('is-dragging', 'is-drop-target');
    });
  }
}
