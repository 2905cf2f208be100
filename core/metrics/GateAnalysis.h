#pragma once
// Gate analysis: numbers that make runs' gates comparable (pure functions, no Qt, no model).
//
// - Jensen-Shannon divergence (natural log: 0 for equal distributions, ln 2 for disjoint ones)
//   between gates' mean distributions, over the experts both gates see (each restricted to them
//   and renormalised; NaN when they share fewer than two experts), as a gates x gates matrix and
//   its mean over the pairs of gates serving two different single tasks (GateStats::task()); the
//   same per example, averaged over the examples (needs per-example gate weights).
// - Expert-usage entropy of each gate's mean distribution (nats) and normalised by ln E (E: the
//   experts the gate sees; NaN for E < 2).
// - Dead experts: an expert whose mean weight is below `deadFactor / E` in every gate that sees
//   it (seen by at least one gate).
// - Similarity of experts' outputs: linear CKA (Kornblith et al. 2019) between the experts'
//   output matrices over the same examples (1 for identical or rotated / scaled outputs; NaN when
//   an expert's output is constant); pairs above `duplicateThreshold` are near-duplicates.
//
// Experts are identified by GateExpert (block node id, index in the block); a gate without
// identity (GateStats::experts empty, e.g. from an old file) is taken to see experts {-1, 0..E-1}.
#include <Eigen/Core>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "metrics/Metrics.h"

namespace mtl {

struct GateSummary {
    // The fields the experiment engine reads (indices: gates in the run's GateStats order;
    // experts in `experts` order).
    std::vector<std::vector<double>> jsMatrix;  // gates x gates, NaN on no common experts
    double meanJs = std::numeric_limits<double>::quiet_NaN();         // over single-task pairs
    double meanExampleJs = std::numeric_limits<double>::quiet_NaN();  // same pairs, per example
    std::vector<double> entropy;                                      // per gate, nats
    std::vector<double> normalisedEntropy;                            // per gate, / ln E
    std::vector<int> deadExperts;                                     // indices into `experts`
    std::vector<std::vector<double>> expertSimilarity;                // experts x experts (CKA)
    std::vector<std::pair<int, int>> nearDuplicates;                  // i < j, over threshold
    // What the indices refer to.
    std::vector<std::string> gateNames;    // the task served ("income"; on a CGC/PLE level
                                           //   "level1.income"), else the gate's label
    std::vector<GateExpert> experts;       // every expert of the model (or seen by a gate)
    std::vector<std::string> expertNames;  // "<block>.<label>" or "e<i>"
    bool empty() const { return gateNames.empty() && experts.empty(); }
};

struct GateAnalysisOptions {
    double deadFactor = 0.1;           // dead: mean weight < deadFactor / E in every gate
    double duplicateThreshold = 0.95;  // near-duplicate experts: similarity above this
};

// Jensen-Shannon divergence of two distributions over the same outcomes (each normalised to sum
// 1 first; NaN for mismatched sizes, empty, negative or zero-sum input).
double jensenShannon(const std::vector<double>& p, const std::vector<double>& q);
// Shannon entropy in nats of a distribution (normalised first; NaN for bad input as above).
double entropy(const std::vector<double>& p);
// Linear CKA between two output matrices (features x examples, same examples).
double linearCka(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y);

// The experts a gate sees, one per weight (its identity, or {-1, e}).
std::vector<GateExpert> gateExperts(const GateStats& g);
// The positions (in a, in b) of the experts both gates see, in a's order.
std::vector<std::pair<int, int>> commonExperts(const GateStats& a, const GateStats& b);

std::vector<std::vector<double>> gateJsMatrix(const std::vector<GateStats>& gates);
// Mean over examples of the JS between gates a and b (their per-example weights wa, wb: experts x
// examples, same examples), over their common experts; NaN as the matrix.
double meanExampleJs(const GateStats& a, const GateStats& b, const Eigen::MatrixXd& wa,
                     const Eigen::MatrixXd& wb);
// Dead experts among `experts` (indices into it).
std::vector<int> deadExperts(const std::vector<GateStats>& gates,
                             const std::vector<GateExpert>& experts, double deadFactor = 0.1);

// Everything above for one run. `perExample` (may be empty): per gate, its weights per example;
// `experts` (may be empty: then the experts the gates see, in order of first appearance) with
// `expertNames` and `expertOutputs` (features x examples, one per expert, or empty: no similarity).
GateSummary summarizeGates(const std::vector<GateStats>& gates,
                           const std::vector<Eigen::MatrixXd>& perExample,
                           std::vector<GateExpert> experts, std::vector<std::string> expertNames,
                           const std::vector<Eigen::MatrixXd>& expertOutputs,
                           const GateAnalysisOptions& options = {});

}  // namespace mtl
