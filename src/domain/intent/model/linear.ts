/**
 * The learned intent model: multinomial logistic regression over hashed features
 * (features.ts), trained offline by scripts/train-intent-model.ts and shipped as
 * model/weights.ts. The weights are int8, one scale per class; reading a message costs one
 * pass over its features and no allocation beyond its code points.
 */
import type { Intent } from '../types';
import { forEachFeature, modelCodePoints, type FeatureConfig } from './features';

/** The shipped form: JSON-safe, the weights base64 of int8 laid out bucket by bucket. */
export interface ModelData extends FeatureConfig {
  classes: Intent[];
  bias: number[];
  scale: number[];
  /** base64 of `2^bits × classes.length` int8 weights, bucket-major. */
  weights: string;
  /** sha256 (hex) of the decoded weight bytes, checked by the tests. */
  sha256: string;
  /** What it was trained on, for the record. */
  trainedOn: string;
}

export interface LinearModel extends FeatureConfig {
  classes: readonly Intent[];
  bias: Float64Array;
  scale: Float64Array;
  weights: Int8Array;
}

/** Bytes from base64 without Buffer or atob (the domain uses no host API). */
function fromBase64(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) value[alphabet.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = value[clean.charCodeAt(i)] ?? 0;
    const b = value[clean.charCodeAt(i + 1)] ?? 0;
    const c = value[clean.charCodeAt(i + 2)] ?? 0;
    const d = value[clean.charCodeAt(i + 3)] ?? 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Base64 of bytes (the training script writes the model with it). */
export function toBase64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += alphabet[(n >> 18) & 63];
    out += alphabet[(n >> 12) & 63];
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? alphabet[n & 63] : '=';
  }
  return out;
}

export function loadModel(data: ModelData): LinearModel {
  const bytes = fromBase64(data.weights);
  const expected = (1 << data.bits) * data.classes.length;
  if (bytes.length !== expected)
    throw new Error(`intent model: ${bytes.length} weights, expected ${expected}`);
  return {
    bits: data.bits,
    minN: data.minN,
    maxN: data.maxN,
    words: data.words,
    classes: data.classes,
    bias: Float64Array.from(data.bias),
    scale: Float64Array.from(data.scale),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
  };
}

/** What the model thinks of a message: the probability of each class, in `classes` order. */
export interface ModelReading {
  probabilities: Float64Array;
  /** Index of the most probable class. */
  best: number;
}

/**
 * Probabilities of each class for a text. `into` (length = classes) is reused when given,
 * so a caller reading many messages allocates nothing per message but the code points.
 */
export function predict(model: LinearModel, text: string, into?: Float64Array): ModelReading {
  const k = model.classes.length;
  const sums = into ?? new Float64Array(k);
  sums.fill(0);
  const w = model.weights;
  const count = forEachFeature(modelCodePoints(text), model, (bucket) => {
    const base = bucket * k;
    for (let c = 0; c < k; c++) sums[c] = (sums[c] ?? 0) + (w[base + c] ?? 0);
  });
  const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    const logit = (model.bias[c] ?? 0) + (model.scale[c] ?? 0) * (sums[c] ?? 0) * norm;
    sums[c] = logit;
    if (logit > max) max = logit;
  }
  let total = 0;
  let best = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((sums[c] ?? 0) - max);
    sums[c] = e;
    total += e;
    if (e > (sums[best] ?? 0)) best = c;
  }
  for (let c = 0; c < k; c++) sums[c] = (sums[c] ?? 0) / total;
  return { probabilities: sums, best };
}
