#pragma once
// The synthetic two-task regression data of the MMoE paper: Ma et al., "Modeling Task
// Relationships in Multi-task Learning with Multi-gate Mixture-of-Experts", KDD 2018, Sec. 3.2.
//
//   1. u1, u2: orthogonal unit vectors in R^d (Gram-Schmidt on two N(0, I_d) draws).
//   2. w1 = c * u1,  w2 = c * (p * u1 + sqrt(1 - p^2) * u2), so cos(w1, w2) = p.
//   3. x ~ N(0, I_d).
//   4. y_k = w_k^T x + sum_{i=1..m} sin(alpha_i * w_k^T x + beta_i) + eps_k,
//      eps_k ~ N(0, noiseStd^2), alpha_i ~ N(0, alphaScale^2), beta_i ~ N(0, betaScale^2);
//      alpha and beta are drawn once and shared by both tasks.
//
// Because of the sinusoids, the Pearson correlation of the labels is not exactly p: for
// 0 <= p <= 1 it is 0 in expectation at p = 0, rises monotonically with p and stays below p, by an
// amount that depends on the drawn alpha/beta, i.e. on the seed (with the defaults and 10,000
// rows, seeds 1..10 gave 0.23..0.47 at p = 0.5 and 0.71..0.89 at p = 0.9). The measured value is
// reported (SyntheticInfo::measuredCorrelation and DataSplits::notes).
//
// Defaults: d = 100, c = 1, m = 10 and noise standard deviation 0.01 follow the paper's text
// (it writes the noise as N(0, 0.01); we read 0.01 as the standard deviation - at either reading
// the noise is negligible next to the unit-variance linear term). alpha_i, beta_i ~ N(0, 1). The
// paper does not give sample counts; we default to 10,000 / 2,000 / 2,000 train / valid / test
// rows.
//
// Determinism: all randomness comes from one std::mt19937_64 seeded with `seed`, turned into
// normals by our own Box-Muller transform, so a seed gives the same data on every platform (up to
// floating-point rounding of sin/sqrt/log). Draw order: u1's and u2's Gaussian vectors, alpha,
// beta, then for each row (train, then valid, then test) x followed by eps1, eps2. Nothing drawn
// depends on p, c, noiseStd or binary, so changing those with a fixed seed keeps x, u1, u2,
// alpha, beta identical (common random numbers).
//
// Output: d numeric features "x1".."xd" (left unscaled: already N(0, 1)), no categorical fields,
// two tasks "task1", "task2": TaskKind::Regression with raw y_k, or, with binary = true,
// TaskKind::Binary with label 1 if y_k > the median of y_k over the training rows (the same
// thresholds are applied to valid and test).
#include <Eigen/Core>

#include "data/Dataset.h"

namespace mtl {

struct SyntheticConfig {
    int d = 100;              // input dimension (paper: 100)
    int nTrain = 10000;       // training rows
    int nValid = 2000;        // validation rows
    int nTest = 2000;         // test rows
    double c = 1.0;           // scale of the task weight vectors (paper: 1)
    int m = 10;               // number of sinusoids (paper: 10)
    double alphaScale = 1.0;  // alpha_i ~ N(0, alphaScale^2)
    double betaScale = 1.0;   // beta_i ~ N(0, betaScale^2)
    double noiseStd = 0.01;   // eps_k ~ N(0, noiseStd^2)
    double p = 0.5;           // task correlation = cosine similarity of w1 and w2, in [-1, 1]
    unsigned long long seed = 1;
    bool binary = false;  // threshold each label at its training median -> two binary tasks
};

// What was drawn, for inspection and tests.
struct SyntheticInfo {
    Eigen::VectorXd u1, u2, w1, w2;  // d each
    Eigen::VectorXd alpha, beta;     // m each
    // Pearson correlation of the two label vectors on the training split, as returned
    // (i.e. of the binary labels if binary = true). Also written to DataSplits::notes.
    double measuredCorrelation = 0;
    // Pearson correlation of the continuous labels y1, y2 on the training split (equal to
    // measuredCorrelation when binary = false).
    double regressionCorrelation = 0;
    double threshold1 = 0, threshold2 = 0;  // training medians used when binary = true
};

// Throws std::invalid_argument for d < 2, m < 0, |p| > 1, nTrain < 2 or negative counts.
// If info is given, it receives the drawn vectors and the measured correlation.
DataSplits makeSynthetic(const SyntheticConfig& config, SyntheticInfo* info = nullptr);

}  // namespace mtl
