#include "train/Weighting.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

namespace mtl {

namespace {
const char* const kNames[] = {"ew",     "uw",   "gradnorm", "dwa",    "ple",
                              "pcgrad", "mgda", "cagrad",   "mgda-ub"};
constexpr int kCount = 9;

// sum over (i, j) of u_i G_ij v_j
double quad(const Eigen::MatrixXd& G, const Eigen::VectorXd& u, const Eigen::VectorXd& v) {
    return u.dot(G * v);
}
}  // namespace

const char* weightingName(WeightingMethod m) {
    const int i = static_cast<int>(m);
    return i >= 0 && i < kCount ? kNames[i] : "?";
}

bool weightingFromString(const std::string& s, WeightingMethod& out) {
    for (int i = 0; i < kCount; ++i)
        if (s == kNames[i]) {
            out = static_cast<WeightingMethod>(i);
            return true;
        }
    return false;
}

std::vector<std::string> weightingNames() { return {std::begin(kNames), std::end(kNames)}; }

bool isGradientMethod(WeightingMethod m) {
    return m == WeightingMethod::PCGrad || m == WeightingMethod::MGDA ||
           m == WeightingMethod::CAGrad || m == WeightingMethod::MGDAUB;
}

bool needsTaskGradients(WeightingMethod m) {
    return isGradientMethod(m) || m == WeightingMethod::GradNorm;
}

std::string WeightingConfig::check(int tasks) const {
    std::ostringstream os;
    auto bad = [](double v) { return !std::isfinite(v); };
    if (bad(gradnormAlpha) || gradnormAlpha < 0 || gradnormAlpha > 10)
        os << "GradNorm alpha must be between 0 and 10 (got " << gradnormAlpha << ")";
    else if (bad(gradnormLr) || gradnormLr <= 0 || gradnormLr > 10)
        os << "GradNorm's learning rate must be above 0 and at most 10 (got " << gradnormLr << ")";
    else if (bad(dwaT) || dwaT <= 0 || dwaT > 1e6)
        os << "the DWA temperature must be above 0 (got " << dwaT << ")";
    else if (bad(cagradC) || cagradC < 0 || cagradC > 100)
        os << "CAGrad's c must be between 0 and 100 (got " << cagradC << ")";
    else if (conflictEvery < 0)
        os << "conflict statistics every " << conflictEvery << " steps: must be 0 (never) or more";
    if (!os.str().empty()) return os.str();
    auto perTask = [&](const std::vector<double>& v, const char* what, double lo, double hi) {
        if (v.size() > 1 && tasks > 0 && static_cast<int>(v.size()) != tasks)
            os << "PLE " << what << ": " << v.size() << " values for " << tasks << " tasks";
        else
            for (double x : v)
                if (bad(x) || x < lo || x > hi) {
                    os << "PLE " << what << " must be between " << lo << " and " << hi << " (got "
                       << x << ")";
                    break;
                }
    };
    perTask(pleGamma, "gamma", 0.0, 10.0);
    if (os.str().empty()) perTask(pleW0, "initial weight", 0.0, 1e6);
    return os.str();
}

Eigen::VectorXd pcgradCoefficients(const Eigen::MatrixXd& G, const std::vector<int>& order,
                                   int* projections) {
    const int K = static_cast<int>(G.rows());
    Eigen::VectorXd total = Eigen::VectorXd::Zero(K);
    int count = 0;
    for (int i = 0; i < K; ++i) {
        Eigen::VectorXd c = Eigen::VectorXd::Unit(K, i);  // g_i' on the original gradients
        for (int j : order) {
            if (j == i || j < 0 || j >= K) continue;
            const double gjj = G(j, j);
            if (gjj <= 0) continue;
            const double dot = c.dot(G.col(j));  // <g_i', g_j>
            if (dot < 0) {
                c(j) -= dot / gjj;
                ++count;
            }
        }
        total += c;
    }
    if (projections) *projections = count;
    return total;
}

Eigen::VectorXd minNormTwo(double g11, double g12, double g22) {
    Eigen::VectorXd a(2);
    const double den = g11 + g22 - 2 * g12;  // |g1 - g2|^2
    double a1 = den > 1e-300 ? (g22 - g12) / den : 0.5;
    a1 = std::clamp(a1, 0.0, 1.0);
    a << a1, 1 - a1;
    return a;
}

Eigen::VectorXd minNormWeights(const Eigen::MatrixXd& G, int iterations) {
    const int K = static_cast<int>(G.rows());
    if (K == 0) return {};
    if (K == 1) return Eigen::VectorXd::Ones(1);
    if (K == 2) return minNormTwo(G(0, 0), G(0, 1), G(1, 1));
    Eigen::VectorXd a = Eigen::VectorXd::Constant(K, 1.0 / K);
    for (int it = 0; it < iterations; ++it) {
        const Eigen::VectorXd Ga = G * a;
        Eigen::Index t = 0;
        Ga.minCoeff(&t);
        // Exact line search between the current point v = sum a g and the vertex g_t.
        const Eigen::VectorXd step = minNormTwo(a.dot(Ga), Ga(t), G(t, t));
        Eigen::VectorXd next = step(0) * a;
        next(t) += step(1);
        if ((next - a).cwiseAbs().sum() < 1e-12) break;
        a = next;
    }
    return a;
}

Eigen::VectorXd mgdaCoefficients(const Eigen::MatrixXd& G) {
    return static_cast<double>(G.rows()) * minNormWeights(G);
}

namespace {
// CAGrad's dual objective on the simplex: <g_w, g0> + c |g0| |g_w|.
double cagradObjective(const Eigen::MatrixXd& G, const Eigen::VectorXd& w, const Eigen::VectorXd& b,
                       double cg0) {
    return quad(G, w, b) + cg0 * std::sqrt(std::max(0.0, quad(G, w, w)) + 1e-20);
}

// Euclidean projection onto the probability simplex (Duchi et al. 2008).
Eigen::VectorXd projectSimplex(const Eigen::VectorXd& v) {
    std::vector<double> u(v.data(), v.data() + v.size());
    std::sort(u.begin(), u.end(), std::greater<double>());
    double cum = 0, theta = 0;
    for (size_t i = 0; i < u.size(); ++i) {
        cum += u[i];
        const double t = (cum - 1) / static_cast<double>(i + 1);
        if (u[i] - t > 0) theta = t;
    }
    return (v.array() - theta).max(0.0).matrix();
}
}  // namespace

Eigen::VectorXd cagradCoefficients(const Eigen::MatrixXd& G, double c) {
    const int K = static_cast<int>(G.rows());
    if (K == 0) return {};
    const Eigen::VectorXd b = Eigen::VectorXd::Constant(K, 1.0 / K);
    const double g0 = std::sqrt(std::max(0.0, quad(G, b, b)));
    const double cg0 = c * g0;
    Eigen::VectorXd w = b;
    if (K == 2) {
        // Convex in w_1 on [0, 1]: golden-section search.
        auto f = [&](double x) {
            Eigen::VectorXd v(2);
            v << x, 1 - x;
            return cagradObjective(G, v, b, cg0);
        };
        double lo = 0, hi = 1;
        const double r = (std::sqrt(5.0) - 1) / 2;
        double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
        double f1 = f(x1), f2 = f(x2);
        for (int it = 0; it < 100 && hi - lo > 1e-12; ++it) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - r * (hi - lo);
                f1 = f(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + r * (hi - lo);
                f2 = f(x2);
            }
        }
        const double x = (lo + hi) / 2;
        w << x, 1 - x;
    } else {
        // Projected subgradient descent with decreasing steps, keeping the best point.
        const double scale = std::max(1e-300, G.diagonal().maxCoeff());
        Eigen::VectorXd best = w;
        double fBest = cagradObjective(G, w, b, cg0);
        for (int it = 0; it < 500; ++it) {
            const double nw = std::sqrt(std::max(0.0, quad(G, w, w)) + 1e-20);
            const Eigen::VectorXd grad = G * b + cg0 * (G * w) / nw;
            w = projectSimplex(w - (0.5 / (scale * std::sqrt(it + 1.0))) * grad);
            const double fw = cagradObjective(G, w, b, cg0);
            if (fw < fBest) {
                fBest = fw;
                best = w;
            }
        }
        w = best;
    }
    const double gw = std::sqrt(std::max(0.0, quad(G, w, w)));
    const double lambda = gw > 1e-300 ? cg0 / gw : 0.0;
    return static_cast<double>(K) * (b + lambda * w) / (1 + c * c);
}

double relativeChange(const Eigen::MatrixXd& G, const Eigen::VectorXd& a) {
    const Eigen::VectorXd one = Eigen::VectorXd::Ones(G.rows());
    const double base = quad(G, one, one);
    if (base <= 0) return 0;
    const Eigen::VectorXd e = a - one;
    return std::sqrt(std::max(0.0, quad(G, e, e)) / base);
}

Eigen::MatrixXd gramOf(const std::vector<Eigen::VectorXd>& g) {
    const int K = static_cast<int>(g.size());
    Eigen::MatrixXd G(K, K);
    for (int i = 0; i < K; ++i)
        for (int j = 0; j < K; ++j) G(i, j) = g[i].dot(g[j]);
    return G;
}

Eigen::VectorXd combine(const std::vector<Eigen::VectorXd>& g, const Eigen::VectorXd& a) {
    Eigen::VectorXd r = Eigen::VectorXd::Zero(g.empty() ? 0 : g[0].size());
    for (size_t k = 0; k < g.size(); ++k) r += a(static_cast<Eigen::Index>(k)) * g[k];
    return r;
}

std::vector<double> dwaWeights(const std::vector<std::vector<double>>& h, double T) {
    if (h.empty()) return {};
    const size_t K = h.back().size();
    std::vector<double> w(K, 1.0);
    if (h.size() < 2 || h[h.size() - 2].size() != K || K == 0) return w;
    const auto& last = h[h.size() - 1];
    const auto& prev = h[h.size() - 2];
    std::vector<double> e(K);
    double mx = -1e300;
    for (size_t k = 0; k < K; ++k) {
        const double r = prev[k] > 0 ? last[k] / prev[k] : 1.0;
        e[k] = std::isfinite(r) ? r / T : 1.0 / T;
        mx = std::max(mx, e[k]);
    }
    double sum = 0;
    for (double& x : e) sum += (x = std::exp(x - mx));
    for (size_t k = 0; k < K; ++k) w[k] = static_cast<double>(K) * e[k] / sum;
    return w;
}

std::vector<double> pleWeights(const std::vector<double>& w0, const std::vector<double>& gamma,
                               int tasks, int epoch) {
    std::vector<double> w(static_cast<size_t>(std::max(0, tasks)), 1.0);
    for (int k = 0; k < tasks; ++k) {
        const double a = w0.size() == 1 ? w0[0] : k < static_cast<int>(w0.size()) ? w0[k] : 1.0;
        const double g = gamma.size() == 1                    ? gamma[0]
                         : k < static_cast<int>(gamma.size()) ? gamma[k]
                                                              : 1.0;
        w[k] = a * std::pow(g, static_cast<double>(epoch));
    }
    return w;
}

std::vector<double> gradnormUpdate(const std::vector<double>& weights,
                                   const std::vector<double>& norms,
                                   const std::vector<double>& losses,
                                   const std::vector<double>& initialLosses, double alpha,
                                   double lr) {
    const size_t K = weights.size();
    if (K == 0 || norms.size() != K || losses.size() != K || initialLosses.size() != K)
        return weights;
    std::vector<double> G(K), ratio(K);
    double gbar = 0, rbar = 0;
    for (size_t k = 0; k < K; ++k) {
        G[k] = weights[k] * norms[k];
        gbar += G[k] / K;
        ratio[k] = initialLosses[k] > 0 ? losses[k] / initialLosses[k] : 1.0;
        rbar += ratio[k] / K;
    }
    std::vector<double> w(K);
    double sum = 0;
    for (size_t k = 0; k < K; ++k) {
        const double r = rbar > 0 ? ratio[k] / rbar : 1.0;
        const double target = gbar * std::pow(r, alpha);
        const double d = G[k] > target ? 1.0 : (G[k] < target ? -1.0 : 0.0);
        w[k] = std::max(1e-3, weights[k] - lr * d * norms[k]);
        if (!std::isfinite(w[k])) w[k] = 1.0;
        sum += w[k];
    }
    for (double& x : w) x *= static_cast<double>(K) / sum;
    return w;
}

double uwWeight(double s, bool regression) {
    return regression ? 0.5 * std::exp(-s) : std::exp(-s);
}
double uwLoss(double loss, double s, bool regression) {
    return uwWeight(s, regression) * loss + 0.5 * s;
}
double uwGradS(double loss, double s, bool regression) {
    return -uwWeight(s, regression) * loss + 0.5;
}

}  // namespace mtl
