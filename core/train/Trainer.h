#pragma once
// The training loop: epochs of shuffled mini-batches, validation each epoch, early stopping,
// determinism for a seed, observers receiving value snapshots, and a stop flag checked between
// batches. A non-finite loss stops training with a reason instead of corrupting the weights.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "metrics/Metrics.h"
#include "nn/Model.h"
#include "nn/Optimizer.h"

namespace mtl {

struct TrainConfig {
    OptimizerConfig optimizer;
    int batchSize = 256;
    int epochs = 10;
    unsigned long long seed = 1;  // initialisation, shuffling, dropout, gate noise
    std::string earlyStopTask;    // empty: no early stopping; else the task whose validation
    int patience = 3;             //   AUC (binary) / loss (regression) must improve
    bool restoreBest = true;      // keep the weights of the best validation epoch
    int evalBatch = 4096;
    std::vector<std::pair<std::string, double>> lossWeights;  // overrides heads' loss weights
    int batchSnapshotEvery = 1;     // observers get a batch snapshot every N batches
    double divergenceFactor = 1e3;  // a batch loss above this x the first batch's loss counts
                                    //   as divergence (0: only NaN/Inf does)
};

struct BatchSnapshot {
    int epoch = 0, batch = 0, batchesPerEpoch = 0;
    long long step = 0;            // global step
    double loss = 0;               // total weighted training loss of the batch
    std::vector<double> taskLoss;  // per head (Model::heads() order)
    double samplesPerSecond = 0;
    double learningRate = 0;          // used for this batch
    std::vector<double> lossWeights;  // per head, used for this batch (loss = sum w * taskLoss
                                      //   + regularisers)
};

struct EpochSnapshot {
    int epoch = 0;
    double trainLoss = 0;               // mean total loss over the epoch's batches
    std::vector<double> trainTaskLoss;  // per head
    EvalResult valid;
    double seconds = 0;     // wall time of this epoch (training + validation)
    bool improved = false;  // best so far on the early-stopping criterion
};

class TrainObserver {
public:
    virtual ~TrainObserver() = default;
    virtual void onBatch(const BatchSnapshot&) {}
    virtual void onEpoch(const EpochSnapshot&) {}
    virtual void onFinished(const std::string& reason) { (void)reason; }
};

struct TrainResult {
    bool ok = true;        // false: diverged or failed
    bool stopped = false;  // the stop flag was raised
    std::string reason;    // why training ended, readable
    int epochs = 0;
    int bestEpoch = -1;
    std::vector<EpochSnapshot> history;
    double seconds = 0;
};

// Runs the model on every row of `data` (in batches) and computes per-task metrics and gate
// statistics. `predictions` (optional) receives per-head predictions (head order);
// `gateWeights` (optional, off by default so that evaluation stays fast) receives every gate's
// weights per example, gate i's as an (experts x rows) matrix (Model::gates() order).
EvalResult evaluate(Model& model, const Dataset& data, int batchSize,
                    std::vector<std::vector<float>>* predictions = nullptr,
                    std::vector<Mat>* gateWeights = nullptr);

class Trainer {
public:
    Trainer(Model& model, TrainConfig cfg);
    void addObserver(TrainObserver* o) { observers_.push_back(o); }
    void setStopFlag(const std::atomic<bool>* stop) { stop_ = stop; }
    // Live learning rate: read before every batch when set (UI changes take effect next batch).
    void setLiveLearningRate(const std::atomic<double>* lr) { liveLr_ = lr; }
    // Live per-task loss weights, one per head in Model::heads() order (a vector of another size
    // is refused with std::invalid_argument): read before every batch and applied to the heads'
    // loss weights, so UI changes take effect next batch. When not set, the heads keep their
    // weights (the graph's, overridden by TrainConfig::lossWeights).
    void setLiveLossWeights(const std::vector<std::atomic<double>>* w);
    TrainResult train(const Dataset& trainSet, const Dataset& validSet);
    Optimizer& optimizer() { return opt_; }
    const TrainConfig& config() const { return cfg_; }

private:
    Model& model_;
    TrainConfig cfg_;
    Optimizer opt_;
    std::vector<TrainObserver*> observers_;
    const std::atomic<bool>* stop_ = nullptr;
    const std::atomic<double>* liveLr_ = nullptr;
    const std::vector<std::atomic<double>>* liveLossWeights_ = nullptr;
};

}  // namespace mtl
