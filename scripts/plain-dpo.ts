// A hand-written DPO for the autoregressive toy, in plain JavaScript with analytic gradients: the
// baseline the engine's TF.js DPO is measured against in `npm run bench`. Same model (a 27 × 9 table of
// logits with the end token masked at the start), same data, same full-batch gradient step.
//   log π(y|x) = Σ_t log softmax(W[c_t])[o_t],   ∂ log π / ∂W[c] = Σ_{t: c_t = c} (e_{o_t} − softmax(W[c]))
//   L = mean_b −log σ(β h_b),   −∂L/∂W = mean_b β σ(−β h_b) (∂ log π(y⁺_b) − ∂ log π(y⁻_b))
import { replyPositions } from '../src/lib/model/policy';
import type { Pair } from '../src/lib/data';
import { END_ID, V } from '../src/lib/world';

export function plainDpo(init: Float32Array, pairs: Pair[], beta: number, lr: number) {
  const C = init.length / V;
  const W = Float64Array.from(init);
  const mask = new Float64Array(C * V);
  for (let p = 0; p < 3; p++) mask[p * 9 * V + END_ID] = -1e9;
  const ref = softmaxTable(W, mask, C);
  const refLogp = (positions: ReturnType<typeof replyPositions>) =>
    positions.reduce((s, q) => s + Math.log(ref[q.ctx * V + q.out]), 0);
  const data = pairs.map((p) => {
    const chosen = replyPositions(p.prompt, p.chosen);
    const rejected = replyPositions(p.prompt, p.rejected);
    return { chosen, rejected, refMargin: refLogp(chosen) - refLogp(rejected) };
  });
  const grad = new Float64Array(C * V);
  return {
    step(): number {
      const probs = softmaxTable(W, mask, C);
      grad.fill(0);
      let loss = 0;
      for (const d of data) {
        const lp = (pos: typeof d.chosen) => pos.reduce((s, q) => s + Math.log(probs[q.ctx * V + q.out]), 0);
        const h = lp(d.chosen) - lp(d.rejected) - d.refMargin;
        const z = beta * h;
        loss += z > 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z));
        const weight = beta / (1 + Math.exp(z)); // β σ(−βh)
        const add = (pos: typeof d.chosen, sign: number) => {
          for (const q of pos) {
            for (let v = 0; v < V; v++) grad[q.ctx * V + v] -= sign * weight * probs[q.ctx * V + v];
            grad[q.ctx * V + q.out] += sign * weight;
          }
        };
        add(d.chosen, 1);
        add(d.rejected, -1);
      }
      const n = data.length;
      for (let i = 0; i < W.length; i++) W[i] += (lr * grad[i]) / n;
      return loss / n;
    },
  };
}

function softmaxTable(W: Float64Array, mask: Float64Array, C: number): Float64Array {
  const out = new Float64Array(W.length);
  for (let c = 0; c < C; c++) {
    let m = -Infinity;
    for (let v = 0; v < V; v++) m = Math.max(m, W[c * V + v] + mask[c * V + v]);
    let z = 0;
    for (let v = 0; v < V; v++) z += out[c * V + v] = Math.exp(W[c * V + v] + mask[c * V + v] - m);
    for (let v = 0; v < V; v++) out[c * V + v] /= z;
  }
  return out;
}
