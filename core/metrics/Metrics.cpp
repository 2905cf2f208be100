#include "metrics/Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace mtl {

namespace {
// Indices of the labelled (non-NaN) examples, sorted by score ascending. Returns false (and no
// indices) when a labelled example has a NaN score: NaN has no rank (it compares unequal to
// itself, which would break both the sort's ordering and the tie grouping of the callers).
bool sortedLabelled(const std::vector<float>& scores, const std::vector<float>& labels,
                    std::vector<int>& idx) {
    idx.clear();
    idx.reserve(scores.size());
    for (size_t i = 0; i < scores.size(); ++i) {
        if (std::isnan(labels[i])) continue;
        if (std::isnan(scores[i])) {
            idx.clear();
            return false;
        }
        idx.push_back(static_cast<int>(i));
    }
    std::sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] < scores[b]; });
    return true;
}
}  // namespace

double rocAuc(const std::vector<float>& scores, const std::vector<float>& labels) {
    std::vector<int> idx;
    if (!sortedLabelled(scores, labels, idx)) return std::numeric_limits<double>::quiet_NaN();
    // Mann-Whitney U with average ranks for ties.
    double pos = 0, neg = 0, rankSumPos = 0;
    size_t i = 0;
    while (i < idx.size()) {
        size_t j = i;
        double p = 0;
        while (j < idx.size() && scores[idx[j]] == scores[idx[i]]) {
            if (labels[idx[j]] > 0.5f) p += 1;
            ++j;
        }
        const double avgRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        rankSumPos += p * avgRank;
        pos += p;
        neg += static_cast<double>(j - i) - p;
        i = j;
    }
    if (pos == 0 || neg == 0) return std::numeric_limits<double>::quiet_NaN();
    return (rankSumPos - pos * (pos + 1) / 2.0) / (pos * neg);
}

std::vector<std::pair<double, double>> rocCurve(const std::vector<float>& scores,
                                                const std::vector<float>& labels) {
    std::vector<int> idx;
    if (!sortedLabelled(scores, labels, idx)) return {{0.0, 0.0}};
    std::reverse(idx.begin(), idx.end());  // descending score: thresholds from high to low
    double P = 0, N = 0;
    for (int k : idx) (labels[k] > 0.5f ? P : N) += 1;
    std::vector<std::pair<double, double>> pts{{0.0, 0.0}};
    if (P == 0 || N == 0) return pts;
    double tp = 0, fp = 0;
    size_t i = 0;
    while (i < idx.size()) {
        size_t j = i;
        while (j < idx.size() && scores[idx[j]] == scores[idx[i]]) {
            (labels[idx[j]] > 0.5f ? tp : fp) += 1;
            ++j;
        }
        pts.emplace_back(fp / N, tp / P);
        i = j;
    }
    return pts;
}

double logLoss(const std::vector<float>& probs, const std::vector<float>& labels) {
    double s = 0;
    int n = 0;
    for (size_t i = 0; i < probs.size(); ++i) {
        if (std::isnan(labels[i])) continue;
        const double p = std::clamp(static_cast<double>(probs[i]), 1e-7, 1 - 1e-7);
        s -= labels[i] > 0.5f ? std::log(p) : std::log(1 - p);
        ++n;
    }
    return n ? s / n : std::numeric_limits<double>::quiet_NaN();
}

double meanSquaredError(const std::vector<float>& preds, const std::vector<float>& labels) {
    double s = 0;
    int n = 0;
    for (size_t i = 0; i < preds.size(); ++i) {
        if (std::isnan(labels[i])) continue;
        const double e = static_cast<double>(preds[i]) - labels[i];
        s += e * e;
        ++n;
    }
    return n ? s / n : std::numeric_limits<double>::quiet_NaN();
}

double pearson(const std::vector<float>& a, const std::vector<float>& b) {
    double sa = 0, sb = 0, n = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) || std::isnan(b[i])) continue;
        sa += a[i];
        sb += b[i];
        n += 1;
    }
    if (n < 2) return std::numeric_limits<double>::quiet_NaN();
    const double ma = sa / n, mb = sb / n;
    double cov = 0, va = 0, vb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) || std::isnan(b[i])) continue;
        cov += (a[i] - ma) * (b[i] - mb);
        va += (a[i] - ma) * (a[i] - ma);
        vb += (b[i] - mb) * (b[i] - mb);
    }
    return cov / std::sqrt(va * vb);
}

const TaskMetrics* EvalResult::find(const std::string& task) const {
    for (const TaskMetrics& t : tasks)
        if (t.task == task) return &t;
    return nullptr;
}

}  // namespace mtl
