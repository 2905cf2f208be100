#include "data/Funnel.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>

#include "data/Random.h"

namespace mtl {

namespace {

using detail::RandomSource;

double dot(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    double s = 0;
    for (Eigen::Index i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}

void normalise(Eigen::VectorXd& v) { v /= std::sqrt(dot(v, v)); }

double sigmoid(double t) { return 1.0 / (1.0 + std::exp(-t)); }

// E[f(z)] for z ~ N(0, 1): trapezoid rule on [-10, 10] (the tails beyond hold < 1e-22).
double gaussianMean(const std::function<double(double)>& f) {
    const int n = 4000;
    const double lo = -10, h = 20.0 / n;
    const double norm = 1.0 / std::sqrt(6.283185307179586476925286766559);
    double s = 0;
    for (int i = 0; i <= n; ++i) {
        const double z = lo + i * h;
        const double w = (i == 0 || i == n) ? 0.5 : 1.0;
        s += w * f(z) * norm * std::exp(-0.5 * z * z);
    }
    return s * h;
}

// The intercept t with E[sigmoid(t + g(z))] = rate (bisection: the mean rises with t).
double solveIntercept(const std::function<double(double)>& g, double rate) {
    double lo = -60, hi = 60;
    for (int it = 0; it < 100; ++it) {
        const double mid = 0.5 * (lo + hi);
        const double m = gaussianMean([&](double z) { return sigmoid(mid + g(z)); });
        (m < rate ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

std::string fmt(const char* f, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

[[noreturn]] void refuse(const std::string& what) {
    throw std::invalid_argument("funnel data: " + what);
}

}  // namespace

void checkFunnelConfig(const FunnelConfig& c) {
    if (c.d < 2) refuse("d must be at least 2, got " + std::to_string(c.d));
    if (c.nTrain < 2) refuse("need at least 2 training rows, got " + std::to_string(c.nTrain));
    if (c.nValid < 0 || c.nTest < 0) refuse("validation and test rows must not be negative");
    if (!(c.clickRate > 0 && c.clickRate < 1))
        refuse("the click rate must be greater than 0 and less than 1, got " +
               fmt("%g", c.clickRate));
    if (!(c.conversionRate > 0 && c.conversionRate < 1))
        refuse("the conversion rate must be greater than 0 and less than 1, got " +
               fmt("%g", c.conversionRate));
    if (!(std::fabs(c.bias) <= 1))
        refuse("the bias strength must be between -1 and 1, got " + fmt("%g", c.bias));
    if (!(c.clickSlope >= 0 && c.clickSlope <= 100))
        refuse("the click slope must be between 0 and 100, got " + fmt("%g", c.clickSlope));
    if (!(c.conversionSlope >= 0 && c.conversionSlope <= 100))
        refuse("the conversion slope must be between 0 and 100, got " +
               fmt("%g", c.conversionSlope));
    if (c.m < 0 || c.m > 1000)
        refuse("the sinusoids must be 0 to 1000, got " + std::to_string(c.m));
}

DataSplits makeFunnel(const FunnelConfig& cfg, FunnelInfo* info) {
    checkFunnelConfig(cfg);
    const int d = cfg.d;
    RandomSource rnd(cfg.seed);

    // 1. Orthonormal u, v (the second projection pass removes rounding error).
    Eigen::VectorXd u(d), v(d);
    for (int i = 0; i < d; ++i) u[i] = rnd.normal();
    for (int i = 0; i < d; ++i) v[i] = rnd.normal();
    normalise(u);
    for (int pass = 0; pass < 2; ++pass) v -= dot(v, u) * u;
    normalise(v);

    // 2. The click direction: cos(w, v) = b, |w| = 1.
    const double b = cfg.bias;
    const Eigen::VectorXd w = std::sqrt(std::max(0.0, 1.0 - b * b)) * u + b * v;

    // 5. The conversion score's sinusoids, its standardisation and the intercepts.
    Eigen::VectorXd alpha(cfg.m), beta(cfg.m);
    for (int i = 0; i < cfg.m; ++i) alpha[i] = rnd.normal();
    for (int i = 0; i < cfg.m; ++i) beta[i] = rnd.normal();
    auto rawScore = [&](double z) {
        double s = z;
        for (int i = 0; i < cfg.m; ++i) s += std::sin(alpha[i] * z + beta[i]);
        return s;
    };
    const double mean = gaussianMean(rawScore);
    const double var = gaussianMean([&](double z) {
        const double e = rawScore(z) - mean;
        return e * e;
    });
    const double sd = var > 1e-12 ? std::sqrt(var) : 1.0;
    const double kc = cfg.clickSlope, kv = cfg.conversionSlope;
    auto cvrLogit = [&](double z) { return kv * (rawScore(z) - mean) / sd; };
    const double a = solveIntercept([&](double z) { return kc * z; }, cfg.clickRate);
    const double c = solveIntercept(cvrLogit, cfg.conversionRate);

    DataSchema schema;
    for (int i = 0; i < d; ++i) schema.numericNames.push_back("x" + std::to_string(i + 1));
    schema.tasks = {{"click", TaskKind::Binary}, {"click_and_conversion", TaskKind::Binary}};

    // 3./4./6. Impressions.
    const int counts[3] = {cfg.nTrain, cfg.nValid, cfg.nTest};
    DataSplits out;
    Dataset* parts[3] = {&out.train, &out.valid, &out.test};
    FunnelTruth truth[3];
    long long clicked = 0, convClicked = 0, convUnclicked = 0;
    double zClicked = 0, zUnclicked = 0;
    Eigen::VectorXd x(d);
    for (int s = 0; s < 3; ++s) {
        Dataset& ds = *parts[s];
        const int n = counts[s];
        ds.schema = schema;
        ds.numeric.resize(d, n);
        ds.categorical.resize(0, n);
        ds.labels.resize(2, n);
        FunnelTruth& t = truth[s];
        t.pCtr.resize(n);
        t.pCvr.resize(n);
        t.conversion.resize(n);
        for (int r = 0; r < n; ++r) {
            for (int i = 0; i < d; ++i) {
                const float val = static_cast<float>(rnd.normal());
                ds.numeric(i, r) = val;
                x[i] = val;  // propensities are computed from the stored (float) features
            }
            const double uClick = rnd.uniform();
            const double uConv = rnd.uniform();
            const double z = dot(v, x);
            const double pCtr = sigmoid(a + kc * dot(w, x));
            const double pCvr = sigmoid(c + cvrLogit(z));
            const bool click = uClick < pCtr;
            const bool conv = uConv < pCvr;
            ds.labels(0, r) = click ? 1.0f : 0.0f;
            ds.labels(1, r) = click && conv ? 1.0f : 0.0f;
            t.pCtr[r] = static_cast<float>(pCtr);
            t.pCvr[r] = static_cast<float>(pCvr);
            t.conversion[r] = conv ? 1.0f : 0.0f;
            if (s == 0) {
                if (click) {
                    ++clicked;
                    convClicked += conv;
                    zClicked += z;
                } else {
                    convUnclicked += conv;
                    zUnclicked += z;
                }
            }
        }
    }

    const long long unclicked = cfg.nTrain - clicked;
    const double nan = std::nan("");
    const double clickRate = static_cast<double>(clicked) / cfg.nTrain;
    const double cvrClicked = clicked ? static_cast<double>(convClicked) / clicked : nan;
    const double cvrUnclicked = unclicked ? static_cast<double>(convUnclicked) / unclicked : nan;
    const double cvrAll = static_cast<double>(convClicked + convUnclicked) / cfg.nTrain;
    const double zc = clicked ? zClicked / clicked : nan;
    const double zu = unclicked ? zUnclicked / unclicked : nan;

    out.description = "funnel (impression -> click -> conversion), bias " + fmt("%g", b) + ": " +
                      std::to_string(cfg.nTrain) + "/" + std::to_string(cfg.nValid) + "/" +
                      std::to_string(cfg.nTest) + " rows";
    out.notes.push_back("rows: train " + std::to_string(cfg.nTrain) + ", valid " +
                        std::to_string(cfg.nValid) + ", test " + std::to_string(cfg.nTest));
    out.notes.push_back("training split: click rate " + fmt("%.4f", clickRate) +
                        "; latent conversion rate " + fmt("%.4f", cvrAll) + " (clicked " +
                        fmt("%.4f", cvrClicked) + ", unclicked " + fmt("%.4f", cvrUnclicked) +
                        "; observed only for clicked)");
    out.notes.push_back("mean CVR feature x.v: clicked " + fmt("%.3f", zc) + ", unclicked " +
                        fmt("%.3f", zu) + " (selection bias strength " + fmt("%g", b) + ")");
    out.notes.push_back(
        "d = " + std::to_string(d) + ", target click rate " + fmt("%g", cfg.clickRate) +
        ", conversion rate " + fmt("%g", cfg.conversionRate) + ", slopes " + fmt("%g", kc) + "/" +
        fmt("%g", kv) + ", m = " + std::to_string(cfg.m) + ", seed " + std::to_string(cfg.seed));

    if (info) {
        info->u = u;
        info->v = v;
        info->w = w;
        info->alpha = alpha;
        info->beta = beta;
        info->clickIntercept = a;
        info->conversionIntercept = c;
        info->scoreMean = mean;
        info->scoreStd = sd;
        info->train = std::move(truth[0]);
        info->valid = std::move(truth[1]);
        info->test = std::move(truth[2]);
        info->clickRate = clickRate;
        info->conversionRateClicked = cvrClicked;
        info->conversionRateUnclicked = cvrUnclicked;
        info->conversionRateAll = cvrAll;
        info->cvrFeatureMeanClicked = zc;
        info->cvrFeatureMeanUnclicked = zu;
    }
    return out;
}

Dataset clickedConversionData(const Dataset& split, std::vector<int>* rowsOut) {
    const int ci = split.schema.taskIndex("click");
    const int ji = split.schema.taskIndex("click_and_conversion");
    if (ci < 0 || ji < 0)
        throw std::invalid_argument(
            "clicked rows: the data needs the tasks 'click' and 'click_and_conversion'");
    std::vector<int> rows;
    for (int r = 0; r < split.rows(); ++r)
        if (split.labels(ci, r) == 1.0f) rows.push_back(r);
    Dataset out;
    out.schema = split.schema;
    out.schema.tasks = {{"conversion", TaskKind::Binary}};
    const int n = static_cast<int>(rows.size());
    out.numeric.resize(split.numeric.rows(), n);
    out.categorical.resize(split.categorical.rows(), n);
    out.labels.resize(1, n);
    for (int j = 0; j < n; ++j) {
        out.numeric.col(j) = split.numeric.col(rows[j]);
        if (split.categorical.rows()) out.categorical.col(j) = split.categorical.col(rows[j]);
        out.labels(0, j) = split.labels(ji, rows[j]);
    }
    if (rowsOut) *rowsOut = std::move(rows);
    return out;
}

}  // namespace mtl
