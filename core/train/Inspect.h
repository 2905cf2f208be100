#pragma once
// Gate inspection of a model on a data split (what `mtlstudio-cli inspect` prints): the data's
// column to slice by, every gate's allocation per slice, and the similarity of the experts'
// outputs over the same rows (see metrics/GateInspect.h for the measures).
//
// Slice columns, looked up by name in this order: a task label (binary: "0" / "1", NaN = no value;
// regression: quantile bins), a side column that is not an input (DataSplits::side, e.g. census
// education), a numeric feature (quantile bins of the values the model sees, i.e. standardised
// for census), a categorical feature (one slice per code, labelled "code K"; 0 = unseen). An
// unknown name throws std::invalid_argument listing the columns.
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
                            int bins = 4);
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
};

// Evaluates `model` on `data` (every row, in batches) and inspects its gates by `slices` (one
// code per row of `data`; a mismatch throws std::invalid_argument). Duplicates: CKA > threshold.
GateInspection inspectGates(Model& model, const Dataset& data, SliceColumn slices,
                            double duplicateThreshold = 0.95, int batchSize = 4096);

}  // namespace mtl
