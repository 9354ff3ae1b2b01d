/**
 * Word vectors from unlabelled text: positive PMI of (word, neighbour-at-offset) counts, reduced
 * by a seeded randomised SVD; then a hierarchical binary code per word by recursive two-means
 * splits along each node's principal direction. Words used alike share long code prefixes.
 * Everything is deterministic (seeded, fixed iteration counts, sorted inputs).
 */
// @ts-nocheck

import { rng } from './rng.ts';

export interface Cooc {
  /** vocabulary size (rows) */
  V: number;
  /** context dimensions (columns) */
  D: number;
  /** CSR */
  rowPtr: Uint32Array;
  col: Uint32Array;
  val: Float32Array;
}

/** Counts (row, col) pairs into a CSR matrix of PPMI values (context distribution smoothed ^0.75). */
export function ppmi(pairs: Uint32Array, npairs: number, V: number, D: number): Cooc {
  const keys = pairs.subarray(0, npairs);
  keys.sort();
  const rowPtr = new Uint32Array(V + 1);
  const colL: number[] = [];
  const cntL: number[] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < npairs;) {
    let j = i;
    while (j < npairs && keys[j] === keys[i]) j++;
    const k = keys[i]!;
    rowOf.push(Math.floor(k / D));
    colL.push(k % D);
    cntL.push(j - i);
    i = j;
  }
  const nnz = colL.length;
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(D);
  let total = 0;
  for (let e = 0; e < nnz; e++) {
    const r = rowOf[e]!;
    const c = colL[e]!;
    rowSum[r] = rowSum[r]! + cntL[e]!;
    colSum[c] = colSum[c]! + cntL[e]!;
    total += cntL[e]!;
  }
  let colTot = 0;
  const colP = new Float64Array(D);
  for (let c = 0; c < D; c++) colTot += colP[c] = Math.pow(colSum[c]!, 0.75);
  const col = new Uint32Array(nnz);
  const val = new Float32Array(nnz);
  let k = 0;
  let e = 0;
  for (let r = 0; r < V; r++) {
    rowPtr[r] = k;
    while (e < nnz && rowOf[e] === r) {
      const pmi = Math.log(cntL[e]! / total / ((rowSum[r]! / total) * (colP[colL[e]!]! / colTot)));
      if (pmi > 0) {
        col[k] = colL[e]!;
        val[k] = pmi;
        k++;
      }
      e++;
    }
  }
  rowPtr[V] = k;
  return { V, D, rowPtr, col: col.slice(0, k), val: val.slice(0, k) };
}

/** Y (V×k) = A X, X is D×k row-major. */
function mulA(A: Cooc, X: Float64Array, k: number, Y: Float64Array): void {
  Y.fill(0);
  for (let r = 0; r < A.V; r++) {
    const yo = r * k;
    for (let e = A.rowPtr[r]!, end = A.rowPtr[r + 1]!; e < end; e++) {
      const v = A.val[e]!;
      const xo = A.col[e]! * k;
      for (let j = 0; j < k; j++) Y[yo + j] = Y[yo + j]! + v * X[xo + j]!;
    }
  }
}

/** X (D×k) = Aᵀ Y. */
function mulAt(A: Cooc, Y: Float64Array, k: number, X: Float64Array): void {
  X.fill(0);
  for (let r = 0; r < A.V; r++) {
    const yo = r * k;
    for (let e = A.rowPtr[r]!, end = A.rowPtr[r + 1]!; e < end; e++) {
      const v = A.val[e]!;
      const xo = A.col[e]! * k;
      for (let j = 0; j < k; j++) X[xo + j] = X[xo + j]! + v * Y[yo + j]!;
    }
  }
}

/** Orthonormalises the k columns of M (n×k, row-major), modified Gram-Schmidt, twice. */
function orthonormalise(M: Float64Array, n: number, k: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let d = 0;
        for (let r = 0; r < n; r++) d += M[r * k + i]! * M[r * k + j]!;
        for (let r = 0; r < n; r++) M[r * k + j] = M[r * k + j]! - d * M[r * k + i]!;
      }
      let s = 0;
      for (let r = 0; r < n; r++) s += M[r * k + j]! ** 2;
      s = Math.sqrt(s) || 1;
      for (let r = 0; r < n; r++) M[r * k + j] = M[r * k + j]! / s;
    }
  }
}

/** Symmetric eigen-decomposition (cyclic Jacobi) of S (k×k): eigenvalues and column eigenvectors. */
function jacobi(S: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(S);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * k + q]! - a[p * k + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p]!;
          const arq = a[r * k + q]!;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r]!;
          const aqr = a[q * k + r]!;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p]!;
          const vrq = v[r * k + q]!;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i]!;
  return { values, vectors: v };
}

/**
 * Rank-`dims` word vectors (V×dims, row-major, unit length) from the PPMI matrix: randomised SVD
 * (Halko et al. 2011) with `power` subspace iterations, scaled by the square root of the
 * singular values.
 */
export function svdVectors(A: Cooc, dims: number, seed: number, power = 2): Float32Array {
  const k = dims + 10;
  const rand = rng(seed);
  const X = new Float64Array(A.D * k);
  for (let i = 0; i < X.length; i++) X[i] = rand() * 2 - 1;
  const Y = new Float64Array(A.V * k);
  mulA(A, X, k, Y);
  orthonormalise(Y, A.V, k);
  for (let it = 0; it < power; it++) {
    mulAt(A, Y, k, X);
    orthonormalise(X, A.D, k);
    mulA(A, X, k, Y);
    orthonormalise(Y, A.V, k);
  }
  // B = Qᵀ A (k×D) stored as Bᵀ (D×k) = Aᵀ Q; S = B Bᵀ (k×k)
  mulAt(A, Y, k, X);
  const S = new Float64Array(k * k);
  for (let d = 0; d < A.D; d++) {
    const o = d * k;
    for (let i = 0; i < k; i++) {
      const xi = X[o + i]!;
      if (xi === 0) continue;
      for (let j = i; j < k; j++) S[i * k + j] = S[i * k + j]! + xi * X[o + j]!;
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) S[i * k + j] = S[j * k + i]!;
  const { values, vectors } = jacobi(S, k);
  const idx = [...values.keys()].sort((a, b) => values[b]! - values[a]! || a - b).slice(0, dims);
  // U = Q · eigvecs; vectors = U · sqrt(sigma) = U · values^(1/4)
  const out = new Float32Array(A.V * dims);
  for (let r = 0; r < A.V; r++) {
    let norm = 0;
    for (let c = 0; c < dims; c++) {
      const e = idx[c]!;
      let s = 0;
      for (let j = 0; j < k; j++) s += Y[r * k + j]! * vectors[j * k + e]!;
      s *= Math.pow(Math.max(values[e]!, 0), 0.25);
      out[r * dims + c] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    for (let c = 0; c < dims; c++) out[r * dims + c] = out[r * dims + c]! / norm;
  }
  return out;
}

/**
 * Hierarchical binary codes: the root holds every word; each node splits its words in two by
 * two-means (seeded from the principal direction), for `depth` levels. Bit `depth-1-l` of a code
 * is the side taken at level l, so codes sharing a prefix share the upper part of the tree.
 */
export function treeCodes(vecs: Float32Array, n: number, dims: number, depth: number): Uint32Array {
  const codes = new Uint32Array(n);
  let groups: number[][] = [[...Array(n).keys()]];
  const mean = new Float64Array(dims);
  const dir = new Float64Array(dims);
  const tmp = new Float64Array(dims);
  for (let level = 0; level < depth; level++) {
    const next: number[][] = [];
    for (const g of groups) {
      if (g.length < 2) continue;
      mean.fill(0);
      for (const w of g) for (let d = 0; d < dims; d++) mean[d] = mean[d]! + vecs[w * dims + d]!;
      for (let d = 0; d < dims; d++) mean[d] = mean[d]! / g.length;
      // principal direction by power iteration on the centred covariance
      for (let d = 0; d < dims; d++) dir[d] = ((d * 7919 + level * 104729) % 17) - 8;
      for (let it = 0; it < 12; it++) {
        tmp.fill(0);
        for (const w of g) {
          let p = 0;
          for (let d = 0; d < dims; d++) p += (vecs[w * dims + d]! - mean[d]!) * dir[d]!;
          for (let d = 0; d < dims; d++) tmp[d] = tmp[d]! + p * (vecs[w * dims + d]! - mean[d]!);
        }
        let s = 0;
        for (let d = 0; d < dims; d++) s += tmp[d]! ** 2;
        s = Math.sqrt(s) || 1;
        for (let d = 0; d < dims; d++) dir[d] = tmp[d]! / s;
      }
      // split at the median projection: a balanced tree
      const proj = g.map((w) => {
        let p = 0;
        for (let d = 0; d < dims; d++) p += (vecs[w * dims + d]! - mean[d]!) * dir[d]!;
        return p;
      });
      const order = g.map((_, i) => i).sort((a, b) => proj[a]! - proj[b]! || g[a]! - g[b]!);
      const half = order.length >> 1;
      const left = order.slice(0, half).map((i) => g[i]!);
      const right = order.slice(half).map((i) => g[i]!);
      for (const w of right) codes[w] = codes[w]! | (1 << (depth - 1 - level));
      next.push(left, right);
    }
    groups = next;
  }
  return codes;
}
