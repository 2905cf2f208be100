#pragma once
// Data-parallel training steps: a batch split by examples among the engine's threads.
//
// Each thread runs a replica of the model (compiled from the same graph, with its own buffers)
// forward and backward on a contiguous share of the batch, every layer of it on that one thread.
// The threads meet once, at a barrier, after which each sums one stretch of the parameter gradients
// over the replicas into the model's own gradients. A step so synchronises the cores twice (the
// barrier and the end of the region) instead of at every threaded pass of every layer; for small
// and medium products (census, small) those hand-offs are most of a layer-threaded step, and they
// cost twice as much when the host places the two cores far apart.
//
// Equivalence: the losses are averaged over the labelled examples of the whole batch (Model::
// forward's lossCounts), so after forwardBackward() the model's parameter gradients and its
// heads' lastLoss / lastCount are those of model.forward(training) + model.backward() on the
// whole batch, up to float rounding (the sums run in another order). Results are deterministic
// for a thread count: the shares, the order of the sums and each share's random stream (dropout,
// gate noise: seeded from the caller's generator, one draw per share and step) depend on nothing
// else.
//
// Limits: a model with a layer that couples examples (Layer::couplesExamples: a regulariser over
// the batch or over parameters) is not split (unsupported() says why). A split step leaves the
// model's own buffers (values, gate weights) as they were: it writes only its parameter gradients
// and its heads' lastLoss / lastCount. Replicas copy the model's parameter values and its heads'
// loss weights at every step, so the model may change between steps (optimizer, restored
// weights, live loss weights) freely. From kSharedCopy parameter elements, share 0 runs on the
// model's own parameter matrices instead (swapped into replica 0 for the step and back, however
// it ends), so nothing may hold a pointer into a parameter's storage across a step, and the other
// replicas read those same values for the parameters read through Param::values() (readFrom,
// cleared however the step ends) instead of a copy. Replicas use their output gradients as
// scratch (Model::setOutputGradsScratch: dense stacks compute their last activation's gradient
// in place). Memory: per thread, activation buffers for its share and a copy of the parameters
// and their gradients.
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "nn/Model.h"
#include "nn/Optimizer.h"

namespace mtl {

class DataParallel {
public:
    // "" when `model`'s batches can be split, else why not, naming the layer.
    static std::string unsupported(const Model& model);
    // A splitter of `model`'s batches over `threads` threads, or nullptr when threads < 2, the
    // model cannot be split, a parallel region is running (experiment workers), or the
    // environment says MTL_DATA_PARALLEL=off (on / unset: split; another value is reported on
    // stderr and ignored).
    static std::unique_ptr<DataParallel> create(Model& model, int threads);
    ~DataParallel();

    // A training forward and a full backward of rows[0..batch) of `data` (see the header for
    // what the model holds afterwards); returns the total loss, as Model::forward. A batch with
    // fewer than kMinShare examples per thread runs on the model alone, layer-threaded, and so
    // does a batch of another size than the first one split (an epoch's last, partial batch):
    // the replicas' buffers are allocated once. (Resizing them at every epoch's end, in two
    // threads' heaps, grew a census MMoE run's anonymous memory by 330 kB over its first four
    // epochs; the model alone already resizes for partial and validation batches.) An
    // exception thrown by a share (e.g. std::bad_alloc) is rethrown here; the model's gradients
    // are then unspecified.
    //
    // With `step` (an Adam optimizer attached to the model's parameters, the learning rate, and
    // the largest loss at which the batch is trusted), a split step also runs the optimizer's
    // update in its region: each thread sums a stretch of the gradients and updates it (small
    // models piece by piece, each piece while in L1; one region fewer per step),
    // with the same bits as opt.step(lr) after it; unless the batch's total loss is not finite
    // or exceeds step->maxLoss (a diverging run: the caller then handles it without an update).
    // lastStepped() says whether the update ran; if not, the caller runs opt.step() itself as
    // usual (other optimizers or one attached to other parameters, batches run whole, refused
    // losses).
    struct FusedStep {
        Optimizer* opt = nullptr;
        double lr = 0;
        double maxLoss = 0;
    };
    double forwardBackward(const Dataset& data, const int* rows, int batch, Rng& rng,
                           const FusedStep* step = nullptr);
    bool lastStepped() const { return lastStepped_; }
    int threads() const { return threads_; }
    // The shares the last forwardBackward() ran in: threads(), or 1 (the batch whole).
    int lastShares() const { return lastShares_; }
    static constexpr int kMinShare = 16;
    // From this many parameter elements share 0 runs on the model's own parameters (see
    // forwardBackward's body).
    static constexpr long long kSharedCopy = 1 << 18;

private:
    DataParallel(Model& model, int threads);
    Model& model_;
    int threads_;
    int lastShares_ = 0;
    bool lastStepped_ = false;
    int splitBatch_ = 0;  // the batch size the replicas are sized for (0: none yet)
    std::vector<std::unique_ptr<Model>> replicas_;  // one per share
    std::vector<int> counts_;                       // labelled examples per data task
    std::vector<unsigned long long> seeds_;
    std::vector<Rng> rngs_;
    std::vector<double> losses_;
    std::vector<std::exception_ptr> errors_;  // per share, rethrown after the region
    long long total_ = 0;                     // parameter elements
};

}  // namespace mtl
