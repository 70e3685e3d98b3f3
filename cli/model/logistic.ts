/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares):
 * deterministic, no learning rate to tune, converges in a handful of steps for the model's ~90 features.
 * The bias is not penalised.
 */

export interface LogisticFit {
  weights: Float64Array;
  bias: number;
  iterations: number;
}

export interface LogisticOptions {
  l2: number;
  /** Multiplier of the L2 penalty per feature (default 1): a larger one keeps that weight small. */
  l2Scale?: readonly number[];
  /** Per-row weights (default 1). */
  rowWeights?: readonly number[];
  maxIterations?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves A x = b for a symmetric positive-definite A (row-major, n×n) by Cholesky decomposition. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) l[i * n + i] = Math.sqrt(Math.max(sum, 1e-12));
      else l[i * n + j] = sum / (l[j * n + j] as number);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (y[k] as number);
    y[i] = sum / (l[i * n + i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * n + i] as number);
  }
  return x;
}

/** Fits P(y = 1 | x) = sigmoid(w·x + b). `rows` are feature vectors of equal length, `labels` 0/1. */
export function fitLogistic(
  rows: readonly Float64Array[],
  labels: readonly number[],
  options: LogisticOptions,
): LogisticFit {
  const d = rows[0]?.length ?? 0;
  const n = d + 1; // last coordinate = bias
  const theta = new Float64Array(n);
  const maxIterations = options.maxIterations ?? 50;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const grad = new Float64Array(n);
    const hess = new Float64Array(n * n);
    rows.forEach((x, r) => {
      const s = options.rowWeights?.[r] ?? 1;
      let z = theta[d] as number;
      for (let i = 0; i < d; i++) z += (theta[i] as number) * (x[i] as number);
      const p = sigmoid(z);
      const g = s * (p - (labels[r] as number));
      const h = s * p * (1 - p);
      for (let i = 0; i < d; i++) {
        const xi = x[i] as number;
        if (xi === 0) continue;
        grad[i] = (grad[i] as number) + g * xi;
        const hx = h * xi;
        for (let j = 0; j <= i; j++) {
          const xj = x[j] as number;
          if (xj !== 0) hess[i * n + j] = (hess[i * n + j] as number) + hx * xj;
        }
        hess[d * n + i] = (hess[d * n + i] as number) + hx;
      }
      grad[d] = (grad[d] as number) + g;
      hess[d * n + d] = (hess[d * n + d] as number) + h;
    });
    for (let i = 0; i < d; i++) {
      const l2 = options.l2 * (options.l2Scale?.[i] ?? 1);
      grad[i] = (grad[i] as number) + l2 * (theta[i] as number);
      hess[i * n + i] = (hess[i * n + i] as number) + l2;
    }
    hess[d * n + d] = (hess[d * n + d] as number) + 1e-6;
    // Mirror the lower triangle.
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) hess[j * n + i] = hess[i * n + j] as number;
    const step = solveSpd(hess, grad, n);
    let change = 0;
    for (let i = 0; i < n; i++) {
      theta[i] = (theta[i] as number) - (step[i] as number);
      change = Math.max(change, Math.abs(step[i] as number));
    }
    if (change < 1e-9) {
      iterations++;
      break;
    }
  }
  return { weights: theta.slice(0, d), bias: theta[d] as number, iterations };
}

/** Temperature T minimising the log-loss of sigmoid(logit / T) (golden-section search on [0.2, 5]). */
export function fitTemperature(logits: readonly number[], labels: readonly number[]): number {
  const loss = (t: number) => {
    let sum = 0;
    logits.forEach((z, i) => {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(z / t)));
      sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
    });
    return sum;
  };
  let lo = 0.2;
  let hi = 5;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 80; k++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (loss(a) < loss(b)) hi = b;
    else lo = a;
  }
  return (lo + hi) / 2;
}
