#include "train/Trainer.h"

#include <omp.h>

#include <algorithm>
#include <bitset>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <sstream>
#include <stdexcept>

#include "nn/DataParallel.h"
#include "nn/Linear.h"
#include "train/Conflict.h"

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

struct Trainer::Conflict {
    Eigen::MatrixXd gram;                    // task gradients on the shared rows
    std::vector<Eigen::MatrixXd> groupGram;  // the same per group (groupNames_)
    bool changed = false;
    double change = 0;
};

namespace {
int popcount(std::uint64_t m) { return static_cast<int>(std::bitset<64>(m).count()); }
// Pairwise cosines of a Gram matrix, pairs (0,1), (0,2), .., (1,2), ...
std::vector<double> cosines(const Eigen::MatrixXd& G) {
    std::vector<double> c;
    for (Eigen::Index i = 0; i < G.rows(); ++i)
        for (Eigen::Index j = i + 1; j < G.rows(); ++j) {
            const double d = std::sqrt(G(i, i) * G(j, j));
            c.push_back(d > 0 ? G(i, j) / d : std::nan(""));
        }
    return c;
}
}  // namespace

void Trainer::prepareWeighting() {
    const auto& heads = model_.heads();
    tasks_.clear();
    for (size_t h = 0; h < heads.size() && h < 64; ++h)
        if (heads[h]->labelRow >= 0) tasks_.push_back(static_cast<int>(h));
    const int K = static_cast<int>(tasks_.size());
    // Which layer holds each parameter: groups of the conflict statistics.
    std::map<const Param*, std::string> layerOf;
    std::map<const Param*, int> indexOf;
    for (const auto& l : model_.layers()) {
        std::vector<Param*> own;
        l->collectParams(own);
        for (const Param* p : own) layerOf.emplace(p, l->name);
    }
    for (size_t i = 0; i < model_.params().size(); ++i) indexOf[model_.params()[i]] = int(i);
    segTasks_.clear();
    segGroup_.clear();
    segParam_.clear();
    groupNames_.clear();
    for (const ParamSegment& s : model_.paramSegments()) {
        std::uint64_t m = 0;
        for (int i = 0; i < K; ++i)
            if ((s.heads >> tasks_[i]) & 1) m |= std::uint64_t(1) << i;
        segTasks_.push_back(m);
        segParam_.push_back(indexOf.at(s.param));
        int g = -1;
        if (popcount(m) >= 2) {
            const std::string& name = layerOf[s.param];
            auto it = std::find(groupNames_.begin(), groupNames_.end(), name);
            g = static_cast<int>(it - groupNames_.begin());
            if (it == groupNames_.end()) groupNames_.push_back(name);
        }
        segGroup_.push_back(g);
    }
    // The method's state: kept when it is this method's for these tasks, else started afresh.
    const std::string method = weightingName(cfg_.weighting.method);
    const size_t k = static_cast<size_t>(K);
    const bool fits = ws_.method == method && ws_.logVar.size() == k && ws_.weights.size() == k &&
                      (ws_.initialLoss.empty() || ws_.initialLoss.size() == k) &&
                      ws_.uwMoment1.size() == k && ws_.uwMoment2.size() == k;
    if (!fits) {
        ws_ = WeightingState();
        ws_.method = method;
        ws_.logVar.assign(k, 0.0);
        ws_.weights.assign(k, 1.0);
        ws_.uwMoment1.assign(k, 0.0);
        ws_.uwMoment2.assign(k, 0.0);
    }
    for (auto& e : ws_.lossHistory)
        if (e.size() != k) ws_.lossHistory.clear();
    rep_.clear();
    if (cfg_.weighting.method == WeightingMethod::MGDAUB) rep_ = model_.sharedRepresentation();
}

void Trainer::methodWeights(int epoch, std::vector<double>& mw) const {
    const auto& heads = model_.heads();
    mw.assign(heads.size(), 1.0);
    const WeightingConfig& w = cfg_.weighting;
    const int K = static_cast<int>(tasks_.size());
    std::vector<double> v;
    switch (w.method) {
        case WeightingMethod::UW:
            for (int i = 0; i < K; ++i)
                mw[tasks_[i]] =
                    uwWeight(ws_.logVar[i], heads[tasks_[i]]->kind == TaskKind::Regression);
            return;
        case WeightingMethod::GradNorm:
            v = ws_.weights;
            break;
        case WeightingMethod::DWA:
            v = dwaWeights(ws_.lossHistory, w.dwaT);
            break;
        case WeightingMethod::PLE: {  // per task of the data (the heads' label rows)
            const int T = static_cast<int>(model_.schema().tasks.size());
            const std::vector<double> byRow = pleWeights(w.pleW0, w.pleGamma, T, epoch);
            for (int i = 0; i < K; ++i) v.push_back(byRow[heads[tasks_[i]]->labelRow]);
            break;
        }
        default:
            return;
    }
    for (int i = 0; i < K && i < static_cast<int>(v.size()); ++i) mw[tasks_[i]] = v[i];
}

void Trainer::backwardPerTask(const std::vector<double>& base, const std::vector<double>& mw,
                              Rng& rng, Conflict& c) {
    const auto& heads = model_.heads();
    const auto& params = model_.params();
    const auto& segs = model_.paramSegments();
    const int K = static_cast<int>(tasks_.size());
    const WeightingMethod method = cfg_.weighting.method;
    taskGrads_.resize(static_cast<size_t>(K));
    const bool hasReg = model_.lastRegLoss() != 0;
    auto only = [&](int task) {
        for (TaskHead* h : heads) h->lossWeight = 0;
        if (task >= 0) heads[tasks_[task]]->lossWeight = base[tasks_[task]];
    };
    if (method == WeightingMethod::MGDAUB && !rep_.empty() && !hasReg) {
        // MGDA-UB's schedule: per task, the backward of its task-specific layers only (its own
        // parameters' gradient, and its gradient on the shared representation); the min-norm
        // coefficients from the representation gradients' Gram matrix; then one backward of
        // the shared part from the combined representation gradient. The conflict statistics
        // are then those of the representation gradients (no per-task shared-parameter
        // gradients are computed).
        repGrads_.resize(static_cast<size_t>(K));
        for (int i = 0; i < K; ++i) {
            only(i);
            model_.backwardTaskSide(std::uint64_t(1) << tasks_[i]);
            auto& r = repGrads_[i];
            r.resize(rep_.size());
            for (size_t z = 0; z < rep_.size(); ++z) r[z] = model_.outputGrad(rep_[z]);
        }
        for (size_t h = 0; h < heads.size(); ++h) heads[h]->lossWeight = base[h] * mw[h];
        c.gram.setZero(K, K);
        for (int i = 0; i < K; ++i)
            for (int j = i; j < K; ++j) {
                double d = 0;
                for (size_t z = 0; z < rep_.size(); ++z)
                    d += (repGrads_[i][z].array() * repGrads_[j][z].array())
                             .template cast<double>()
                             .sum();
                c.gram(i, j) = c.gram(j, i) = d;
            }
        c.groupGram.assign(groupNames_.size(), Eigen::MatrixXd::Zero(K, K));
        std::vector<int> active;
        for (int i = 0; i < K; ++i)
            if (base[tasks_[i]] != 0 && heads[tasks_[i]]->lastCount > 0 && c.gram(i, i) > 0)
                active.push_back(i);
        const int A = static_cast<int>(active.size());
        Eigen::VectorXd a = Eigen::VectorXd::Ones(K);
        if (A >= 2) {
            Eigen::MatrixXd sub(A, A);
            for (int i = 0; i < A; ++i)
                for (int j = 0; j < A; ++j) sub(i, j) = c.gram(active[i], active[j]);
            const Eigen::VectorXd b = mgdaCoefficients(sub);
            for (int i = 0; i < A; ++i) a(active[i]) = b(i);
        }
        c.change = relativeChange(c.gram, a);
        c.changed = c.change > 1e-9;
        repCombined_.resize(rep_.size());
        for (size_t z = 0; z < rep_.size(); ++z) {
            repCombined_[z] = static_cast<Real>(a(0)) * repGrads_[0][z];
            for (int i = 1; i < K; ++i)
                repCombined_[z] += static_cast<Real>(a(i)) * repGrads_[i][z];
        }
        model_.backwardSharedSide(repCombined_);
        return;
    }
    if (hasReg) {  // the regularisers' gradient alone, added once at the end
        only(-1);
        model_.backward();
        regGrad_.resize(params.size());
        for (size_t p = 0; p < params.size(); ++p) regGrad_[p] = params[p]->grad;
        regRep_.resize(rep_.size());
        for (size_t z = 0; z < rep_.size(); ++z) regRep_[z] = model_.outputGrad(rep_[z]);
    }
    const bool ub = method == WeightingMethod::MGDAUB && !rep_.empty();
    if (ub) repGrads_.resize(static_cast<size_t>(K));
    for (int i = 0; i < K; ++i) {
        only(i);
        if (hasReg)
            model_.backward();
        else  // only the layers this task depends on
            model_.backward(std::uint64_t(1) << tasks_[i]);
        auto& g = taskGrads_[i];
        g.resize(params.size());
        for (size_t p = 0; p < params.size(); ++p) {
            g[p] = params[p]->grad;
            if (hasReg) g[p] -= regGrad_[p];
        }
        if (ub) {  // the task's gradient on the shared representation
            auto& r = repGrads_[i];
            r.resize(rep_.size());
            for (size_t z = 0; z < rep_.size(); ++z) {
                r[z] = model_.outputGrad(rep_[z]);
                if (hasReg) r[z] -= regRep_[z];
            }
        }
    }
    for (size_t h = 0; h < heads.size(); ++h) heads[h]->lossWeight = base[h] * mw[h];

    c.gram.setZero(K, K);
    c.groupGram.assign(groupNames_.size(), Eigen::MatrixXd::Zero(K, K));
    for (size_t s = 0; s < segs.size(); ++s) {
        const std::uint64_t m = segTasks_[s];
        if (popcount(m) < 2) continue;
        const int p = segParam_[s];
        for (int i = 0; i < K; ++i) {
            if (!((m >> i) & 1)) continue;
            const auto gi = taskGrads_[i][p].middleRows(segs[s].row0, segs[s].rows);
            for (int j = i; j < K; ++j) {
                if (!((m >> j) & 1)) continue;
                const auto gj = taskGrads_[j][p].middleRows(segs[s].row0, segs[s].rows);
                const double d = (gi.array() * gj.array()).template cast<double>().sum();
                c.gram(i, j) += d;
                if (j != i) c.gram(j, i) += d;
                Eigen::MatrixXd& gg = c.groupGram[segGroup_[s]];
                gg(i, j) += d;
                if (j != i) gg(j, i) += d;
            }
        }
    }

    Eigen::VectorXd own(K);  // task-specific rows: the task's own gradient (times its weight)
    for (int i = 0; i < K; ++i) own(i) = isGradientMethod(method) ? 1.0 : mw[tasks_[i]];
    Eigen::VectorXd a = own;  // shared rows
    int projections = 0;
    if (isGradientMethod(method)) {
        // Only the tasks that have a gradient on this batch take part: a task weighted 0 or
        // without a labelled example in the batch has none, and MGDA's min-norm point would be
        // that zero vector (no update of the shared parameters at all).
        std::vector<int> active;
        for (int i = 0; i < K; ++i)
            if (base[tasks_[i]] != 0 && heads[tasks_[i]]->lastCount > 0 && c.gram(i, i) > 0)
                active.push_back(i);
        const int A = static_cast<int>(active.size());
        Eigen::MatrixXd sub(A, A);
        for (int i = 0; i < A; ++i)
            for (int j = 0; j < A; ++j) sub(i, j) = c.gram(active[i], active[j]);
        Eigen::VectorXd b = Eigen::VectorXd::Ones(A);
        if (A >= 2 && method == WeightingMethod::PCGrad) {
            std::vector<int> order(static_cast<size_t>(A));
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), rng);
            b = pcgradCoefficients(sub, order, &projections);
        } else if (A >= 2 && (method == WeightingMethod::MGDA ||
                              (method == WeightingMethod::MGDAUB && !ub))) {
            b = mgdaCoefficients(sub);
        } else if (A >= 2 && ub) {
            // MGDA-UB: the min-norm point of the task gradients on the shared representation.
            Eigen::MatrixXd rg(A, A);
            for (int i = 0; i < A; ++i)
                for (int j = i; j < A; ++j) {
                    double d = 0;
                    for (size_t z = 0; z < rep_.size(); ++z)
                        d += (repGrads_[active[i]][z].array() * repGrads_[active[j]][z].array())
                                 .template cast<double>()
                                 .sum();
                    rg(i, j) = rg(j, i) = d;
                }
            b = mgdaCoefficients(rg);
        } else if (A >= 2 && method == WeightingMethod::CAGrad) {
            b = cagradCoefficients(sub, cfg_.weighting.cagradC);
        }
        for (int i = 0; i < A; ++i) a(active[i]) = b(i);
    }
    if (isGradientMethod(method)) {
        c.change = relativeChange(c.gram, a);
        c.changed = method == WeightingMethod::PCGrad ? projections > 0 : c.change > 1e-9;
    }
    for (size_t s = 0; s < segs.size(); ++s) {
        const std::uint64_t m = segTasks_[s];
        const Eigen::VectorXd& coef = popcount(m) >= 2 ? a : own;
        const int p = segParam_[s];
        auto out = params[p]->grad.middleRows(segs[s].row0, segs[s].rows);
        out.setZero();
        for (int i = 0; i < K; ++i)
            if (m == 0 || ((m >> i) & 1))
                out += static_cast<Real>(coef(i)) *
                       taskGrads_[i][p].middleRows(segs[s].row0, segs[s].rows);
        if (hasReg) out += regGrad_[p].middleRows(segs[s].row0, segs[s].rows);
    }
}

void Trainer::updateAfterStep(const std::vector<double>& base, double lr, const Conflict* c) {
    const auto& heads = model_.heads();
    const int K = static_cast<int>(tasks_.size());
    const WeightingConfig& w = cfg_.weighting;
    ++ws_.steps;
    if (w.method == WeightingMethod::UW) {
        // Adam on the log-variances, with the network's learning rate and betas.
        const OptimizerConfig& oc = cfg_.optimizer;
        const double t = static_cast<double>(ws_.steps);
        for (int i = 0; i < K; ++i) {
            const TaskHead* h = heads[tasks_[i]];
            if (h->lastCount == 0) continue;
            const double g = uwGradS(base[tasks_[i]] * h->lastLoss, ws_.logVar[i],
                                     h->kind == TaskKind::Regression);
            double& m1 = ws_.uwMoment1[i];
            double& m2 = ws_.uwMoment2[i];
            m1 = oc.beta1 * m1 + (1 - oc.beta1) * g;
            m2 = oc.beta2 * m2 + (1 - oc.beta2) * g * g;
            const double mh = m1 / (1 - std::pow(oc.beta1, t));
            const double vh = m2 / (1 - std::pow(oc.beta2, t));
            ws_.logVar[i] -= lr * mh / (std::sqrt(vh) + oc.eps);
            ws_.logVar[i] = std::clamp(ws_.logVar[i], -20.0, 20.0);
        }
    } else if (w.method == WeightingMethod::GradNorm && c) {
        std::vector<double> norms(K), losses(K);
        for (int i = 0; i < K; ++i) {
            norms[i] = std::sqrt(std::max(0.0, c->gram(i, i)));
            losses[i] = heads[tasks_[i]]->lastLoss;
        }
        if (ws_.initialLoss.size() != static_cast<size_t>(K)) ws_.initialLoss = losses;
        ws_.weights = gradnormUpdate(ws_.weights, norms, losses, ws_.initialLoss, w.gradnormAlpha,
                                     w.gradnormLr);
    }
}

Trainer::Trainer(Model& model, TrainConfig cfg)
    : model_(model), cfg_(std::move(cfg)), opt_(cfg_.optimizer) {
    const std::string bad = cfg_.weighting.check(static_cast<int>(model_.schema().tasks.size()));
    if (!bad.empty()) throw std::invalid_argument("loss weighting: " + bad);
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
    flushDenormals();
    adviseHugePages(trainSet);
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
    prepareWeighting();
    const WeightingConfig& wcfg = cfg_.weighting;
    // Split steps, unless every step runs a backward pass per task.
    // (The replicas live as long as this call.)
    const std::unique_ptr<DataParallel> split =
        !needsTaskGradients(wcfg.method) || tasks_.empty()
            ? DataParallel::create(model_, omp_get_max_threads())
            : nullptr;
    res.dataParallel = split ? split->threads() : 0;
    Rng weightRng(wcfg.seed ? wcfg.seed : cfg_.seed ^ 0xC2B2AE3D27D4EB4FULL);  // PCGrad's order
    std::vector<double> base(heads.size()), mw;
    for (size_t h = 0; h < heads.size(); ++h) base[h] = heads[h]->lossWeight;
    auto restoreBase = [&] {
        for (size_t h = 0; h < heads.size(); ++h) heads[h]->lossWeight = base[h];
    };
    // The last conflict measurement and the run's summary.
    Conflict lastConflict;
    long long lastConflictStep = -1;
    ConflictTally tally;

    // The weights kept on a stop, a divergence or at the end (restoreBest), each with the
    // weighting method's state of the same moment (UW's log-variances, GradNorm's weights, DWA's
    // history), so that a saved model never pairs epoch k's weights with epoch N's state.
    std::vector<Mat> lastGood = snapshotWeights(model_), best;
    WeightingState lastGoodWs = ws_, bestWs;
    auto restoreBest = [&] {
        restoreWeights(model_, best);
        ws_ = bestWs;
    };
    double bestScore = -1e300;
    int sinceBest = 0;
    long long step = 0;
    double firstLoss = 0;
    // A batch loss above this counts as diverging (infinite when no bound applies).
    auto divergenceBound = [&] {
        return cfg_.divergenceFactor > 0 && std::isfinite(firstLoss)
                   ? cfg_.divergenceFactor * std::max(firstLoss, 1e-3)
                   : std::numeric_limits<double>::infinity();
    };
    auto finish = [&](const std::string& reason) {
        restoreBase();
        if (tally.measured > 0) {
            res.conflictSamples = static_cast<int>(tally.measured);
            res.meanCosine = tally.meanCosine();
            res.conflictShare = tally.conflictShare();
            if (isGradientMethod(wcfg.method)) {
                res.changedShare = tally.changedShare();
                res.meanGradientChange = tally.meanChange();
            }
        }
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
                if (cfg_.restoreBest && !best.empty()) restoreBest();
                std::ostringstream os;
                os << "stopped by the user at epoch " << epoch + 1 << ", batch " << b + 1;
                finish(os.str());
                return res;
            }
            if (liveLossWeights_)
                for (size_t h = 0; h < heads.size(); ++h)
                    base[h] = (*liveLossWeights_)[h].load(std::memory_order_relaxed);
            methodWeights(epoch, mw);
            for (size_t h = 0; h < heads.size(); ++h) heads[h]->lossWeight = base[h] * mw[h];
            const int start = b * B;
            const int bs = std::min(B, N - start);
            const bool measure =
                !tasks_.empty() && (needsTaskGradients(wcfg.method) ||
                                    (wcfg.conflictEvery > 0 && step % wcfg.conflictEvery == 0));
            const int* rows = order.data() + start;
            const double lr =
                liveLr_ ? liveLr_->load(std::memory_order_relaxed) : cfg_.optimizer.lr;
            // A split step runs the optimizer's update itself, unless the loss would count as
            // diverging below (then nothing is updated, as here).
            const DataParallel::FusedStep fused{&opt_, lr, divergenceBound()};
            const double loss = split && !measure
                                    ? split->forwardBackward(trainSet, rows, bs, noiseRng,
                                                             step > 0 ? &fused : nullptr)
                                    : model_.forward(trainSet, rows, bs, true, noiseRng);
            if (step == 0) firstLoss = loss;
            const bool exploded = std::isfinite(loss) && loss > divergenceBound();
            if (!std::isfinite(loss) || exploded) {
                if (best.empty()) {
                    restoreWeights(model_, lastGood);
                    ws_ = lastGoodWs;
                } else {
                    restoreBest();
                }
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
            Conflict conflict;
            if (measure)
                backwardPerTask(base, mw, weightRng, conflict);
            else if (!split)
                model_.backward();
            if (!split || measure || !split->lastStepped()) opt_.step(lr);
            updateAfterStep(base, lr, measure ? &conflict : nullptr);
            if (measure) {
                tally.add(cosines(conflict.gram), conflict.changed, conflict.change);
                lastConflict = std::move(conflict);
                lastConflictStep = step;
            }
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
                s.weighting = weightingName(wcfg.method);
                s.methodWeights = mw;
                if (wcfg.method == WeightingMethod::UW) {
                    s.logVariance.assign(heads.size(), std::nan(""));
                    for (size_t i = 0; i < tasks_.size(); ++i)
                        s.logVariance[tasks_[i]] = ws_.logVar[i];
                }
                if (lastConflictStep >= 0) {
                    s.conflictStep = lastConflictStep + 1;
                    s.conflictHeads = tasks_;
                    for (Eigen::Index i = 0; i < lastConflict.gram.rows(); ++i)
                        s.taskGradNorm.push_back(std::sqrt(std::max(0.0, lastConflict.gram(i, i))));
                    s.cosine = cosines(lastConflict.gram);
                    s.groupNames = groupNames_;
                    for (const Eigen::MatrixXd& g : lastConflict.groupGram)
                        s.groupCosine.push_back(cosines(g));
                    s.gradientChanged = lastConflict.changed;
                    s.gradientChange = lastConflict.change;
                    s.changedShare = tally.changedShare();
                }
                samplesSinceSnap = 0;
                for (TrainObserver* o : observers_) o->onBatch(s);
                tb = Clock::now();  // time spent in observers (e.g. a paused UI) is not training
            }
        }
        EpochSnapshot es;
        es.epoch = epoch;
        es.trainLoss = lossSum / batches;
        for (double s : taskSum) es.trainTaskLoss.push_back(s / batches);
        if (wcfg.method == WeightingMethod::DWA) {  // DWA: the epoch's task losses
            std::vector<double> l;
            for (int h : tasks_) l.push_back(es.trainTaskLoss[h]);
            ws_.lossHistory.push_back(l);
            if (ws_.lossHistory.size() > 2) ws_.lossHistory.erase(ws_.lossHistory.begin());
        }
        restoreBase();  // validation's total loss with the heads' own weights
        es.valid = evaluate(model_, validSet, cfg_.evalBatch);
        const double sc = score(es.valid);
        if (sc > bestScore) {
            bestScore = sc;
            best = snapshotWeights(model_);
            bestWs = ws_;
            res.bestEpoch = epoch;
            es.improved = true;
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
        lastGood = snapshotWeights(model_);
        lastGoodWs = ws_;
        es.seconds = secondsSince(te);
        res.history.push_back(es);
        res.epochs = epoch + 1;
        for (TrainObserver* o : observers_) o->onEpoch(es);
        if (!cfg_.earlyStopTask.empty() && sinceBest >= cfg_.patience) {
            if (cfg_.restoreBest && !best.empty()) restoreBest();
            std::ostringstream os;
            os << "early stopping after epoch " << epoch + 1 << ": validation "
               << cfg_.earlyStopTask << " did not improve for " << cfg_.patience
               << " epochs (best: epoch " << res.bestEpoch + 1 << ")";
            finish(os.str());
            return res;
        }
    }
    if (cfg_.restoreBest && !best.empty()) restoreBest();
    std::ostringstream os;
    os << "finished " << cfg_.epochs << " epochs";
    if (cfg_.restoreBest && res.bestEpoch >= 0)
        os << " (kept the weights of epoch " << res.bestEpoch + 1 << ")";
    finish(os.str());
    return res;
}

}  // namespace mtl
