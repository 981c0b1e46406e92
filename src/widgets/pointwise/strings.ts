// Reader-visible sentences of the point-wise example, in one place for the translated edition.
export const POINTWISE_STRINGS = {
  label: { n: 'Samples per prompt n' },
  stepped: (method: string, loss: string, utility: string, kl: string) =>
    `${method} loss ${loss}, expected hidden utility ${utility}, KL to the reference ${kl}.`,
};
