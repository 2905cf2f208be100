#pragma once
// Gate inspection: where the gates send which examples, and what the experts learned (pure
// functions on matrices, no Qt, no model; the callers gather the matrices from a forward pass).
//
// Layout follows metrics/GateAnalysis.h: a gate's per-example weights are experts x examples; an
// expert's outputs are features x examples.
//
// - Slices: every example gets a slice code (-1: no value, left out of every slice). Categorical
//   columns: one slice per distinct value, sorted by value. Numeric columns: quantile bins (the
//   bin edges are the sorted values at ranks k*n/bins; equal edges merge, so a column with few
//   distinct values gets fewer bins; NaN is no value). Both are deterministic.
// - Allocation by slice: for one gate, the mean weight per expert in each slice with its count,
//   the overall mean, and how much routing depends on the slice: the mutual information (bits)
//   between the slice and the argmax expert (ties: lowest index) over the examples with a slice,
//   and the count-weighted mean Jensen-Shannon divergence (nats) of the slices' allocations from
//   the overall one. 0 for a slice independent of routing; MI = 1 bit for a balanced two-value
//   slice that decides the expert.
// - Expert similarity: the experts x experts linear CKA matrix (GateAnalysis linearCka; 1 on the
//   diagonal, NaN where an expert's output is constant) and the pairs i < j above the threshold.
// - Projection: PCA of per-example vectors (dims x examples) to 2-D from the covariance with
//   Eigen's SelfAdjointEigenSolver; each axis's sign is fixed so that its largest-|loading|
//   entry (lowest index on ties) is positive, so the result is deterministic. Fewer than two
//   examples or dims give zero axes beyond what exists.
// - Drill-down of one example: given each gate's weights over the experts it sees (and which
//   experts those are) and every expert's output vector, each expert's output norm and its
//   contribution weight x output to each gate's mixture; a gate's contributions sum to its mixture.
#include <Eigen/Core>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace mtl {

struct SliceColumn {
    std::string name;
    std::vector<std::string> labels;  // one per slice ("<value>", or "[lo, hi]" for a bin)
    std::vector<int> codes;           // one per example: index into labels, -1 = no value
    int slices() const { return static_cast<int>(labels.size()); }
};

// One slice per distinct non-empty value (sorted); empty strings are no value.
SliceColumn categoricalSlices(const std::string& name, const std::vector<std::string>& values);
// Quantile bins (at most `bins`, >= 1); NaN values are no value.
SliceColumn quantileSlices(const std::string& name, const std::vector<double>& values,
                           int bins = 4);

struct SliceAllocation {
    std::vector<int> counts;  // per slice
    Eigen::MatrixXd mean;     // slices x experts (NaN row for an empty slice)
    Eigen::VectorXd overall;  // experts: mean over the examples with a slice
    double mutualInformation = std::numeric_limits<double>::quiet_NaN();  // bits
    double weightedJs = std::numeric_limits<double>::quiet_NaN();         // nats
};

// `weights`: experts x examples of one gate; slices.codes.size() must equal the examples
// (otherwise an empty result with NaN measures).
SliceAllocation allocationBySlice(const Eigen::MatrixXd& weights, const SliceColumn& slices);

struct ExpertSimilarity {
    Eigen::MatrixXd cka;                          // experts x experts
    std::vector<std::pair<int, int>> duplicates;  // i < j with cka > threshold
};
ExpertSimilarity expertSimilarity(const std::vector<Eigen::MatrixXd>& outputs,
                                  double threshold = 0.95);

struct Projection2d {
    Eigen::MatrixXd points;                              // 2 x examples
    Eigen::MatrixXd axes;                                // dims x 2 (unit columns, or zero)
    Eigen::Vector2d variance = Eigen::Vector2d::Zero();  // explained variance per axis
    Eigen::VectorXd mean;                                // dims
};
Projection2d pca2d(const Eigen::MatrixXd& vectors);

struct ExampleDrillDown {
    Eigen::VectorXd expertNorms;                 // per expert: Euclidean norm of its output
    std::vector<Eigen::MatrixXd> contributions;  // per gate: features x (experts it sees)
    std::vector<Eigen::VectorXd> mixtures;       // per gate: sum of its contributions
};
// `gateWeights[g][i]` is gate g's weight on expert `gateExperts[g][i]` (an index into
// `expertOutputs`; the experts of one gate have one width, different gates' experts may differ).
// Bad indices or widths throw std::invalid_argument.
ExampleDrillDown drillDown(const std::vector<Eigen::VectorXd>& gateWeights,
                           const std::vector<std::vector<int>>& gateExperts,
                           const std::vector<Eigen::VectorXd>& expertOutputs);

}  // namespace mtl
