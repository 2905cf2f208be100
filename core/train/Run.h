#pragma once
// Building a RunRecord around a training run, for every front end (the GUI's training
// controller, the command line):
//
//   RunRecord r = beginRun(name, model, spec, splits, config);  // what is trained, on what
//   ... Trainer::train, with a RunRecorder (or another observer) appending r.batches ...
//   finishRun(r, result, model, splits.test);                    // how it went, where it ended
#include <string>

#include "data/DataSpec.h"
#include "nn/Model.h"
#include "train/RunRecord.h"
#include "train/Trainer.h"

namespace mtl {

// The "what was trained" part: name, the model's graph and schema, the data spec with the loaded
// data's description and notes, the configuration, and the task names in Model::heads() order.
RunRecord beginRun(const std::string& name, const Model& model, const DataSpec& spec,
                   const DataSplits& data, const TrainConfig& config);

// The "how it went" and "where it ended" parts: the trainer's result (ok, stopped, reason,
// seconds, epoch history), the evaluation of `model` (with the weights it holds now) on `test`
// with per-head ROC curves (binary heads; empty for regression heads), the gate analysis
// (RunRecord::gateSummary, see analyseGates), and, when `keepWeights`,
// the weights by parameter name (as captureModel stores them). Batch snapshots are not touched:
// they are appended while training runs.
void finishRun(RunRecord& record, const TrainResult& result, Model& model, const Dataset& test,
               bool keepWeights = true);

// Test-set evaluation with ROC curves, as finishRun does it: fills record.test and record.roc
// (and, when `gateWeights` is given, every gate's weights per test example, see evaluate()).
void evaluateRun(RunRecord& record, Model& model, const Dataset& test,
                 std::vector<Mat>* gateWeights = nullptr);

// The gate analysis of a model (see metrics/GateAnalysis.h): `gates` and `gateWeights` from
// evaluate() on `data`; the experts' outputs are compared on the first `expertRows` rows of
// `data` (one forward pass). finishRun stores it in RunRecord::gateSummary.
GateSummary analyseGates(Model& model, const Dataset& data, const std::vector<GateStats>& gates,
                         const std::vector<Mat>& gateWeights, int expertRows = 2048);

// An observer that appends every batch snapshot it receives to a record (the trainer already
// thins them to every TrainConfig::batchSnapshotEvery batches).
class RunRecorder : public TrainObserver {
public:
    explicit RunRecorder(RunRecord& record) : record_(record) {}
    void onBatch(const BatchSnapshot& s) override { record_.batches.push_back(s); }

private:
    RunRecord& record_;
};

}  // namespace mtl
