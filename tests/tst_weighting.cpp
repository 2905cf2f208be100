// Loss weighting and gradient manipulation (train/Weighting.h) against answers computed by hand:
// PCGrad's projection of two conflicting vectors, MGDA's two-task closed form and Frank-Wolfe,
// CAGrad on known pairs, DWA from a loss history, GradNorm's update, PLE's decay, and
// finite-difference checks of UW's loss.
#include <QtTest>
#include <cmath>

#include "train/Weighting.h"

using namespace mtl;

namespace {
Eigen::VectorXd v2(double a, double b) {
    Eigen::VectorXd v(2);
    v << a, b;
    return v;
}
bool near(double a, double b, double tol = 1e-9) { return std::abs(a - b) <= tol; }
}  // namespace

class TestWeighting : public QObject {
    Q_OBJECT
private slots:
    void namesAreStableAndRoundTrip() {
        const std::vector<std::string> expected = {"ew",     "uw",   "gradnorm", "dwa",    "ple",
                                                   "pcgrad", "mgda", "cagrad",   "mgda-ub"};
        QCOMPARE(weightingNames(), expected);
        for (const std::string& s : expected) {
            WeightingMethod m;
            QVERIFY(weightingFromString(s, m));
            QCOMPARE(std::string(weightingName(m)), s);
        }
        WeightingMethod m;
        QVERIFY(!weightingFromString("EW", m));
        QVERIFY(!weightingFromString("", m));
        QVERIFY(isGradientMethod(WeightingMethod::CAGrad));
        QVERIFY(isGradientMethod(WeightingMethod::MGDAUB));
        QVERIFY(!isGradientMethod(WeightingMethod::GradNorm));
        QVERIFY(needsTaskGradients(WeightingMethod::GradNorm));
        QVERIFY(!needsTaskGradients(WeightingMethod::UW));
    }

    void absurdParametersAreRefusedWithAReason() {
        WeightingConfig c;
        QVERIFY(c.check(2).empty());
        c.dwaT = 0;
        QVERIFY(c.check(2).find("temperature") != std::string::npos);
        c = WeightingConfig();
        c.cagradC = -1;
        QVERIFY(c.check(2).find("CAGrad") != std::string::npos);
        c = WeightingConfig();
        c.gradnormAlpha = std::nan("");
        QVERIFY(!c.check(2).empty());
        c = WeightingConfig();
        c.pleGamma = {0.9, 0.8, 0.7};
        QVERIFY(c.check(2).find("3 values for 2 tasks") != std::string::npos);
        c.pleGamma = {0.9};  // one value: every task's
        QVERIFY(c.check(2).empty());
        c.pleGamma = {-1};
        QVERIFY(!c.check(2).empty());
        c.pleGamma = {0.9, -1};
        QVERIFY(!c.check(2).empty());
    }

    void pcgradProjectsConflictingPair() {
        // g1 = (1, 0), g2 = (-1, 1): <g1, g2> = -1 < 0. By hand:
        // g1' = g1 - (-1 / 2) g2 = (0.5, 0.5); g2' = g2 - (-1 / 1) g1 = (0, 1); sum (0.5, 1.5),
        // i.e. 2 g1 + 1.5 g2. Each projected gradient is orthogonal to the other's original.
        const std::vector<Eigen::VectorXd> g = {v2(1, 0), v2(-1, 1)};
        for (const std::vector<int>& order : {std::vector<int>{0, 1}, std::vector<int>{1, 0}}) {
            int projections = 0;
            const Eigen::VectorXd a = pcgradCoefficients(gramOf(g), order, &projections);
            QVERIFY(near(a(0), 2.0) && near(a(1), 1.5));
            QCOMPARE(projections, 2);
            const Eigen::VectorXd d = combine(g, a);
            QVERIFY(near(d(0), 0.5) && near(d(1), 1.5));
        }
        // |(0.5, 1.5) - (0, 1)| / |(0, 1)| = |(0.5, 0.5)| = 0.70711
        QVERIFY(
            near(relativeChange(gramOf(g), pcgradCoefficients(gramOf(g), {0, 1})), std::sqrt(0.5)));
        // No conflict: nothing changes.
        int projections = -1;
        const Eigen::VectorXd a =
            pcgradCoefficients(gramOf({v2(1, 0), v2(1, 1)}), {0, 1}, &projections);
        QVERIFY(near(a(0), 1) && near(a(1), 1));
        QCOMPARE(projections, 0);
    }

    void pcgradOrderMattersForThreeTasks() {
        // g1 = (1, 0), g2 = (-1, 1), g3 = (0, -1), by hand with the order (g1, g2, g3):
        // g1' = g1 + 0.5 g2 = (0.5, 0.5), then <., g3> = -0.5: + 0.5 g3 -> (0.5, 0);
        // g2' = g2 + g1 = (0, 1), then <., g3> = -1: + g3 -> (0, 0);
        // g3' (g1: no conflict) = g3 + 0.5 g2 = (-0.5, -0.5). Sum (0, -0.5).
        // With the order (g1, g3, g2): g1' = (0.5, 0.5) (g3 first: no conflict), g2' = (0, 0),
        // g3' = (-0.5, -0.5). Sum (0, 0): the order matters, as in the paper.
        const std::vector<Eigen::VectorXd> g = {v2(1, 0), v2(-1, 1), v2(0, -1)};
        const Eigen::MatrixXd G = gramOf(g);
        const Eigen::VectorXd a = combine(g, pcgradCoefficients(G, {0, 1, 2}));
        const Eigen::VectorXd b = combine(g, pcgradCoefficients(G, {0, 2, 1}));
        QVERIFY(near(a(0), 0) && near(a(1), -0.5));
        QVERIFY(near(b(0), 0) && near(b(1), 0));
    }

    void mgdaTwoTaskClosedFormIsTheMinNormPoint() {
        // g1 = (1, 0), g2 = (0, 2): |a g1 + (1 - a) g2|^2 = a^2 + 4 (1 - a)^2, minimal at
        // 2a = 8 (1 - a), a = 0.8: the point (0.8, 0.4), squared norm 0.8.
        const std::vector<Eigen::VectorXd> g = {v2(1, 0), v2(0, 2)};
        const Eigen::VectorXd w = minNormWeights(gramOf(g));
        QVERIFY(near(w(0), 0.8) && near(w(1), 0.2));
        QVERIFY(near(combine(g, w).squaredNorm(), 0.8));
        // Against a brute-force search over the segment.
        double best = 1e300;
        for (int i = 0; i <= 100000; ++i) {
            const double a = i / 100000.0;
            best = std::min(best, (a * g[0] + (1 - a) * g[1]).squaredNorm());
        }
        QVERIFY(near(best, 0.8, 1e-8));
        // MGDA's coefficients are K times the weights (the EW scale).
        const Eigen::VectorXd c = mgdaCoefficients(gramOf(g));
        QVERIFY(near(c(0), 1.6) && near(c(1), 0.4));
        // One gradient inside the other's direction: the shorter one alone (a = 1 on g1).
        const Eigen::VectorXd w2 = minNormWeights(gramOf({v2(1, 0), v2(3, 0)}));
        QVERIFY(near(w2(0), 1) && near(w2(1), 0));
    }

    void mgdaFrankWolfeForThreeTasks() {
        // Three orthonormal gradients: by symmetry the min-norm point is their mean (1/3 each).
        Eigen::MatrixXd I = Eigen::MatrixXd::Identity(3, 3);
        Eigen::VectorXd w = minNormWeights(I);
        for (int k = 0; k < 3; ++k) QVERIFY(near(w(k), 1.0 / 3, 1e-3));
        // A third gradient 2 g1 cannot shorten the two-task answer (0.8, 0.4) above.
        const std::vector<Eigen::VectorXd> g = {v2(1, 0), v2(0, 2), v2(2, 0)};
        w = minNormWeights(gramOf(g));
        QVERIFY(near(w.sum(), 1, 1e-12) && w.minCoeff() >= 0);
        const Eigen::VectorXd p = combine(g, w);
        QVERIFY(near(p(0), 0.8, 1e-3) && near(p(1), 0.4, 1e-3));
    }

    void cagradOnKnownPairs() {
        // Orthonormal g1, g2: g0 = (0.5, 0.5), |g0| = sqrt(0.5); the objective
        // 0.5 + c |g0| |g_w| is minimal at w = (0.5, 0.5), |g_w| = |g0|, so
        // d = g0 (1 + c) / (1 + c^2); times K = 2: each coefficient (1 + c) / (1 + c^2) = 1.2
        // for c = 0.5.
        const Eigen::MatrixXd I = Eigen::MatrixXd::Identity(2, 2);
        Eigen::VectorXd a = cagradCoefficients(I, 0.5);
        QVERIFY(near(a(0), 1.2, 1e-6) && near(a(1), 1.2, 1e-6));
        // c = 0 is EW.
        a = cagradCoefficients(I, 0.0);
        QVERIFY(near(a(0), 1, 1e-9) && near(a(1), 1, 1e-9));
        // A conflicting pair: the chosen w minimises the dual objective (grid search) and the
        // direction d satisfies the CAGrad guarantee <d, g0> > 0.
        const std::vector<Eigen::VectorXd> g = {v2(1, 0), v2(-0.8, 0.5)};
        const Eigen::MatrixXd G = gramOf(g);
        const double c = 0.4;
        a = cagradCoefficients(G, c);
        const Eigen::VectorXd g0 = 0.5 * (g[0] + g[1]);
        const Eigen::VectorXd d = combine(g, a);
        QVERIFY(d.dot(g0) > 0);
        // Recover w from a = K (b + lambda w) / (1 + c^2): w proportional to a (1 + c^2) / K - b.
        Eigen::VectorXd w = a * (1 + c * c) / 2 - Eigen::VectorXd::Constant(2, 0.5);
        w /= w.sum();
        auto obj = [&](double x) {
            const Eigen::VectorXd gw = x * g[0] + (1 - x) * g[1];
            return gw.dot(g0) + c * g0.norm() * gw.norm();
        };
        double best = 1e300;
        for (int i = 0; i <= 20000; ++i) best = std::min(best, obj(i / 20000.0));
        QVERIFY(obj(w(0)) <= best + 1e-9);
        // Three tasks take the projected-subgradient path: orthonormal gives 1.2 each again.
        a = cagradCoefficients(Eigen::MatrixXd::Identity(3, 3), 0.5);
        // K = 3: |g0| = 1/sqrt(3) = |g_w| at the centre, d = g0 (1 + c) / (1 + c^2).
        for (int k = 0; k < 3; ++k) QVERIFY(near(a(k), 1.2, 1e-3));
    }

    void dwaWeightsFromALossHistory() {
        // Epoch losses (1, 1) then (0.5, 1): r = (0.5, 1), T = 2:
        // w1 = 2 e^0.25 / (e^0.25 + e^0.5) = 2 / (1 + e^0.25) = 0.875647, w2 = 1.124353.
        const std::vector<std::vector<double>> h = {{1, 1}, {0.5, 1}};
        const std::vector<double> w = dwaWeights(h, 2.0);
        QCOMPARE(w.size(), size_t(2));
        QVERIFY(near(w[0], 0.875647, 1e-6));
        QVERIFY(near(w[1], 1.124353, 1e-6));
        // Fewer than two epochs: equal weights.
        QVERIFY(dwaWeights({{3, 4}}, 2.0) == std::vector<double>({1, 1}));
        // Large T: nearly equal; small T: the slower task takes almost everything.
        QVERIFY(near(dwaWeights(h, 1e6)[0], 1, 1e-5));
        QVERIFY(dwaWeights(h, 0.01)[1] > 1.999);
    }

    void gradnormUpdateByHand() {
        // w = (1, 1), |grad L_k| = (2, 1), equal loss ratios: G = (2, 1), Gbar = 1.5, targets
        // 1.5 each; d/dw = (sign(0.5) * 2, sign(-0.5) * 1) = (2, -1); lr 0.1 -> (0.8, 1.1),
        // renormalised to sum 2: (0.842105, 1.157895).
        std::vector<double> w = gradnormUpdate({1, 1}, {2, 1}, {1, 1}, {1, 1}, 1.5, 0.1);
        QVERIFY(near(w[0], 0.8 * 2 / 1.9) && near(w[1], 1.1 * 2 / 1.9));
        // A task whose loss fell faster (ratio 0.5 vs 1) gets a smaller target: with equal
        // gradient norms (1, 1), r = (2/3, 4/3), alpha = 1: targets (2/3, 4/3) x Gbar = 1:
        // d/dw = (+1, -1), lr 0.1 -> (0.9, 1.1), sum 2 already.
        w = gradnormUpdate({1, 1}, {1, 1}, {0.5, 1}, {1, 1}, 1.0, 0.1);
        QVERIFY(near(w[0], 0.9) && near(w[1], 1.1));
        // Weights stay positive.
        w = gradnormUpdate({0.01, 1.99}, {100, 1}, {1, 1}, {1, 1}, 1.5, 1.0);
        QVERIFY(w[0] > 0 && near(w[0] + w[1], 2));
    }

    void pleWeightsDecay() {
        const std::vector<double> w = pleWeights({1, 2}, {0.5, 1}, 2, 3);
        QVERIFY(near(w[0], 0.125) && near(w[1], 2));
        QVERIFY(pleWeights({}, {}, 3, 7) == std::vector<double>({1, 1, 1}));
        // One value: the same for every task (0.5^2 = 0.25, times w0 = 2).
        const std::vector<double> one = pleWeights({2}, {0.5}, 3, 2);
        QCOMPARE(one.size(), size_t(3));
        for (double x : one) QVERIFY(near(x, 0.5));
    }

    void uwLossValuesAndFiniteDifferences() {
        // Regression, s = 0 (sigma = 1), L = 2: L / 2 + 0 = 1.
        QVERIFY(near(uwLoss(2, 0, true), 1));
        // Classification, sigma^2 = 4 (s = log 4), L = 2: 2 / 4 + log 2 = 1.193147.
        QVERIFY(near(uwLoss(2, std::log(4.0), false), 0.5 + std::log(2.0)));
        // d/ds by central differences (h = 1e-6) at several points, both forms; d/dL is the
        // weight.
        for (bool reg : {true, false})
            for (double s : {-2.0, -0.3, 0.0, 0.7, 3.0})
                for (double L : {0.01, 0.5, 4.0}) {
                    const double h = 1e-6;
                    const double ds = (uwLoss(L, s + h, reg) - uwLoss(L, s - h, reg)) / (2 * h);
                    QVERIFY2(near(ds, uwGradS(L, s, reg), 1e-7),
                             qPrintable(QString("s %1 L %2").arg(s).arg(L)));
                    const double dL = (uwLoss(L + h, s, reg) - uwLoss(L - h, s, reg)) / (2 * h);
                    QVERIFY(near(dL, uwWeight(s, reg), 1e-7));
                }
        // The optimum of s for a fixed loss is where the gradient vanishes: regression
        // exp(-s) L / 2 = 1 / 2 -> s = log L.
        QVERIFY(near(uwGradS(3.0, std::log(3.0), true), 0, 1e-12));
        QVERIFY(near(uwGradS(3.0, std::log(6.0), false), 0, 1e-12));
    }
};

QTEST_APPLESS_MAIN(TestWeighting)
#include "tst_weighting.moc"
