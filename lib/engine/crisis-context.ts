/**
 * Crisis meaning is often spread over two sentences ("I've been giving my things away. I won't need them.").
 * The crisis head also scores each pair of neighbouring sentences, on the union of their features plus a marker.
 */
import { hashFeature, type FeatureVector } from './features';

const PAIR = hashFeature('pair');

const concat = (a: Uint32Array, b: Uint32Array, extra: number[] = []): Uint32Array => {
  const out = new Uint32Array(a.length + b.length + extra.length);
  out.set(a);
  out.set(b, a.length);
  out.set(extra, a.length + b.length);
  return out;
};

export function pairVector(first: FeatureVector, second: FeatureVector): FeatureVector {
  return {
    ngrams: concat(first.ngrams, second.ngrams),
    shape: concat(first.shape, second.shape, [PAIR]),
  };
}
