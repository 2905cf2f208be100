#pragma once
// Loss weighting and gradient manipulation for multi-task training (issue 13).
//
// Contract. A method is named by a stable string (ew|uw|gradnorm|dwa|ple|pcgrad|mgda|cagrad|
// mgda-ub; the strings are saved in files and used on command lines, never renamed). Two families:
//  - loss weighting (ew, uw, gradnorm, dwa, ple) gives one weight per task; the trained loss is
//    sum_k w_k L_k (UW adds its own log-variance terms);
//  - gradient manipulation (pcgrad, mgda, cagrad, mgda-ub) combines the per-task gradients of the
//    SHARED parameters into one; task-specific parameters keep their own task's gradient. mgda-ub
//    (MGDA's "upper bound", Sener & Koltun 2018) takes the min-norm coefficients from the tasks'
//    gradients with respect to the shared REPRESENTATION (Model::sharedRepresentation) instead
//    of the shared parameters, then combines the shared parameters' gradients with them.
// Everything here is a pure function of plain numbers (no model, no randomness except PCGrad's
// task order, drawn from a generator the caller seeds), so tests can check it by hand. The
// gradient methods work on the Gram matrix of the task gradients (G_ij = <g_i, g_j>) and return
// coefficients a with combined gradient sum_k a_k g_k: every method here is such a linear
// combination, which lets the trainer combine per-parameter tensors without copying them into one
// long vector. Conventions: a's scale matches EW's sum of losses (MGDA's min-norm weights and
// CAGrad's are multiplied by K, so that with identical task gradients every method gives EW's
// gradient K g); task weights of the loss-weighting methods sum to K.
#include <Eigen/Core>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace mtl {

enum class WeightingMethod { EW, UW, GradNorm, DWA, PLE, PCGrad, MGDA, CAGrad, MGDAUB };

const char* weightingName(WeightingMethod m);  // the stable key, e.g. "pcgrad"
bool weightingFromString(const std::string& s, WeightingMethod& out);
std::vector<std::string> weightingNames();  // every key, in enum order
// True for pcgrad, mgda, cagrad and mgda-ub (they need one backward pass per task every step).
bool isGradientMethod(WeightingMethod m);
// True when the method needs each task's gradient on every step (gradient methods and GradNorm).
bool needsTaskGradients(WeightingMethod m);

struct WeightingConfig {
    WeightingMethod method = WeightingMethod::EW;
    double gradnormAlpha = 1.5;    // GradNorm's restoring force (0: equal gradient norms)
    double gradnormLr = 0.025;     // GradNorm's step size on the weights (plain gradient descent)
    double dwaT = 2.0;             // DWA's temperature
    std::vector<double> pleGamma;  // PLE: decay gamma_k per task of the DATA, in the data's
                                   //   task order (empty: 1 for every task; one value: the
                                   //   same for every task)
    std::vector<double> pleW0;     // PLE: initial weight w_k0 per task of the data (empty: 1;
                                   //   one value: the same for every task)
    double cagradC = 0.5;          // CAGrad's c (0: EW)
    unsigned long long seed = 0;   // PCGrad's task order (0: the training seed)
    int conflictEvery = 0;         // task-conflict statistics every N steps (0: never)
    // A readable reason when a value is absurd (negative temperature, ...) or when the PLE lists
    // do not have one value per task (`tasks`: the data's; 0: not checked), else empty.
    std::string check(int tasks) const;
};

// ---- Gradient manipulation on the Gram matrix (K x K, symmetric positive semi-definite) ----

// PCGrad (Yu et al. 2020): each task gradient g_i, taken in turn, is projected against every
// other task gradient g_j (in `order`, which the caller shuffles per step) when they conflict:
// g_i <- g_i - (<g_i, g_j> / |g_j|^2) g_j if <g_i, g_j> < 0 (g_j the ORIGINAL gradient). Returns
// the coefficients of sum_i g_i' on the original gradients; `projections` (optional) receives
// how many projections happened.
Eigen::VectorXd pcgradCoefficients(const Eigen::MatrixXd& gram, const std::vector<int>& order,
                                   int* projections = nullptr);
// MGDA's min-norm point of the convex hull of the task gradients: weights on the simplex
// minimising |sum a_k g_k|^2. Two tasks: the closed form; K tasks: Frank-Wolfe.
Eigen::VectorXd minNormWeights(const Eigen::MatrixXd& gram, int iterations = 250);
Eigen::VectorXd minNormTwo(double g11, double g12, double g22);  // closed form, 2 tasks
// MGDA combination: K * minNormWeights (see the contract for the scale).
Eigen::VectorXd mgdaCoefficients(const Eigen::MatrixXd& gram);
// CAGrad (Liu et al. 2021) with g0 the mean gradient: w = argmin_{simplex} <g_w, g0> +
// c |g0| |g_w|, d = g0 + (c |g0| / |g_w|) g_w, rescaled by 1 / (1 + c^2); returned times K.
Eigen::VectorXd cagradCoefficients(const Eigen::MatrixXd& gram, double c);
// |sum a_k g_k - sum g_k| / |sum g_k|: how much a combination changed EW's gradient.
double relativeChange(const Eigen::MatrixXd& gram, const Eigen::VectorXd& a);

// Convenience on explicit vectors (tests): the Gram matrix and the combination.
Eigen::MatrixXd gramOf(const std::vector<Eigen::VectorXd>& grads);
Eigen::VectorXd combine(const std::vector<Eigen::VectorXd>& grads, const Eigen::VectorXd& a);

// ---- Loss weighting ----

// DWA (Liu et al. 2019): with r_k = L_k(t-1) / L_k(t-2) (epoch mean losses), w_k = K exp(r_k / T)
// / sum_j exp(r_j / T). `history` holds one loss vector per finished epoch, oldest first; with
// fewer than two epochs every weight is 1.
std::vector<double> dwaWeights(const std::vector<std::vector<double>>& history, double T);
// PLE's dynamic weights w_k(t) = w_k0 * gamma_k^t (t: epoch).
std::vector<double> pleWeights(const std::vector<double>& w0, const std::vector<double>& gamma,
                               int tasks, int epoch);
// One GradNorm step (Chen et al. 2018). norms[k] = |grad of L_k| on the shared parameters
// (unweighted); losses / initialLosses the current and first losses. With G_k = w_k norms[k],
// Gbar their mean, r_k = (L_k / L_k(0)) / mean_j (L_j / L_j(0)), the loss sum_k |G_k - Gbar
// r_k^alpha| (target held constant) is descended by `lr`; weights are then kept >= 1e-3 and
// renormalised to sum to K. Returns the new weights.
std::vector<double> gradnormUpdate(const std::vector<double>& weights,
                                   const std::vector<double>& norms,
                                   const std::vector<double>& losses,
                                   const std::vector<double>& initialLosses, double alpha,
                                   double lr);

// Uncertainty weighting (Kendall et al. 2018) in log-variance parameters s_k = log sigma_k^2:
// regression L'_k = exp(-s) / 2 L + s / 2 (= L / (2 sigma^2) + log sigma), classification
// L'_k = exp(-s) L + s / 2 (= L / sigma^2 + log sigma). uwWeight is the factor on L, uwLoss the
// term, uwGradS its derivative in s.
double uwWeight(double s, bool regression);
double uwLoss(double loss, double s, bool regression);
double uwGradS(double loss, double s, bool regression);

// ---- Per-run state saved with the model (UW's log-variances, DWA's history, GradNorm) ----
struct WeightingState {
    std::string method;                            // weightingName() when saved
    std::vector<double> logVar;                    // UW: s_k per weighted task
    std::vector<double> weights;                   // GradNorm's (also the last used weights)
    std::vector<double> initialLoss;               // GradNorm: L_k(0)
    std::vector<std::vector<double>> lossHistory;  // DWA: epoch mean losses, oldest first
    std::vector<double> uwMoment1, uwMoment2;      // Adam moments of logVar
    long long steps = 0;                           // steps taken with this state
    bool empty() const {
        return logVar.empty() && weights.empty() && initialLoss.empty() && lossHistory.empty();
    }
};

}  // namespace mtl
