#pragma once
// Export of a trained model to PyTorch: a self-contained folder that trains and serves the model
// without MTL Studio.
//
// Contract. exportTorch() reads one model state (a ModelFile: graph, data schema, training
// configuration, weights by parameter name) and writes into `dir`:
//
//   model.py         generated: class ExportedModel(nn.Module), one submodule per graph node,
//                    attribute `node<id>` (node ids, not names, carry identity; each line is
//                    commented with the node's name and registry kind), and a forward() that runs
//                    the nodes in the engine's topological order; load_model(folder).
//   mtl_layers.py    the torch module of every registry kind (core/io/torch/mtl_layers.py).
//   weights.bin      every parameter as raw little-endian float32, back to back, each in the
//                    row-major layout of its torch tensor (an Eigen column-major matrix is
//                    written transposed where torch expects it: embedding tables, DSelect-k's
//                    static selectors). Chosen because C++ cannot write a torch .pt without
//                    libtorch, and raw float32 loads with torch.frombuffer alone.
//   weights.json     the index: per tensor its torch state_dict key, engine parameter name,
//                    shape, byte offset, weight decay flag and learning-rate scale.
//   model.json       the graph (node ids, registry kinds, names, parameters, edges), the data
//                    schema, the task heads (node id, task, kind, loss weight after the training
//                    configuration's overrides) and the training configuration.
//   preprocess.py    reads the run's data into the model's inputs: census-income and CSV from
//                    their files (parsed, split and encoded as core/data/Census.cpp and Csv.cpp
//                    do, with the column roles the run resolved), generated data from the encoded
//                    splits the export writes to data/ (raw arrays).
//   preprocess.json  the data spec and the encoding fitted on the training split: per numeric
//                    column mean and standard deviation, per categorical field its vocabulary
//                    (value of code k + 1; code 0 = not seen in training), label definitions.
//   train.py         DistributedDataParallel training under torchrun (gloo on CPU, nccl on GPU)
//                    with the engine's losses, masks, loss weights and optimizer; per-task loss
//                    and AUC per epoch.
//   README.md        how to run it.
//
// The exported module reproduces the engine's forward pass: predictions agree with the float
// engine to float32 rounding (tests/tst_export_torch.cpp checks every template). Training-time
// randomness (dropout masks, Top-k noise) is torch's, not the engine's. Built into the double
// engine (mtlcore_f64) the exporter writes the same float32 files (weights rounded to float32);
// parity is specified and tested against the float engine (mtlcore), the product.
//
// Refusals (ExportError, readable message): a graph the engine does not compile, weights that do
// not match it (restoreWeights' checks), a registry kind without an exporter, `dir` that is a
// file, or a non-empty `dir` unless options.force (then the export's files are replaced and
// other files are left alone). Nothing is written before the model has been checked.
#include <stdexcept>
#include <string>
#include <vector>

#include "data/Csv.h"
#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "train/ModelState.h"

namespace mtl {

class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The preprocessing of the data the model was trained on.
struct TorchExportData {
    DataSpec spec;
    FeatureEncoding encoding;  // from the loader (census, CSV); empty for generated data
    // Generated data: the encoded splits, written to data/ (raw arrays that preprocess.py
    // reads). Census-income and CSV: preprocess.py reads the files.
    DataSplits splits;
    std::vector<CsvColumn> csvColumns;  // CSV: every column's role, as the load resolved them
};

// Loads the data as a run does (loadData), with the encoding fitted on its training split.
// Throws as loadData. Refuses (ExportError) data whose layout differs from `schema` (the model's).
TorchExportData loadTorchExportData(const DataSpec& spec, const DataSchema& schema);

struct TorchExportOptions {
    bool force = false;                     // write into a non-empty folder
    const TorchExportData* data = nullptr;  // nullptr: preprocess.json holds the schema only
};

// One parameter in torch layout.
struct TorchTensor {
    std::string key;         // torch state_dict key, e.g. "node3.fc0.weight"
    std::string engineName;  // Param::name, e.g. "experts.fc0.W"
    std::vector<long long> shape;
    std::vector<float> values;  // row-major
    bool decay = true;
    double lrScale = 1.0;
};

// The registry kinds the exporter knows (every kind of Registry::instance() today).
const std::vector<std::string>& torchExportableKinds();

// The model's parameters in torch layout (compiles the graph and checks the weights).
std::vector<TorchTensor> torchTensors(const ModelFile& model);

// The generated model.py.
std::string torchModelSource(const ModelFile& model);

// Writes the folder; returns the names of the files written (relative to dir), in order.
std::vector<std::string> exportTorch(const ModelFile& model, const std::string& dir,
                                     const TorchExportOptions& options = {});

}  // namespace mtl
