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
    for (int t = 0; t < threads; ++t)
        replicas_.push_back(Model::compile(model.graph(), model.schema(), 0));
    seeds_.resize(static_cast<size_t>(threads));
    rngs_.resize(static_cast<size_t>(threads));
    losses_.resize(static_cast<size_t>(threads));
    errors_.resize(static_cast<size_t>(threads));
    for (const Param* p : model.params()) total_ += p->value.size();
}

DataParallel::~DataParallel() = default;

double DataParallel::forwardBackward(const Dataset& data, const int* rows, int batch, Rng& rng) {
    const int T = threads_;
    lastShares_ = 1;
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
    // Share s on the calling thread: the model's parameter values, then forward and backward.
    auto runShare = [&](int s) {
        Model& m = *replicas_[static_cast<size_t>(s)];
        std::vector<Param*>& own = m.params();
        for (size_t i = 0; i < params.size(); ++i)
            std::memcpy(own[i]->value.data(), params[i]->value.data(),
                        sizeof(Real) * static_cast<size_t>(params[i]->value.size()));
        const int b0 = static_cast<int>(static_cast<long long>(batch) * s / T);
        const int b1 = static_cast<int>(static_cast<long long>(batch) * (s + 1) / T);
        Rng& r = rngs_[static_cast<size_t>(s)];
        r.seed(seeds_[static_cast<size_t>(s)]);
        losses_[static_cast<size_t>(s)] =
            m.forward(data, rows + b0, b1 - b0, true, r, true, counts_.data());
        m.backward();
    };
#pragma omp parallel num_threads(T)
    {
        // Shares s = t, t + n, ... (one each unless the runtime gave fewer threads). An exception
        // must not leave the region (that ends the program) and every thread must reach the
        // barrier: each share's is kept and rethrown after the region.
        const int t = omp_get_thread_num(), n = omp_get_num_threads();
        for (int s = t; s < T; s += n) {
            try {
                runShare(s);
            } catch (...) {
                errors_[static_cast<size_t>(s)] = std::current_exception();
            }
        }
#pragma omp barrier
        bool failed = false;
        for (const std::exception_ptr& e : errors_) failed = failed || e;
        // Stretch t of all gradient elements: the shares' sum, in share order.
        if (!failed)
            forStretch(
                params.size(),
                [&](size_t i) { return static_cast<long long>(params[i]->grad.size()); },
                total_ * t / n, total_ * (t + 1) / n,
                [&](size_t i, long long k0, long long k1) {
                    Real* dst = params[i]->grad.data();
                    const Real* g0 = replicas_[0]->params()[i]->grad.data();
                    const Real* g1 = replicas_[1]->params()[i]->grad.data();
                    for (long long k = k0; k < k1; ++k) dst[k] = g0[k] + g1[k];
                    for (int s = 2; s < T; ++s) {
                        const Real* src =
                            replicas_[static_cast<size_t>(s)]->params()[i]->grad.data();
                        for (long long k = k0; k < k1; ++k) dst[k] += src[k];
                    }
                });
    }
    for (std::exception_ptr& e : errors_)
        if (e) {
            const std::exception_ptr first = e;
            for (std::exception_ptr& f : errors_) f = nullptr;
            std::rethrow_exception(first);
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
