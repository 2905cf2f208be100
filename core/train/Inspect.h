#pragma once
// Gate inspection of a model on a data split (what `mtlstudio-cli inspect` prints and the Inspect
// panel shows): the data's column to slice by, every gate's allocation per slice, each example's
// gate vector projected to 2-D, the similarity of the experts' outputs over the same rows, which
// input fields each expert is sensitive to, and one example followed through the model (see
// metrics/GateInspect.h for the measures).
//
// Slice columns, looked up by name in this order: a task label (binary: "0" / "1", NaN = no value;
// regression: quantile bins), a side column that is not an input (DataSplits::side, e.g. census
// education), a numeric feature (quantile bins), a categorical feature (one slice per value). With
// the loader's FeatureEncoding, numeric bins are of the raw values and categorical slices are
// named by their raw values ("?" for code 0, unseen in training); without it, of the values the
// model sees (standardised) and "code K". An unknown name throws std::invalid_argument listing
// the columns.
//
// Sensitivity of expert e to input field f: every row of a sample keeps its other fields and takes
// field f from another row of the sample (a fixed permutation: the field's distribution is kept,
// its link to the row is broken); the score is the mean over the sample of |out_e(x') - out_e(x)|
// divided by the mean |out_e(x)| (Euclidean norms). 0: the expert ignores the field. One forward
// pass of the sample per field, so it costs (fields + 1) forwards of `sensitivityRows` rows.
//
// Everything here is deterministic for a seed and runs on the caller's thread: the GUI calls it
// from a worker with a progress callback that may ask to stop (then InspectCancelled is thrown).
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "metrics/GateAnalysis.h"
#include "metrics/GateInspect.h"
#include "nn/Model.h"

namespace mtl {

enum class DataSplit { Train, Valid, Test };

// The slice column `column` of `split` of `data`; numeric columns in `bins` quantile bins.
SliceColumn dataSliceColumn(const DataSplits& data, DataSplit split, const std::string& column,
                            int bins = 4, const FeatureEncoding* encoding = nullptr);
// Every column that dataSliceColumn accepts, in lookup order.
std::vector<std::string> sliceColumnNames(const DataSplits& data);

struct GateInspection {
    SliceColumn slices;
    std::vector<GateStats> gates;             // evaluate()'s gates (labels, tasks, experts seen)
    std::vector<std::string> gateNames;       // as GateSummary::gateNames
    std::vector<SliceAllocation> allocation;  // per gate, over the experts it sees
    std::vector<std::string> expertNames;     // "<block>.<label>", every expert of the model
    std::vector<GateExpert> experts;          // their identity (same order)
    // Per gate, per weight: the index in `experts` of the expert weighed (-1 if unknown).
    std::vector<std::vector<int>> gateExperts;
    // Per gate, per weight: the expert's name (as in expertNames, else "e<i>").
    std::vector<std::vector<std::string>> gateExpertNames;
    ExpertSimilarity similarity;  // over every row of the split
    int rows = 0;
    double seconds = 0;  // wall time of the whole inspection

    // Per example (filled by inspectModel; inspectGates leaves them empty).
    std::vector<Eigen::MatrixXd> weights;  // per gate: its experts x rows
    std::vector<Projection2d> maps;        // per gate: PCA of its weight vectors
    std::vector<std::string> taskNames;    // heads, Model::heads() order
    Eigen::MatrixXd predictions;           // heads x rows
    Eigen::MatrixXd labels;                // heads x rows (NaN: no label)
    // Sensitivity (see above): fields are the numeric names then the categorical names.
    std::vector<std::string> fields;
    Eigen::MatrixXd sensitivity;  // experts x fields
    int sensitivityRows = 0;
    // Wall time of each part: evaluation + allocation by slice, the maps, the experts'
    // similarity, the sensitivity.
    double secondsSlices = 0, secondsMaps = 0, secondsSimilarity = 0, secondsSensitivity = 0;
};

// Evaluates `model` on `data` (every row, in batches) and inspects its gates by `slices` (one
// code per row of `data`; a mismatch throws std::invalid_argument). Duplicates: CKA > threshold.
GateInspection inspectGates(Model& model, const Dataset& data, SliceColumn slices,
                            double duplicateThreshold = 0.95, int batchSize = 4096);

struct InspectCancelled : std::runtime_error {
    InspectCancelled() : std::runtime_error("inspection cancelled") {}
};

struct InspectOptions {
    double duplicateThreshold = 0.95;
    int batchSize = 4096;
    int sensitivityRows = 4096;   // sample size (<= rows); 0: no sensitivity
    unsigned long long seed = 1;  // the sample and the permutation
    // Called with the fraction done (0..1); returning false stops with InspectCancelled.
    std::function<bool(double)> progress;
};

// inspectGates plus everything per example: gate weights, maps, predictions, sensitivity.
GateInspection inspectModel(Model& model, const Dataset& data, SliceColumn slices,
                            const InspectOptions& options = {});

// One example followed through the model.
struct ExampleInspection {
    int row = -1;
    std::vector<std::pair<std::string, std::string>> features;  // name, value (raw if known)
    std::vector<Eigen::VectorXd> gateWeights;  // per gate (GateInspection order), its experts
    ExampleDrillDown drill;                    // over GateInspection::experts
    std::vector<Eigen::VectorXd> towers;       // per head: its input (the tower's output)
    std::vector<double> predictions, labels;   // per head (label NaN: none)
};
// `inspection` must come from the same model (its gate and expert order); `row` in range, else
// std::invalid_argument.
ExampleInspection inspectExample(Model& model, const Dataset& data, int row,
                                 const GateInspection& inspection,
                                 const FeatureEncoding* encoding = nullptr);

}  // namespace mtl
