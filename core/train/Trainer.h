#pragma once
// The training loop: epochs of shuffled mini-batches, validation each epoch, early stopping,
// determinism for a seed, observers receiving value snapshots, and a stop flag checked between
// batches. A non-finite loss stops training with a reason instead of corrupting the weights.
// Loss weighting / gradient manipulation (TrainConfig::weighting, see train/Weighting.h): the
// loss-weighting methods scale each head's loss weight by the method's weight; the gradient
// methods (and GradNorm, and every conflictEvery-th step of any method) run one backward pass per
// labelled task head on the SAME forward pass (the other heads' weights zeroed), combine the
// tasks' gradients on the rows of the shared parameters (Model::paramSegments: reached by two or
// more labelled heads) and give every task-specific row its own task's gradient (mgda-ub takes
// its coefficients from the tasks' gradients on Model::sharedRepresentation, read after each
// task's pass, and falls back to mgda's where the graph has none; without an active regulariser it
// runs the paper's schedule: per task only the task-specific layers, down to the
// representation, then one pass of the shared part from the combined representation gradient,
// and its conflict statistics are the representation gradients'). Regulariser
// gradients (Top-k, DSelect-k, L2 soft sharing) are computed once in an extra pass and added once.
// Steps with one backward pass split each batch among the engine's threads (nn/DataParallel.h)
// when the model allows it (TrainResult::dataParallel): the same gradients up to float rounding,
// deterministic for a seed and a thread count.
#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "metrics/Metrics.h"
#include "nn/Model.h"
#include "nn/Optimizer.h"
#include "train/Weighting.h"

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
    WeightingConfig weighting;      // loss weighting / gradient manipulation (default: EW)
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

    // ---- Loss weighting and task conflict (TrainConfig::weighting). Per-head vectors are in
    // Model::heads() order; heads without labels (ESMM's CVR) take no part (weight 1, NaN).
    std::string weighting;              // the method's key, e.g. "pcgrad"
    std::vector<double> methodWeights;  // per head: the method's factor this batch (EW 1, UW
                                        //   exp(-s) [classification] or exp(-s)/2 [regression],
                                        //   GradNorm / DWA / PLE their weights, gradient methods
                                        //   1); lossWeights above already include it
    std::vector<double> logVariance;    // UW only: s_k = log sigma_k^2 per head (NaN: no label)
    // The last task-conflict measurement, taken every WeightingConfig::conflictEvery steps and on
    // every step of gradnorm / pcgrad / mgda / cagrad (conflictStep: the step it was taken on,
    // -1: none yet). Tasks are the labelled heads, conflictHeads[i] the head of task i.
    long long conflictStep = -1;
    std::vector<int> conflictHeads;
    std::vector<double> taskGradNorm;     // per task: |g_i| on the shared parameter rows
    std::vector<double> cosine;           // per pair i < j (order (0,1), (0,2), .., (1,2), ..):
                                          //   cos(g_i, g_j) on the shared rows (NaN: a zero norm;
                                          //   mgda-ub's schedule: on the shared representation,
                                          //   norms too, and no per-group values)
    std::vector<std::string> groupNames;  // layers with shared rows (expert groups,
                                          //   CGC levels, bottoms), in layer order
    std::vector<std::vector<double>> groupCosine;  // per group: per pair, as `cosine`
    // Gradient methods: whether the combination changed EW's shared gradient (sum of the task
    // gradients) on the measured step, by how much (|d - sum g| / |sum g|), and the share of the
    // steps so far (this run) on which it changed it.
    bool gradientChanged = false;
    double gradientChange = 0;
    double changedShare = 0;
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
    // Task conflict over the measured steps (NaN when none): the mean over steps of the mean
    // pairwise cosine, the share of steps with some pair's cosine below 0, and for the gradient
    // methods the share of steps whose gradient the method changed and the mean change.
    int conflictSamples = 0;
    double meanCosine = std::nan("");
    double conflictShare = std::nan("");
    double changedShare = std::nan("");
    double meanGradientChange = std::nan("");
    // Threads each batch was split among (DataParallel), or 0: layer-threaded steps.
    int dataParallel = 0;
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
    // The weighting method's learned state (UW's log-variances, GradNorm's weights, DWA's loss
    // history), saved with the model (captureModel) and given back to continue training. A
    // state of another method or task count is ignored (training starts the method afresh).
    // After train() it is the state of the moment whose weights the model holds: when the best
    // epoch's weights are restored (restoreBest, a stop, early stopping, a divergence), the
    // state is restored with them.
    const WeightingState& weightingState() const { return ws_; }
    void setWeightingState(const WeightingState& s) { ws_ = s; }

private:
    Model& model_;
    TrainConfig cfg_;
    Optimizer opt_;
    std::vector<TrainObserver*> observers_;
    const std::atomic<bool>* stop_ = nullptr;
    const std::atomic<double>* liveLr_ = nullptr;
    const std::vector<std::atomic<double>>* liveLossWeights_ = nullptr;

    // Loss weighting (see the file comment).
    struct Conflict;
    void prepareWeighting();
    void methodWeights(int epoch, std::vector<double>& mw) const;
    void backwardPerTask(const std::vector<double>& base, const std::vector<double>& mw, Rng& rng,
                         Conflict& c);
    void updateAfterStep(const std::vector<double>& base, double lr, const Conflict* c);
    WeightingState ws_;
    std::vector<int> tasks_;               // labelled heads (index into Model::heads())
    std::vector<std::uint64_t> segTasks_;  // per Model::paramSegments(): bit i = tasks_[i]
    std::vector<int> segGroup_;            // per segment: index in groupNames_ (-1: none)
    std::vector<int> segParam_;            // per segment: index in Model::params()
    std::vector<std::string> groupNames_;
    std::vector<std::vector<Mat>> taskGrads_;  // per task, per parameter
    std::vector<Mat> regGrad_;
    // mgda-ub: the shared representation's ports (Model::sharedRepresentation; empty: mgda-ub
    // works as mgda on the shared parameters) and the per-task gradients on them.
    std::vector<PortId> rep_;
    std::vector<std::vector<Mat>> repGrads_;  // per task, per port
    std::vector<Mat> regRep_;
    std::vector<Mat> repCombined_;  // the combined gradient on the representation
};

}  // namespace mtl
