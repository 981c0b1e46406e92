// Reader-visible sentences of the ranking example, in one place for the translated edition.
export const RANKING_STRINGS = {
  label: { beta: 'β' },
  method: { rrhf: 'RRHF', 'plackett-luce': 'Plackett–Luce', dpo: 'pair-wise DPO' } as Record<string, string>,
  stepped: (method: string, loss: string, policy: string, agreement: string) =>
    `${method} loss ${loss}; the policy ranks ${policy}; agreement with your order ${agreement} %.`,
  badOrder: (raw: string) =>
    `The link set ranking.order to “${raw}”, which is not an order of the four replies; the default order is used.`,
  moved: (reply: string, place: number, of: number, order: string) =>
    `${reply} moved to place ${place} of ${of}. Your order is now ${order}; training restarts from step 0.`,
};
