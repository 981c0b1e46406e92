import { it } from 'vitest';
import { tf } from '../../../src/lib/tf';
it('probe', () => {
const x = tf.tensor1d([-120, -30, -1, 0, 1, 30, 120, -200]);
console.log(tf.logSigmoid(x).dataSync());
console.log(tf.neg(tf.softplus(tf.neg(x))).dataSync());
console.log(tf.grad(v=>tf.sum(tf.logSigmoid(v)))(x).dataSync());
console.log(tf.grad(v=>tf.sum(tf.neg(tf.softplus(tf.neg(v)))))(x).dataSync());
console.log(tf.log1p(tf.tensor1d([-1e-8, -1e-3])).dataSync());
console.log(tf.logSumExp(tf.tensor1d([-150,-151,-152])).dataSync(), tf.logSumExp(tf.tensor1d([-150,-151,-152])).shape);
console.log(tf.grad(v=>tf.logSumExp(v))(tf.tensor1d([-150,-151,-152])).dataSync());
console.log(tf.grad(v=>tf.sum(tf.relu(v)))(tf.tensor1d([-1,0,1])).dataSync());
console.log(tf.grad(v=>tf.sum(tf.maximum(v, tf.scalar(0))))(tf.tensor1d([-1,0,1])).dataSync());
console.log(tf.grad(v=>tf.sum(tf.clipByValue(v, 0.8,1.2)))(tf.tensor1d([0.5,0.8,1,1.2,1.5])).dataSync());
console.log(tf.sigmoid(tf.tensor1d([-120,120,-30,30])).dataSync());
console.log(tf.softplus(tf.tensor1d([-120,120,-30,30, 15, 20,-15,-20])).dataSync());
const m = tf.mean(tf.tensor1d([1,2])); console.log(m.shape, m.rank);
});
