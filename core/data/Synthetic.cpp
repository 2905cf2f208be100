#include "data/Synthetic.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/Random.h"

namespace mtl {

namespace {

using detail::RandomSource;

double median(std::vector<double> v) {
    const size_t n = v.size();
    std::nth_element(v.begin(), v.begin() + n / 2, v.end());
    double hi = v[n / 2];
    if (n % 2) return hi;
    double lo = *std::max_element(v.begin(), v.begin() + n / 2);
    return 0.5 * (lo + hi);
}

double pearson(const std::vector<double>& a, const std::vector<double>& b) {
    const size_t n = a.size();
    double ma = 0, mb = 0;
    for (size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0 || sbb <= 0) return std::nan("");
    return sab / std::sqrt(saa * sbb);
}

// Plain loops (rather than Eigen reductions, which make GCC 12 warn inside its AVX-512 headers).
double dot(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    double s = 0;
    for (Eigen::Index i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}

void normalise(Eigen::VectorXd& v) { v /= std::sqrt(dot(v, v)); }

std::string fmt(const char* f, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

}  // namespace

DataSplits makeSynthetic(const SyntheticConfig& cfg, SyntheticInfo* info) {
    if (cfg.d < 2) throw std::invalid_argument("makeSynthetic: d must be at least 2");
    if (cfg.m < 0) throw std::invalid_argument("makeSynthetic: m must not be negative");
    if (!(std::fabs(cfg.p) <= 1.0)) throw std::invalid_argument("makeSynthetic: |p| must be <= 1");
    if (cfg.nTrain < 2 || cfg.nValid < 0 || cfg.nTest < 0)
        throw std::invalid_argument("makeSynthetic: need nTrain >= 2 and nValid, nTest >= 0");

    const int d = cfg.d;
    RandomSource rnd(cfg.seed);

    // 1. Orthonormal u1, u2 by Gram-Schmidt (the second projection pass removes rounding error).
    Eigen::VectorXd g1(d), g2(d);
    for (int i = 0; i < d; ++i) g1[i] = rnd.normal();
    for (int i = 0; i < d; ++i) g2[i] = rnd.normal();
    Eigen::VectorXd u1 = g1;
    normalise(u1);
    Eigen::VectorXd u2 = g2;
    for (int pass = 0; pass < 2; ++pass) u2 -= dot(u2, u1) * u1;
    normalise(u2);

    // 2. Task weights with cosine similarity p.
    const double p = cfg.p;
    Eigen::VectorXd w1 = cfg.c * u1;
    Eigen::VectorXd w2 = cfg.c * (p * u1 + std::sqrt(std::max(0.0, 1.0 - p * p)) * u2);

    // Shared sinusoid parameters.
    Eigen::VectorXd alpha(cfg.m), beta(cfg.m);
    for (int i = 0; i < cfg.m; ++i) alpha[i] = cfg.alphaScale * rnd.normal();
    for (int i = 0; i < cfg.m; ++i) beta[i] = cfg.betaScale * rnd.normal();

    auto response = [&](double s, double eps) {
        double y = s + eps;
        for (int i = 0; i < cfg.m; ++i) y += std::sin(alpha[i] * s + beta[i]);
        return y;
    };

    DataSchema schema;
    for (int i = 0; i < d; ++i) schema.numericNames.push_back("x" + std::to_string(i + 1));
    const TaskKind kind = cfg.binary ? TaskKind::Binary : TaskKind::Regression;
    schema.tasks = {{"task1", kind}, {"task2", kind}};

    // 3./4. Rows, with the continuous labels kept in double until thresholding.
    const int counts[3] = {cfg.nTrain, cfg.nValid, cfg.nTest};
    Dataset* parts[3];
    DataSplits out;
    parts[0] = &out.train;
    parts[1] = &out.valid;
    parts[2] = &out.test;
    std::vector<double> y1[3], y2[3];
    Eigen::VectorXd x(d);
    for (int s = 0; s < 3; ++s) {
        Dataset& ds = *parts[s];
        const int n = counts[s];
        ds.schema = schema;
        ds.numeric.resize(d, n);
        ds.categorical.resize(0, n);
        ds.labels.resize(2, n);
        y1[s].resize(n);
        y2[s].resize(n);
        for (int r = 0; r < n; ++r) {
            for (int i = 0; i < d; ++i) {
                const float v = static_cast<float>(rnd.normal());
                ds.numeric(i, r) = v;
                x[i] = v;  // labels are computed from the stored (float) features
            }
            const double e1 = cfg.noiseStd * rnd.normal();
            const double e2 = cfg.noiseStd * rnd.normal();
            y1[s][r] = response(dot(w1, x), e1);
            y2[s][r] = response(dot(w2, x), e2);
        }
    }

    double t1 = 0, t2 = 0;
    if (cfg.binary) {
        t1 = median(y1[0]);
        t2 = median(y2[0]);
    }
    for (int s = 0; s < 3; ++s) {
        Dataset& ds = *parts[s];
        for (int r = 0; r < counts[s]; ++r) {
            if (cfg.binary) {
                ds.labels(0, r) = y1[s][r] > t1 ? 1.0f : 0.0f;
                ds.labels(1, r) = y2[s][r] > t2 ? 1.0f : 0.0f;
            } else {
                ds.labels(0, r) = static_cast<float>(y1[s][r]);
                ds.labels(1, r) = static_cast<float>(y2[s][r]);
            }
        }
    }

    const double regCorr = pearson(y1[0], y2[0]);
    const double corr = cfg.binary ? labelCorrelation(out.train, 0, 1) : regCorr;

    out.description = "synthetic (MMoE Sec. 3.2), p = " + fmt("%g", p) + ": " +
                      std::to_string(cfg.nTrain) + "/" + std::to_string(cfg.nValid) + "/" +
                      std::to_string(cfg.nTest) + " rows";
    out.notes.push_back("rows: train " + std::to_string(cfg.nTrain) + ", valid " +
                        std::to_string(cfg.nValid) + ", test " + std::to_string(cfg.nTest));
    out.notes.push_back("Pearson correlation of task1 and task2 labels on the training split: " +
                        fmt("%.4f", corr) + " (cosine similarity of w1, w2: p = " + fmt("%g", p) +
                        ")");
    if (cfg.binary)
        out.notes.push_back("binary labels: y > training median (task1 " + fmt("%.4f", t1) +
                            ", task2 " + fmt("%.4f", t2) + "); continuous-label correlation " +
                            fmt("%.4f", regCorr));
    out.notes.push_back("d = " + std::to_string(d) + ", c = " + fmt("%g", cfg.c) +
                        ", m = " + std::to_string(cfg.m) + ", noise std " +
                        fmt("%g", cfg.noiseStd) + ", seed " + std::to_string(cfg.seed));

    if (info) {
        info->u1 = u1;
        info->u2 = u2;
        info->w1 = w1;
        info->w2 = w2;
        info->alpha = alpha;
        info->beta = beta;
        info->measuredCorrelation = corr;
        info->regressionCorrelation = regCorr;
        info->threshold1 = t1;
        info->threshold2 = t2;
    }
    return out;
}

}  // namespace mtl
