#pragma once
// A synthetic impression -> click -> conversion funnel with sample-selection bias, for ESMM (Ma et
// al., "Entire Space Multi-Task Model: An Effective Approach for Estimating Post-Click Conversion
// Rate", SIGIR 2018). Census-income has no such funnel; this generator makes one whose selection
// bias is a parameter.
//
//   1. u, v: orthonormal vectors in R^d (Gram-Schmidt on two N(0, I_d) draws, as in Synthetic.h).
//      v is the conversion direction: the CVR-relevant features are x^T v.
//   2. The click direction w = sqrt(1 - b^2) * u + b * v, where b is the bias strength in [-1, 1]
//      (b = cos(w, v): how strongly the features that drive clicking also drive conversion).
//   3. x ~ N(0, I_d) per impression.
//   4. pCTR(x) = sigmoid(a + kc * w^T x). a is solved (by quadrature over w^T x ~ N(0, 1), not
//      by sampling) so that the expected click rate over all impressions is `clickRate`.
//   5. The conversion score s(x) = z + sum_{i=1..m} sin(alpha_i * z + beta_i), z = v^T x (the
//      MMoE paper's non-linearity, Sec. 3.2), alpha_i, beta_i ~ N(0, 1); standardised to mean 0
//      and variance 1 over z ~ N(0, 1) (by quadrature). pCVR(x) = sigmoid(c + kv * s_std(x)), c
//      solved so that the expected conversion propensity over all impressions is
//      `conversionRate`.
//   6. click ~ Bernoulli(pCTR(x)); a LATENT conversion outcome ~ Bernoulli(pCVR(x)) for every
//      impression (what would have happened had the user clicked), independent of the click
//      given x. Conversion is OBSERVED only after a click: the label click_and_conversion is
//      click * conversion (ESMM's pCTCVR label).
//
// Selection bias: at b = 0 the click does not depend on x^T v, so clicked and unclicked users
// have the same distribution of the CVR-relevant features (and the same conversion propensity);
// a conversion model trained on clicked rows sees the same CVR features as the entire space. As
// |b| grows, clicked users concentrate where w^T x is large, i.e. (for b > 0) where x^T v and so
// pCVR is high: the clicked rows are a biased sample of the entire space in exactly the features
// that decide conversion, and a model fitted there must extrapolate to the rest.
// Nothing here is unobserved: pCVR(x) = P(conversion | x, click) = P(conversion | x). The bias a
// clicked-only model shows on the entire space comes from where it has data (covariate shift
// through a non-linear pCVR), not from a hidden confounder.
//
// Defaults (our choice; the ESMM paper's data are Taobao logs): d = 16, 20,000 / 5,000 / 10,000
// train / valid / test impressions, click rate 0.2, conversion rate 0.2, bias 0.5, slopes kc = kv
// = 1.5 (logit per standard deviation of the score), m = 2 sinusoids.
//
// Determinism: all randomness comes from one std::mt19937_64 seeded with `seed`: u's and v's
// Gaussian vectors, alpha, beta, then for each impression (train, then valid, then test) its x
// (Box-Muller normals as in Synthetic.h), a uniform for the click and a uniform for the latent
// conversion. Nothing drawn depends on clickRate, conversionRate, bias or the slopes, and the
// intercepts do not depend on the bias: with a fixed seed, changing the bias keeps x, the latent
// conversions and pCVR identical and changes only who clicks (common random numbers).
//
// Output: d numeric features "x1".."xd" (unscaled, already N(0, 1)), two binary tasks "click"
// and "click_and_conversion" (the ESMM template's schema, templateSchema("esmm", ...)). The
// latent conversions and the true propensities are NOT in the data set (they are unobservable in
// a real funnel): they are returned in FunnelInfo, for evaluation only.
#include <Eigen/Core>
#include <vector>

#include "data/Dataset.h"

namespace mtl {

struct FunnelConfig {
    int d = 16;                    // input dimension
    int nTrain = 20000;            // training impressions
    int nValid = 5000;             // validation impressions
    int nTest = 10000;             // test impressions
    double clickRate = 0.2;        // expected pCTR over all impressions, in (0, 1)
    double conversionRate = 0.2;   // expected pCVR over all impressions, in (0, 1)
    double bias = 0.5;             // selection-bias strength b = cos(click direction, v), [-1, 1]
    double clickSlope = 1.5;       // kc: click logit per standard deviation of w^T x, 0 to 100
    double conversionSlope = 1.5;  // kv: conversion logit per standard deviation of s, 0 to 100
    int m = 2;                     // sinusoids of the conversion score, 0 to 1000
    unsigned long long seed = 1;
};

// The ground truth of one split, per impression (in row order), for evaluation only.
struct FunnelTruth {
    std::vector<float> pCtr;        // true click probability
    std::vector<float> pCvr;        // true conversion propensity (entire space)
    std::vector<float> conversion;  // latent conversion outcome (0/1), observed only if clicked
};

// What was drawn and measured, for inspection, tests and evaluation.
struct FunnelInfo {
    Eigen::VectorXd u, v, w;      // d each: click-only direction, conversion direction, click
    Eigen::VectorXd alpha, beta;  // m each
    double clickIntercept = 0, conversionIntercept = 0;  // a, c
    double scoreMean = 0, scoreStd = 1;  // of the raw conversion score s over z ~ N(0, 1)
    FunnelTruth train, valid, test;
    // Measured on the training split:
    double clickRate = 0;                // fraction of impressions clicked
    double conversionRateClicked = 0;    // latent conversions among clicked impressions
    double conversionRateUnclicked = 0;  // latent conversions among unclicked impressions
    double conversionRateAll = 0;        // latent conversions over all impressions
    double cvrFeatureMeanClicked = 0;    // mean of x^T v over clicked impressions
    double cvrFeatureMeanUnclicked = 0;  // mean of x^T v over unclicked impressions
};

// Throws std::invalid_argument (naming the parameter, its range and the value) for d < 2,
// nTrain < 2, negative nValid / nTest, rates outside (0, 1), |bias| > 1, slopes outside [0, 100],
// m outside [0, 1000]. If info is given, it receives the drawn vectors and the ground truth.
DataSplits makeFunnel(const FunnelConfig& config, FunnelInfo* info = nullptr);

// Checks `config` as makeFunnel does, without generating anything.
void checkFunnelConfig(const FunnelConfig& config);

// The clicked impressions of a funnel split as a single-task data set for a CVR model trained on
// the click space: same features, one binary task "conversion" whose label is the observed
// conversion (click_and_conversion) of the clicked rows. `rows` (optional) receives the indices
// of those rows in `split`. Throws std::invalid_argument when `split` has no task "click" or
// "click_and_conversion".
Dataset clickedConversionData(const Dataset& split, std::vector<int>* rows = nullptr);

}  // namespace mtl
