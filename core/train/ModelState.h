#pragma once
// The state of a trained model: architecture, data layout, training configuration, weights by
// parameter name and optionally the optimizer's and the loss weighting's state. One API read by
// the archive (io/Archive.h saves and loads it), the export (io/ExportTorch.h, io/Export.h) and
// runs (train/Run.cpp captures a run's final weights). It lives beside the trainer because it
// holds the training configuration (nn/ knows no training).
#include <string>
#include <utility>
#include <vector>

#include "data/Dataset.h"
#include "graph/Graph.h"
#include "io/ArchiveError.h"
#include "nn/Model.h"
#include "nn/Optimizer.h"
#include "nn/Tensor.h"
#include "train/Trainer.h"

namespace mtl {

// Optimizer state as stored in a model file. slot0/slot1 are aligned with ModelFile::weights
// (see Optimizer::slot0/slot1: slot1 is empty unless the optimizer is Adam).
struct OptimizerState {
    bool present = false;    // false: the file holds no optimizer state
    OptimizerConfig config;  // kind and hyper-parameters at save time
    long long steps = 0;
    std::vector<Mat> slot0, slot1;
};

// A trained model: the architecture, the data layout it was compiled for, how it was trained,
// its weights (by Param::name, in Model::params() order) and, optionally, the optimizer state
// needed to continue training exactly where it stopped.
struct ModelFile {
    Graph graph;
    DataSchema schema;
    TrainConfig train;
    std::vector<std::pair<std::string, Mat>> weights;
    OptimizerState optimizer;
    std::string note;          // free text (e.g. "census, 10 epochs, best AUC 0.95")
    WeightingState weighting;  // the loss weighting's learned state (class version 2; empty
                               //   before, and for methods without state)
    int realBytes = static_cast<int>(sizeof(Real));  // of the build that wrote the file
};

// Snapshot of a compiled model (graph, schema, weights) and, when `opt` is given, of the
// optimizer's configuration and state. `opt` must be attached to this model's parameters (an
// optimizer that was never attached contributes its config and steps but no moments).
// `weighting` (optional): the trainer's loss-weighting state (Trainer::weightingState).
ModelFile captureModel(const Model& model, const Optimizer* opt, const TrainConfig& train,
                       const WeightingState* weighting = nullptr);

// Copies the file's weights into `model`, matching parameters by name and shape. Every model
// parameter must be in the file and vice versa; otherwise throws ArchiveError (Mismatch) naming
// the parameter, and the model is left untouched. Weights (or optimizer state) that are not finite
// (NaN, infinity) throw ArchiveError (Corrupt) the same way: such a model scores nothing. When
// `opt` is given and the file holds optimizer state, the optimizer (which must be of the same kind)
// receives the moments and the step count and is attached to `model.params()`, so training
// continues exactly.
void restoreWeights(Model& model, const ModelFile& file, Optimizer* opt = nullptr);

}  // namespace mtl
