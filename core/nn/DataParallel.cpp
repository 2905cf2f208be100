#include "nn/DataParallel.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>

#include "nn/EnvChoice.h"
#include "nn/Stretch.h"

namespace mtl {

std::string DataParallel::unsupported(const Model& model) {
    for (const auto& l : model.layers())
        if (l->couplesExamples())
            return "layer '" + l->name +
                   "' has a regulariser over the whole batch or over its parameters";
    return {};
}

std::unique_ptr<DataParallel> DataParallel::create(Model& model, int threads) {
    if (threads < 2 || omp_in_parallel() || !unsupported(model).empty()) return nullptr;
    if (envChoice("MTL_DATA_PARALLEL", {"on", "off"}) == "off") return nullptr;
    return std::unique_ptr<DataParallel>(new DataParallel(model, threads));
}

DataParallel::DataParallel(Model& model, int threads) : model_(model), threads_(threads) {
    for (int t = 0; t < threads; ++t) {
        replicas_.push_back(Model::compile(model.graph(), model.schema(), 0));
        replicas_.back()->setOutputGradsScratch(true);
    }
    seeds_.resize(static_cast<size_t>(threads));
    rngs_.resize(static_cast<size_t>(threads));
    losses_.resize(static_cast<size_t>(threads));
    errors_.resize(static_cast<size_t>(threads));
    for (const Param* p : model.params()) total_ += p->value.size();
}

DataParallel::~DataParallel() = default;

double DataParallel::forwardBackward(const Dataset& data, const int* rows, int batch, Rng& rng,
                                     const FusedStep* step) {
    const int T = threads_;
    lastShares_ = 1;
    lastStepped_ = false;
    if (batch < T * kMinShare || omp_in_parallel() || (splitBatch_ && batch != splitBatch_)) {
        const double loss = model_.forward(data, rows, batch, true, rng);
        model_.backward();
        return loss;
    }
    lastShares_ = T;
    splitBatch_ = batch;
    // The losses' denominators: the whole batch's labelled examples per task.
    const Eigen::Index tasks = data.labels.rows();
    counts_.assign(static_cast<size_t>(tasks), 0);
    for (int j = 0; j < batch; ++j)
        for (Eigen::Index k = 0; k < tasks; ++k)
            counts_[static_cast<size_t>(k)] += !std::isnan(data.labels(k, rows[j]));
    for (int s = 0; s < T; ++s) seeds_[static_cast<size_t>(s)] = rng();
    const auto& heads = model_.heads();
    for (auto& r : replicas_)
        for (size_t h = 0; h < heads.size(); ++h) r->heads()[h]->lossWeight = heads[h]->lossWeight;

    std::vector<Param*>& params = model_.params();
    std::vector<Param*>& first = replicas_[0]->params();
    // Large models: share 0 runs on the model's own parameter values and gradients, swapped into
    // replica 0 for the step (a pointer swap per matrix; swapped back however the step ends).
    // The other replicas read the same values where their layers read through Param::values()
    // (Linear's weights and biases: readFrom, cleared however the step ends); each thread copies
    // the rest (small) into its own replicas. Large Shared-Bottom's 5 MB of values were first
    // copied twice per step (2.5 % of it), then one stretch by each thread (1.5 %, plus a
    // barrier).
    // Smaller models: each thread copies all values into its own replica. The copy streams them
    // into the core's cache; census's sparse products then gather weight columns from there
    // (reading the model's own, last written by both cores' optimizer stretches, made census
    // 3-4 % slower).
    const bool shareFirst = total_ >= kSharedCopy;
    // Swaps the model's matrices into replica 0 and points the other replicas' readers at them
    // (run, read), and undoes both however the step ends.
    struct ShareGuard {
        std::vector<Param*>& a;
        std::vector<Param*>& b;
        std::vector<std::unique_ptr<Model>>& replicas;
        bool on;
        void run() {
            for (size_t i = 0; on && i < a.size(); ++i) {
                a[i]->value.swap(b[i]->value);
                a[i]->grad.swap(b[i]->grad);
            }
        }
        void read(bool shared) {
            for (size_t s = 1; on && s < replicas.size(); ++s)
                for (size_t i = 0; i < b.size(); ++i) {
                    Param& r = *replicas[s]->params()[i];
                    r.readFrom = shared && r.readsThroughValues ? b[i] : nullptr;
                }
        }
        ~ShareGuard() {
            run();
            read(false);
        }
    } guard{params, first, replicas_, shareFirst};
    guard.run();
    guard.read(true);
    // Where the values are read from and the summed gradients go: share 0's (the model's,
    // swapped in) or the model's own.
    const std::vector<Param*>& own = shareFirst ? first : params;
    auto length = [&](size_t i) { return static_cast<long long>(params[i]->value.size()); };
    auto copy = [&](int s) {
        const std::vector<Param*>& to = replicas_[static_cast<size_t>(s)]->params();
        for (size_t i = 0; i < params.size(); ++i)
            if (!to[i]->readFrom)
                std::memcpy(to[i]->value.data(), own[i]->value.data(),
                            sizeof(Real) * static_cast<size_t>(length(i)));
    };
    const bool fuse =
        step && step->opt && step->opt->isAdam() && step->opt->attachedTo(model_.params());
    const Optimizer::AdamStep adam = fuse ? step->opt->adamStep(step->lr) : Optimizer::AdamStep();
    bool stepped = false;
#pragma omp parallel num_threads(T)
    {
        // Shares s = t, t + n, ... (one each unless the runtime gave fewer threads). An exception
        // must not leave the region (that ends the program) and every thread must reach the
        // barriers: each share's is kept and rethrown after the region.
        const int t = omp_get_thread_num(), n = omp_get_num_threads();
        const long long lo = total_ * t / n, hi = total_ * (t + 1) / n;
        for (int s = t; s < T; s += n) {
            if (s > 0 || !shareFirst) copy(s);
            try {
                const int b0 = static_cast<int>(static_cast<long long>(batch) * s / T);
                const int b1 = static_cast<int>(static_cast<long long>(batch) * (s + 1) / T);
                Rng& r = rngs_[static_cast<size_t>(s)];
                r.seed(seeds_[static_cast<size_t>(s)]);
                Model& m = *replicas_[static_cast<size_t>(s)];
                losses_[static_cast<size_t>(s)] =
                    m.forward(data, rows + b0, b1 - b0, true, r, true, counts_.data());
                m.backward();
            } catch (...) {
                errors_[static_cast<size_t>(s)] = std::current_exception();
            }
        }
#pragma omp barrier
        bool failed = false;
        for (const std::exception_ptr& e : errors_) failed = failed || e;
        // Stretch t of all gradient elements: the shares' sum, in share order, into the model's
        // gradients (share 0's when it ran on them); with a fused step, piece by piece just
        // before the optimizer updates that piece.
        auto sum = [&](size_t i, long long k0, long long k1) {
            Real* dst = own[i]->grad.data();
            int s = 1;
            if (!shareFirst) {
                const Real* g0 = first[i]->grad.data();
                const Real* g1 = replicas_[1]->params()[i]->grad.data();
                for (long long k = k0; k < k1; ++k) dst[k] = g0[k] + g1[k];
                s = 2;
            }
            for (; s < T; ++s) {
                const Real* src = replicas_[static_cast<size_t>(s)]->params()[i]->grad.data();
                for (long long k = k0; k < k1; ++k) dst[k] += src[k];
            }
        };
        double total = 0;
        for (int s = 0; s < T; ++s) total += losses_[static_cast<size_t>(s)];
        const bool update = fuse && !failed && std::isfinite(total) && total <= step->maxLoss;
        if (update) {
            // The sum piece by piece, each piece updated while in L1. Large models in pieces of
            // 1024 elements: the sum's two gradients and Adam's four arrays then stay within
            // L1 (24 kB), and large Shared-Bottom ran 1.2 % faster than with the stretch summed
            // first (pieces of 4096 had been 1-2 % slower than that). Census ran 1-2 % slower
            // with 1024 than with 4096, so smaller models keep 4096.
            const long long a0 = step->opt->stretchStart(total_ * t / n);
            const long long a1 = step->opt->stretchStart(total_ * (t + 1) / n);
            const Optimizer::PieceFn before(sum);
            step->opt->adamUpdateStretch(adam, a0, a1, &before, shareFirst ? &first : nullptr,
                                         shareFirst ? 1024 : 4096);
            if (t == 0) stepped = true;
        } else if (!failed) {
            forStretch(params.size(), length, lo, hi, sum);
        }
    }
    for (std::exception_ptr& e : errors_)
        if (e) {
            const std::exception_ptr first = e;
            for (std::exception_ptr& f : errors_) f = nullptr;
            std::rethrow_exception(first);
        }
    if (stepped) {
        step->opt->commit();
        lastStepped_ = true;
    }
    double loss = losses_[0];
    for (int s = 1; s < T; ++s) loss += losses_[static_cast<size_t>(s)];
    for (size_t h = 0; h < heads.size(); ++h) {
        heads[h]->lastLoss = replicas_[0]->heads()[h]->lastLoss;
        for (int s = 1; s < T; ++s) heads[h]->lastLoss += replicas_[s]->heads()[h]->lastLoss;
        heads[h]->lastCount = replicas_[0]->heads()[h]->lastCount;
    }
    return loss;
}

}  // namespace mtl
