#include "metrics/GateAnalysis.h"

#include <algorithm>
#include <cmath>

namespace mtl {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Normalises p to sum 1; false for empty, non-finite, negative or zero-sum input.
bool normalised(std::vector<double>& p) {
    double s = 0;
    for (double v : p) {
        if (!std::isfinite(v) || v < 0) return false;
        s += v;
    }
    if (p.empty() || !(s > 0)) return false;
    for (double& v : p) v /= s;
    return true;
}

// KL(p || m) terms of JS, p and m normalised, m = (p + q) / 2 > 0 wherever p > 0.
double jsOfNormalised(const std::vector<double>& p, const std::vector<double>& q) {
    double js = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        const double m = 0.5 * (p[i] + q[i]);
        if (p[i] > 0) js += 0.5 * p[i] * std::log(p[i] / m);
        if (q[i] > 0) js += 0.5 * q[i] * std::log(q[i] / m);
    }
    return std::max(0.0, js);
}

// Indices of gates serving one task each, and whether two of them form a pair to average over.
bool singleTaskPair(const GateStats& a, const GateStats& b) {
    const std::string ta = a.task(), tb = b.task();
    return !ta.empty() && !tb.empty() && ta != tb;
}

}  // namespace

double jensenShannon(const std::vector<double>& p, const std::vector<double>& q) {
    if (p.size() != q.size()) return kNaN;
    std::vector<double> a = p, b = q;
    if (!normalised(a) || !normalised(b)) return kNaN;
    return jsOfNormalised(a, b);
}

double entropy(const std::vector<double>& p) {
    std::vector<double> a = p;
    if (!normalised(a)) return kNaN;
    double h = 0;
    for (double v : a)
        if (v > 0) h -= v * std::log(v);
    return std::max(0.0, h);
}

double linearCka(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y) {
    if (x.cols() != y.cols() || x.cols() < 2 || x.rows() == 0 || y.rows() == 0) return kNaN;
    const Eigen::MatrixXd xc = x.colwise() - x.rowwise().mean();
    const Eigen::MatrixXd yc = y.colwise() - y.rowwise().mean();
    const double xy = (yc * xc.transpose()).squaredNorm();
    const double xx = (xc * xc.transpose()).norm(), yy = (yc * yc.transpose()).norm();
    if (!(xx > 0) || !(yy > 0) || !std::isfinite(xy)) return kNaN;
    return xy / (xx * yy);
}

std::vector<GateExpert> gateExperts(const GateStats& g) {
    if (g.experts.size() == g.mean.size()) return g.experts;
    std::vector<GateExpert> e;
    for (size_t i = 0; i < g.mean.size(); ++i) e.push_back({-1, static_cast<int>(i)});
    return e;
}

std::vector<std::pair<int, int>> commonExperts(const GateStats& a, const GateStats& b) {
    const std::vector<GateExpert> ea = gateExperts(a), eb = gateExperts(b);
    std::vector<std::pair<int, int>> common;
    for (size_t i = 0; i < ea.size(); ++i) {
        const auto it = std::find(eb.begin(), eb.end(), ea[i]);
        if (it != eb.end())
            common.push_back({static_cast<int>(i), static_cast<int>(it - eb.begin())});
    }
    return common;
}

std::vector<std::vector<double>> gateJsMatrix(const std::vector<GateStats>& gates) {
    const size_t G = gates.size();
    std::vector<std::vector<double>> m(G, std::vector<double>(G, kNaN));
    for (size_t i = 0; i < G; ++i)
        for (size_t j = i; j < G; ++j) {
            const auto common = commonExperts(gates[i], gates[j]);
            if (common.size() < 2) continue;
            std::vector<double> p, q;
            for (const auto& [a, b] : common) {
                p.push_back(gates[i].mean[static_cast<size_t>(a)]);
                q.push_back(gates[j].mean[static_cast<size_t>(b)]);
            }
            m[i][j] = m[j][i] = jensenShannon(p, q);
        }
    return m;
}

double meanExampleJs(const GateStats& a, const GateStats& b, const Eigen::MatrixXd& wa,
                     const Eigen::MatrixXd& wb) {
    const auto common = commonExperts(a, b);
    if (common.size() < 2 || wa.cols() != wb.cols() || wa.cols() == 0) return kNaN;
    for (const auto& [i, j] : common)
        if (i >= wa.rows() || j >= wb.rows()) return kNaN;
    std::vector<double> p(common.size()), q(common.size());
    double sum = 0;
    long long n = 0;
    for (Eigen::Index c = 0; c < wa.cols(); ++c) {
        for (size_t k = 0; k < common.size(); ++k) {
            p[k] = wa(common[k].first, c);
            q[k] = wb(common[k].second, c);
        }
        const double js = jensenShannon(p, q);  // an example where a gate puts no weight on the
        if (std::isnan(js)) continue;           //   common experts has no distribution there
        sum += js;
        ++n;
    }
    return n ? sum / static_cast<double>(n) : kNaN;
}

std::vector<int> deadExperts(const std::vector<GateStats>& gates,
                             const std::vector<GateExpert>& experts, double deadFactor) {
    std::vector<int> dead;
    for (size_t x = 0; x < experts.size(); ++x) {
        int seen = 0;
        bool used = false;
        for (const GateStats& g : gates) {
            const std::vector<GateExpert> ge = gateExperts(g);
            const auto it = std::find(ge.begin(), ge.end(), experts[x]);
            if (it == ge.end()) continue;
            ++seen;
            const double w = g.mean[static_cast<size_t>(it - ge.begin())];
            if (!(w < deadFactor / static_cast<double>(ge.size()))) used = true;
        }
        if (seen && !used) dead.push_back(static_cast<int>(x));
    }
    return dead;
}

GateSummary summarizeGates(const std::vector<GateStats>& gates,
                           const std::vector<Eigen::MatrixXd>& perExample,
                           std::vector<GateExpert> experts, std::vector<std::string> expertNames,
                           const std::vector<Eigen::MatrixXd>& expertOutputs,
                           const GateAnalysisOptions& options) {
    GateSummary s;
    if (experts.empty()) {
        expertNames.clear();
        for (const GateStats& g : gates) {
            const std::vector<GateExpert> ge = gateExperts(g);
            for (size_t e = 0; e < ge.size(); ++e)
                if (std::find(experts.begin(), experts.end(), ge[e]) == experts.end()) {
                    experts.push_back(ge[e]);
                    expertNames.push_back(e < g.expertLabels.size() && !g.expertLabels[e].empty()
                                              ? g.expertLabels[e]
                                              : "e" + std::to_string(ge[e].index));
                }
        }
    }
    expertNames.resize(experts.size());
    s.experts = std::move(experts);
    s.expertNames = std::move(expertNames);
    for (const GateStats& g : gates) {
        const std::string task = g.task();
        s.gateNames.push_back(task.empty()      ? g.gate
                              : g.layer.empty() ? task
                                                : g.layer + "." + task);
        const double h = entropy(g.mean);
        s.entropy.push_back(h);
        s.normalisedEntropy.push_back(
            g.mean.size() >= 2 ? h / std::log(static_cast<double>(g.mean.size())) : kNaN);
    }
    s.jsMatrix = gateJsMatrix(gates);
    const bool identified = std::any_of(gates.begin(), gates.end(),
                                        [](const GateStats& g) { return !g.task().empty(); });
    double js = 0, exJs = 0;
    int nJs = 0, nEx = 0;
    for (size_t i = 0; i < gates.size(); ++i)
        for (size_t j = i + 1; j < gates.size(); ++j) {
            if (identified && !singleTaskPair(gates[i], gates[j])) continue;
            if (std::isfinite(s.jsMatrix[i][j])) {
                js += s.jsMatrix[i][j];
                ++nJs;
            }
            if (i < perExample.size() && j < perExample.size()) {
                const double e = meanExampleJs(gates[i], gates[j], perExample[i], perExample[j]);
                if (std::isfinite(e)) {
                    exJs += e;
                    ++nEx;
                }
            }
        }
    if (nJs) s.meanJs = js / nJs;
    if (nEx) s.meanExampleJs = exJs / nEx;
    s.deadExperts = deadExperts(gates, s.experts, options.deadFactor);
    if (!expertOutputs.empty() && expertOutputs.size() == s.experts.size()) {
        const size_t X = s.experts.size();
        s.expertSimilarity.assign(X, std::vector<double>(X, kNaN));
        for (size_t i = 0; i < X; ++i)
            for (size_t j = i; j < X; ++j) {
                const double c = linearCka(expertOutputs[i], expertOutputs[j]);
                s.expertSimilarity[i][j] = s.expertSimilarity[j][i] = c;
                if (i < j && c > options.duplicateThreshold)
                    s.nearDuplicates.push_back({static_cast<int>(i), static_cast<int>(j)});
            }
    }
    return s;
}

}  // namespace mtl
