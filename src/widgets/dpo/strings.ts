// Reader-visible sentences of the DPO example, in one place for the translated edition.
export const DPO_STRINGS = {
  label: { beta: 'β', tau: 'IPO τ' },
  method: { dpo: 'DPO', ipo: 'IPO' } as Record<string, string>,
  stepped: (method: string, loss: string, accuracy: string, tv: string) =>
    `${method} loss ${loss}, accuracy ${accuracy} %, distance to the optimum ${tv}.`,
};
