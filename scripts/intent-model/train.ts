/**
 * Training of the learned intent model (src/domain/intent/model): multinomial logistic
 * regression over hashed features, fitted by AdaGrad in a fixed order (a seeded shuffle),
 * so the same examples and options always give the same bytes. Then quantised to int8.
 */
import { createHash } from 'node:crypto';
import {
  forEachFeature,
  modelCodePoints,
  type FeatureConfig,
} from '../../src/domain/intent/model/features';
import { toBase64, type ModelData } from '../../src/domain/intent/model/linear';
import { INTENTS, type Intent } from '../../src/domain/intent/types';
import { seededRandom } from '../../test/reliability/support/random';

export interface Example {
  text: string;
  label: Intent;
  /** Where it came from (a file name), for leaving a batch out. */
  source: string;
}

export interface TrainOptions extends FeatureConfig {
  epochs: number;
  seed: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 pull towards zero, applied to the weights an example touches. */
  l2: number;
  /**
   * How many shuffles (seed, seed + 1, …) to fit and average (round 8). One fit's weights
   * depend on the order it met the examples in, so adding a corpus moved readings that sat
   * near a threshold; the mean of several orders moves less. Default 1 (a single fit).
   */
  orders?: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  bits: 17,
  minN: 1,
  maxN: 4,
  words: true,
  epochs: 12,
  seed: 18,
  rate: 0.2,
  l2: 1e-5,
};

function featuresOf(text: string, config: FeatureConfig): Int32Array {
  const out: number[] = [];
  forEachFeature(modelCodePoints(text), config, (b) => out.push(b));
  return Int32Array.from(out);
}

export function trainModel(
  examples: readonly Example[],
  options: TrainOptions = DEFAULT_OPTIONS,
  trainedOn = '',
): ModelData {
  const classes = [...INTENTS];
  const k = classes.length;
  const data = examples.map((e) => ({
    f: featuresOf(e.text, options),
    y: classes.indexOf(e.label),
  }));
  const orders = Math.max(1, options.orders ?? 1);
  const w = new Float64Array((1 << options.bits) * k);
  const bias = new Float64Array(k);
  for (let o = 0; o < orders; o++) {
    const fit = fitOnce(data, k, { ...options, seed: options.seed + o });
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) + (fit.w[i] ?? 0) / orders;
    for (let c = 0; c < k; c++) bias[c] = (bias[c] ?? 0) + (fit.bias[c] ?? 0) / orders;
  }
  return quantise(w, bias, options, classes, trainedOn);
}

/** One AdaGrad fit in the order of one seeded shuffle. */
function fitOnce(
  data: readonly { f: Int32Array; y: number }[],
  k: number,
  options: TrainOptions,
): { w: Float64Array; bias: Float64Array } {
  const size = (1 << options.bits) * k;
  const w = new Float64Array(size);
  const g = new Float64Array(size);
  const bias = new Float64Array(k);
  const gb = new Float64Array(k);
  const order = data.map((_, i) => i);
  // Seeded (mulberry32), so the shuffle is the same on every machine.
  const next = seededRandom(options.seed);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const ex = data[index];
      if (!ex || ex.f.length === 0) continue;
      const v = 1 / Math.sqrt(ex.f.length);
      for (let c = 0; c < k; c++) p[c] = bias[c] ?? 0;
      for (const b of ex.f)
        for (let c = 0; c < k; c++) p[c] = (p[c] ?? 0) + (w[b * k + c] ?? 0) * v;
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, p[c] ?? 0);
      let total = 0;
      for (let c = 0; c < k; c++) {
        p[c] = Math.exp((p[c] ?? 0) - max);
        total += p[c] ?? 0;
      }
      for (let c = 0; c < k; c++) {
        const grad = (p[c] ?? 0) / total - (c === ex.y ? 1 : 0);
        gb[c] = (gb[c] ?? 0) + grad * grad;
        bias[c] = (bias[c] ?? 0) - (options.rate * grad) / Math.sqrt((gb[c] ?? 0) + 1e-8);
        for (const b of ex.f) {
          const at = b * k + c;
          const step = grad * v + options.l2 * (w[at] ?? 0);
          g[at] = (g[at] ?? 0) + step * step;
          w[at] = (w[at] ?? 0) - (options.rate * step) / Math.sqrt((g[at] ?? 0) + 1e-8);
        }
      }
    }
  }
  return { w, bias };
}

/** int8 weights, one scale per class (its largest weight maps to ±127). */
function quantise(
  w: Float64Array,
  bias: Float64Array,
  config: FeatureConfig,
  classes: Intent[],
  trainedOn: string,
): ModelData {
  const k = classes.length;
  const scale = classes.map((_, c) => {
    let max = 0;
    for (let i = c; i < w.length; i += k) max = Math.max(max, Math.abs(w[i] ?? 0));
    return max > 0 ? max / 127 : 1;
  });
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const s = scale[i % k] ?? 1;
    q[i] = Math.max(-127, Math.min(127, Math.round((w[i] ?? 0) / s)));
  }
  const bytes = new Uint8Array(q.buffer);
  const round = (x: number): number => Number(x.toPrecision(8));
  return {
    bits: config.bits,
    minN: config.minN,
    maxN: config.maxN,
    words: config.words,
    classes,
    bias: [...bias].map(round),
    scale: scale.map(round),
    weights: toBase64(bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    trainedOn,
  };
}
