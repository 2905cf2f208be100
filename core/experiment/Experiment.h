#pragma once
// An experiment: a grid of training runs (architectures x data settings x hyper-parameters x
// seeds), each cell a normal run reproducible from its seed. Qt-free; used by `mtlstudio-cli
// sweep` and reachable from tests.
//
// Spec format: a list of `name = value` entries, one per line in a spec file ('#' starts a
// comment), with the names of the `sweep` command line options (`--lr 1e-3,1e-2` on the command
// line is `lr = 1e-3,1e-2` in a file). A value with commas is a list: every list is an axis of the
// grid. parseExperiment() checks every entry (unknown names, types, ranges, empty lists) and
// throws SpecError naming the entry; prepareExperiment() then builds every architecture for every
// data setting (task heads adapted, inputs fitted, model compiled) and refuses one that does not
// fit, naming both, before any run starts.
//
// Axes (outermost first; the cell index is this mixed-radix number):
//   data settings (synthetic: p x noise x n-train; census: group; csv: csv paths), seeds,
//   architectures, optimizers, learning rates, batch sizes, epochs, loss-weight sets, loss
//   weighting methods (train/Weighting.h; their parameters are not axes). The weighting axis
//   does not multiply the single-task architecture ("single", one network per task: a method
//   has nothing to balance there): its cells run once per seed and hyper-parameter setting,
//   with EW, whatever methods are listed, so a seed's block of cells is not a full product and
//   cellAt() walks the architectures (without a weighting axis, or without "single", the
//   index is the plain mixed-radix number it always was).
// Common random numbers: the data seed (synthetic draws and splits; census and CSV validation /
// test split) of a cell is its run seed when `data-seed = per-run` (the synthetic default) or the
// fixed number given (census and CSV default: 1), the same for every architecture and
// hyper-parameter of that seed; the run seed drives initialisation and shuffling.
//
// A cell's key ("data=p=0.5|seed=3|arch=mmoe|opt=adam|lr=0.001|batch=256|epochs=10|lw=") is
// stable for a given spec: resume, sharding and collect match cells by key; its group key is the
// key without the seed (the runs that statistics aggregate). A spec with a `weighting` entry adds
// "|weighting=pcgrad" to the keys (specs without it keep the keys they always had).
#include <atomic>
#include <limits>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "data/DataSpec.h"
#include "graph/Graph.h"
#include "graph/Templates.h"
#include "metrics/Metrics.h"
#include "train/RunRecord.h"
#include "train/Trainer.h"

namespace mtl::exp {

// A refused spec; what() names the offending entry.
class SpecError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ArchSpec {
    std::string label;        // as written: "mmoe", "mmoe(experts=4;expert-units=32)",
                              //   "graph:path/to/file.mtlgraph"
    std::string templateKey;  // empty for a graph file
    std::string graphFile;
    Graph fileGraph;          // the graph file's graph, loaded when the spec is parsed
    TemplateOptions options;  // schema set per data setting

    // The single-task template ("single"): the weighting axis does not multiply it.
    bool singleTask() const { return templateKey == "single"; }
};

struct DataSetting {
    std::string label;  // "p=0.5,noise=0.01,n=10000" / "group=1" / the CSV path
    DataSpec spec;      // data seed filled per cell
};

struct Experiment {
    std::vector<ArchSpec> archs;
    std::vector<DataSetting> data;
    std::vector<OptimizerKind> optimizers = {OptimizerKind::Adam};
    std::vector<double> lrs = {1e-3};
    std::vector<int> batches = {256};
    std::vector<int> epochs = {10};
    std::vector<std::vector<double>> lossWeights = {{}};  // per head, in task order; {} = graph's
    std::vector<WeightingMethod> weightings = {WeightingMethod::EW};
    bool weightingAxis = false;  // a `weighting` entry was given (the keys name the method)
    std::vector<unsigned long long> seeds = {1};
    bool dataSeedPerRun = true;  // data seed = run seed, else fixedDataSeed
    unsigned long long fixedDataSeed = 1;
    TrainConfig base;  // everything not swept (restore best, ...)
    // The entries it was parsed from, in a canonical order (written to the results file's header:
    // a resumed or collected file must come from the same spec).
    std::string canonical;

    size_t cellCount() const;
    // The weighting methods architecture `arch` runs: 1 (EW) for the single-task template when
    // there is a weighting axis, else weightings.size().
    size_t weightingsFor(size_t arch) const;
};

struct Cell {
    size_t index = 0;
    size_t data = 0, seed = 0, arch = 0, optimizer = 0, lr = 0, batch = 0, epochs = 0, lw = 0,
           weighting = 0;  // index into Experiment::weightings (0 for a single-task cell)
    WeightingMethod method = WeightingMethod::EW;  // the cell's method (EW for single-task)
    std::string key, group;
    unsigned long long runSeed = 1, dataSeed = 1;
};

// The cell with the given index (0 <= index < cellCount()).
Cell cellAt(const Experiment& e, size_t index);
// The data spec of a cell (its data seed set) and its training configuration.
DataSpec cellData(const Experiment& e, const Cell& c);
TrainConfig cellConfig(const Experiment& e, const Cell& c);
// Two cells with equal dataKey share one data set.
std::string dataKey(const Experiment& e, const Cell& c);

// Parses `name = value` entries (spec file lines or command-line options). Throws SpecError.
Experiment parseExperiment(const std::vector<std::pair<std::string, std::string>>& entries);
// Reads a spec file into entries ('#' comments, blank lines; `name = value` per line). Throws
// SpecError naming the file and line.
std::vector<std::pair<std::string, std::string>> readSpecFile(const std::string& path);
// The names parseExperiment() accepts, with a one-line help each (for --help).
const std::vector<std::pair<std::string, std::string>>& specEntryHelp();

// Named presets (the MMoE paper's Fig. 4 and Tables 1-2) as entries, with their description.
struct Preset {
    std::string name, description;
    std::vector<std::pair<std::string, std::string>> entries;
};
const std::vector<Preset>& presets();

// The graph of an architecture for a data schema: a template built for it, or a graph file with
// its task heads adapted and inputs fitted. Throws SpecError naming the architecture.
Graph buildGraph(const ArchSpec& arch, const DataSchema& schema);

// Checks that every architecture fits every data setting (graph built, model compiled; the data
// loaded where its layout is not known without it) and that loss-weight sets match the tasks.
// Throws SpecError naming the entries. Data loaded on the way (fixed data seed) is returned by
// data key for the runner to reuse.
std::map<std::string, std::shared_ptr<const DataSplits>> prepareExperiment(const Experiment& e);

// ------------------------------------------------------------------------------- results

struct TaskResult {
    std::string task;
    bool binary = true;
    double validLoss = 0, validAuc = 0;  // loss: log-loss (binary) or MSE; AUC NaN if regression
    double testLoss = 0, testAuc = 0;
};

struct GateSummary {
    std::string gate;
    std::vector<double> mean;  // per expert, on the test split
};

// One finished run, compact: no curves, no weights.
struct RunSummary {
    size_t index = 0;
    std::string key, group;
    std::string data, arch, optimizer, lossWeights;  // axis values as text
    std::string weighting = "ew";                    // the loss weighting method's key
    double lr = 0;
    int batch = 0, epochsConfigured = 0;
    unsigned long long seed = 0, dataSeed = 0;
    std::vector<TaskResult> tasks;
    int epochs = 0, bestEpoch = 0;  // trained; best validation epoch (1-based, 0: none)
    double seconds = 0;
    bool ok = true;
    std::string reason;
    std::vector<GateSummary> gates;
    // The run's gate analysis (core/metrics/GateAnalysis.h), as numbers to compare across runs:
    // JS divergence between single-task gates (of the mean gates, and per example; NaN with fewer
    // than two such gates), usage entropy / ln E per gate, and the number of dead experts.
    // Task conflict (TrainResult): mean pairwise gradient cosine on the shared parameters and
    // the share of measured steps in conflict (NaN when not measured: conflict-every = 0 and a
    // method that measures nothing).
    double meanCosine = std::numeric_limits<double>::quiet_NaN();
    double conflictShare = std::numeric_limits<double>::quiet_NaN();
    double meanJs = std::numeric_limits<double>::quiet_NaN();
    double meanExampleJs = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> normalisedEntropy;
    int deadExperts = 0;

    // The metric selection and statistics use for the run: mean test / valid AUC over binary
    // tasks when every task is binary (higher is better), else mean loss (lower is better).
    bool higherIsBetter() const;
    double validScore() const;
    double testScore() const;
    // Per-task test metric (AUC for binary tasks, MSE/loss for regression).
    double testMetric(size_t task) const;
    double validMetric(size_t task) const;
};

// Trains one cell on `data` (the data spec of the cell, already loaded): deterministic for a key.
// `stop` (optional) cancels the run between batches (the summary then has ok = false and reason
// "stopped"; callers discard it). `record` (optional) receives the whole run (batch snapshots,
// epochs, test metrics, ROC curves, weights): a cell of a finished sweep opened again.
RunSummary runCell(const Experiment& e, const Cell& c, const DataSplits& data,
                   const std::atomic<bool>* stop = nullptr, RunRecord* record = nullptr);

// One compact JSON object on one line (no trailing newline); NaN written as null.
std::string toJson(const RunSummary& r);
// Parses a line written by toJson(). Throws std::runtime_error on anything else.
RunSummary runFromJson(const std::string& line);

std::string jsonEscape(const std::string& s);
std::string jsonNumber(double x);  // shortest text that reads back to x; null unless finite

}  // namespace mtl::exp
