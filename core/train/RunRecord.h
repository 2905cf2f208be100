#pragma once
// Everything kept of one training run: what was trained (graph, data, hyper-parameters), how it
// went (batch and epoch snapshots, the reason it ended), where it ended (test metrics, ROC curves,
// final gate statistics) and, optionally, the trained weights. Runs are stored in project files
// so they can be reopened, overlaid and compared.
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "graph/Graph.h"
#include "metrics/GateAnalysis.h"
#include "metrics/Metrics.h"
#include "train/Trainer.h"

namespace mtl {

struct RunRecord {
    std::string name;  // e.g. "Run 3: MMoE"
    Graph graph;
    DataSchema schema;
    DataSpec data;
    std::string dataDescription;  // DataSplits::description of the loaded data
    std::vector<std::string> dataNotes;
    TrainConfig config;
    std::vector<std::string> taskNames;  // heads, in Model::heads() order
    std::vector<BatchSnapshot> batches;  // as recorded (every config.batchSnapshotEvery batches)
    std::vector<EpochSnapshot> epochs;
    bool ok = true, stopped = false;
    std::string endReason;
    double seconds = 0;
    EvalResult test;  // on the test split, with the final weights
    // Per head (same order as taskNames), the test ROC curve as (false positive rate, true
    // positive rate) points, thinned to at most about 1000 points; empty for regression heads.
    std::vector<std::vector<std::pair<double, double>>> roc;
    // Gate analysis of the final weights on the test split (empty for a model without gates
    // and in files written before it was recorded).
    GateSummary gateSummary;
    // Task conflict over the run's measured steps, as TrainResult gives it (conflictSamples 0:
    // not measured; files written before it was recorded read as not measured).
    int conflictSamples = 0;
    double meanCosine = std::nan(""), conflictShare = std::nan("");
    double changedShare = std::nan(""), meanGradientChange = std::nan("");
    std::vector<std::pair<std::string, Mat>> weights;  // by parameter name; may be empty
};

}  // namespace mtl
