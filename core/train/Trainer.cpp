#include "train/Trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace mtl {

namespace {
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}
std::vector<Mat> snapshotWeights(Model& m) {
    std::vector<Mat> w;
    for (Param* p : m.params()) w.push_back(p->value);
    return w;
}
void restoreWeights(Model& m, const std::vector<Mat>& w) {
    auto& ps = m.params();
    for (size_t i = 0; i < ps.size() && i < w.size(); ++i) ps[i]->value = w[i];
}
}  // namespace

EvalResult evaluate(Model& model, const Dataset& data, int batchSize,
                    std::vector<std::vector<float>>* predictions, std::vector<Mat>* gateWeights) {
    const int N = data.rows();
    const auto& heads = model.heads();
    if (gateWeights) gateWeights->clear();
    std::vector<std::vector<float>> preds(heads.size(), std::vector<float>(static_cast<size_t>(N)));
    // Each view points at a buffer its layer refills in place on every forward.
    const std::vector<GateView> gates = model.gates();
    std::vector<Eigen::VectorXd> gsum(gates.size()), gsq(gates.size());
    std::vector<int> rows(static_cast<size_t>(std::max(1, std::min(batchSize, N))));
    Rng rng(0);
    bool gatesSized = false;
    for (int start = 0; start < N; start += batchSize) {
        const int B = std::min(batchSize, N - start);
        for (int j = 0; j < B; ++j) rows[j] = start + j;
        model.forward(data, rows.data(), B, false, rng, false);
        for (size_t h = 0; h < heads.size(); ++h) {
            const Mat& p = heads[h]->prediction();
            for (int j = 0; j < B; ++j) preds[h][start + j] = static_cast<float>(p(0, j));
        }
        if (!gatesSized) {  // sizes are known after the first forward
            for (size_t g = 0; g < gates.size(); ++g) {
                gsum[g].setZero(gates[g].weights->rows());
                gsq[g].setZero(gates[g].weights->rows());
            }
            if (gateWeights) {
                gateWeights->assign(gates.size(), Mat());
                for (size_t g = 0; g < gates.size(); ++g)
                    (*gateWeights)[g].resize(gates[g].weights->rows(), N);
            }
            gatesSized = true;
        }
        for (size_t g = 0; g < gates.size(); ++g) {
            const Mat& w = *gates[g].weights;
            if (gateWeights) (*gateWeights)[g].middleCols(start, B) = w.leftCols(B);
            gsum[g] += w.rowwise().sum().cast<double>();
            gsq[g] += w.array().square().rowwise().sum().matrix().cast<double>();
        }
    }
    EvalResult r;
    for (size_t h = 0; h < heads.size(); ++h) {
        const TaskHead& head = *heads[h];
        TaskMetrics tm;
        tm.task = head.task;
        tm.binary = head.kind == TaskKind::Binary;
        std::vector<float> y(static_cast<size_t>(N), std::nanf(""));
        if (head.labelRow >= 0)
            for (int i = 0; i < N; ++i) y[i] = data.labels(head.labelRow, i);
        for (float v : y) tm.count += std::isnan(v) ? 0 : 1;
        if (tm.count == 0) {
            tm.auc = tm.loss = tm.mse = std::nan("");
        } else if (tm.binary) {
            tm.auc = rocAuc(preds[h], y);
            tm.loss = logLoss(preds[h], y);
        } else {
            tm.mse = meanSquaredError(preds[h], y);
            tm.loss = tm.mse;
            tm.auc = std::nan("");
        }
        if (head.lossWeight != 0 && !std::isnan(tm.loss)) r.totalLoss += head.lossWeight * tm.loss;
        r.tasks.push_back(tm);
    }
    for (size_t g = 0; g < gates.size() && N > 0; ++g) {
        GateStats gs;
        gs.gate = gates[g].label;
        gs.expertLabels = gates[g].expertLabels;
        gs.node = gates[g].node;
        gs.slot = gates[g].slot;
        if (gs.slot >= 0) {
            const Node* n = model.graph().node(gs.node);
            gs.layer = n ? n->name : std::string();
        }
        gs.tasks = gates[g].tasks;
        gs.shared = gates[g].shared;
        for (const auto& [node, index] : gates[g].experts) gs.experts.push_back({node, index});
        for (Eigen::Index e = 0; e < gsum[g].size(); ++e) {
            const double m = gsum[g](e) / N;
            gs.mean.push_back(m);
            gs.std.push_back(std::sqrt(std::max(0.0, gsq[g](e) / N - m * m)));
        }
        r.gates.push_back(std::move(gs));
    }
    if (predictions) *predictions = std::move(preds);
    return r;
}

Trainer::Trainer(Model& model, TrainConfig cfg)
    : model_(model), cfg_(std::move(cfg)), opt_(cfg_.optimizer) {
    opt_.attach(model_.params());
    for (const auto& [task, w] : cfg_.lossWeights)
        for (TaskHead* h : model_.heads())
            if (h->task == task) h->lossWeight = w;
}

void Trainer::setLiveLossWeights(const std::vector<std::atomic<double>>* w) {
    if (w && w->size() != model_.heads().size())
        throw std::invalid_argument("live loss weights: " + std::to_string(w->size()) +
                                    " values for " + std::to_string(model_.heads().size()) +
                                    " task heads");
    liveLossWeights_ = w;
}

TrainResult Trainer::train(const Dataset& trainSet, const Dataset& validSet) {
    TrainResult res;
    const auto t0 = Clock::now();
    const int N = trainSet.rows();
    const int B = std::max(1, std::min(cfg_.batchSize, N));
    const int batches = (N + B - 1) / B;
    Rng shuffleRng(cfg_.seed);
    Rng noiseRng(cfg_.seed ^ 0x9E3779B97F4A7C15ULL);
    std::vector<int> order(static_cast<size_t>(N));
    std::iota(order.begin(), order.end(), 0);
    const auto& heads = model_.heads();

    std::vector<Mat> lastGood = snapshotWeights(model_), best;
    double bestScore = -1e300;
    int sinceBest = 0;
    long long step = 0;
    double firstLoss = 0;
    auto finish = [&](const std::string& reason) {
        res.reason = reason;
        res.seconds = secondsSince(t0);
        for (TrainObserver* o : observers_) o->onFinished(reason);
    };
    auto score = [&](const EvalResult& ev) {
        if (!cfg_.earlyStopTask.empty()) {
            if (const TaskMetrics* tm = ev.find(cfg_.earlyStopTask))
                return tm->binary ? tm->auc : -tm->loss;
        }
        return -ev.totalLoss;
    };

    for (int epoch = 0; epoch < cfg_.epochs; ++epoch) {
        const auto te = Clock::now();
        std::shuffle(order.begin(), order.end(), shuffleRng);
        double lossSum = 0;
        std::vector<double> taskSum(heads.size(), 0.0);
        auto tb = Clock::now();
        int samplesSinceSnap = 0;
        for (int b = 0; b < batches; ++b) {
            if (stop_ && stop_->load(std::memory_order_relaxed)) {
                res.stopped = true;
                res.epochs = epoch;
                if (cfg_.restoreBest && !best.empty()) restoreWeights(model_, best);
                std::ostringstream os;
                os << "stopped by the user at epoch " << epoch + 1 << ", batch " << b + 1;
                finish(os.str());
                return res;
            }
            if (liveLossWeights_)
                for (size_t h = 0; h < heads.size(); ++h)
                    heads[h]->lossWeight = (*liveLossWeights_)[h].load(std::memory_order_relaxed);
            const int start = b * B;
            const int bs = std::min(B, N - start);
            const double loss = model_.forward(trainSet, order.data() + start, bs, true, noiseRng);
            if (step == 0) firstLoss = loss;
            const bool exploded = cfg_.divergenceFactor > 0 && std::isfinite(loss) &&
                                  std::isfinite(firstLoss) &&
                                  loss > cfg_.divergenceFactor * std::max(firstLoss, 1e-3);
            if (!std::isfinite(loss) || exploded) {
                restoreWeights(model_, best.empty() ? lastGood : best);
                res.ok = false;
                res.epochs = epoch;
                std::ostringstream os;
                os << "training diverged at epoch " << epoch + 1 << ", batch " << b + 1
                   << ": the loss became ";
                if (exploded)
                    os << loss << ", over " << cfg_.divergenceFactor << " times the first batch's "
                       << firstLoss;
                else
                    os << (std::isnan(loss) ? "NaN" : "infinite");
                for (const TaskHead* h : heads)
                    if (!std::isfinite(h->lastLoss)) os << " (task '" << h->task << "')";
                os << ". The weights of the last good epoch were kept; try a smaller learning "
                      "rate.";
                finish(os.str());
                return res;
            }
            model_.backward();
            const double lr =
                liveLr_ ? liveLr_->load(std::memory_order_relaxed) : cfg_.optimizer.lr;
            opt_.step(lr);
            ++step;
            lossSum += loss;
            for (size_t h = 0; h < heads.size(); ++h) taskSum[h] += heads[h]->lastLoss;
            samplesSinceSnap += bs;
            if (!observers_.empty() && (b + 1) % std::max(1, cfg_.batchSnapshotEvery) == 0) {
                BatchSnapshot s;
                s.epoch = epoch;
                s.batch = b;
                s.batchesPerEpoch = batches;
                s.step = step;
                s.loss = loss;
                for (const TaskHead* h : heads) s.taskLoss.push_back(h->lastLoss);
                const double dt = secondsSince(tb);
                s.samplesPerSecond = dt > 0 ? samplesSinceSnap / dt : 0;
                s.learningRate = lr;
                for (const TaskHead* h : heads) s.lossWeights.push_back(h->lossWeight);
                samplesSinceSnap = 0;
                for (TrainObserver* o : observers_) o->onBatch(s);
                tb = Clock::now();  // time spent in observers (e.g. a paused UI) is not training
            }
        }
        EpochSnapshot es;
        es.epoch = epoch;
        es.trainLoss = lossSum / batches;
        for (double s : taskSum) es.trainTaskLoss.push_back(s / batches);
        es.valid = evaluate(model_, validSet, cfg_.evalBatch);
        const double sc = score(es.valid);
        if (sc > bestScore) {
            bestScore = sc;
            best = snapshotWeights(model_);
            res.bestEpoch = epoch;
            es.improved = true;
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
        lastGood = snapshotWeights(model_);
        es.seconds = secondsSince(te);
        res.history.push_back(es);
        res.epochs = epoch + 1;
        for (TrainObserver* o : observers_) o->onEpoch(es);
        if (!cfg_.earlyStopTask.empty() && sinceBest >= cfg_.patience) {
            if (cfg_.restoreBest && !best.empty()) restoreWeights(model_, best);
            std::ostringstream os;
            os << "early stopping after epoch " << epoch + 1 << ": validation "
               << cfg_.earlyStopTask << " did not improve for " << cfg_.patience
               << " epochs (best: epoch " << res.bestEpoch + 1 << ")";
            finish(os.str());
            return res;
        }
    }
    if (cfg_.restoreBest && !best.empty()) restoreWeights(model_, best);
    std::ostringstream os;
    os << "finished " << cfg_.epochs << " epochs";
    if (cfg_.restoreBest && res.bestEpoch >= 0)
        os << " (kept the weights of epoch " << res.bestEpoch + 1 << ")";
    finish(os.str());
    return res;
}

}  // namespace mtl
