// The optimizers (nn/Optimizer.h) on the engine's threads: Adam splits its update over all
// parameters between the threads, and the split must not change a single bit: the same start and
// gradients give identical weights and moments on one, two and three threads, with parameter
// sizes that are not multiples of the vector width and some with weight decay; and the update
// itself matches Adam's formula computed in double precision.
#include <QtTest>
#include <cmath>
#include <cstring>
#include <vector>

#include "nn/Linear.h"
#include "nn/Optimizer.h"

using namespace mtl;

namespace {

struct ParamSet {
    std::vector<Param> params;
    std::vector<Param*> ptrs() {
        std::vector<Param*> out;
        for (Param& p : params) out.push_back(&p);
        return out;
    }
};

// Sizes on both sides of the 16-element vector, a census-sized first layer, a large one.
ParamSet makeParams() {
    const std::vector<std::pair<int, int>> shapes = {{8, 1},   {128, 499}, {1, 1},   {33, 7},
                                                     {8, 499}, {2048, 97}, {17, 17}, {5, 3}};
    ParamSet s;
    s.params.resize(shapes.size());
    std::srand(7);
    for (size_t i = 0; i < shapes.size(); ++i) {
        Param& p = s.params[i];
        p.value = Mat::Random(shapes[i].first, shapes[i].second);
        p.grad.resize(p.value.rows(), p.value.cols());
        p.decay = i % 3 == 1;
        p.lrScale = i == 3 ? Real(0.5) : Real(1);
    }
    return s;
}

// Three Adam steps with fresh pseudo-random gradients.
void run(ParamSet& s, Optimizer& opt) {
    opt.attach(s.ptrs());
    std::srand(11);
    for (int step = 0; step < 3; ++step) {
        for (Param& p : s.params) p.grad = Mat::Random(p.value.rows(), p.value.cols());
        opt.step(0.01);
    }
}

bool identical(const Mat& a, const Mat& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(Real) * a.size()) == 0;
}

OptimizerConfig adamConfig() {
    OptimizerConfig cfg;
    cfg.kind = OptimizerKind::Adam;
    cfg.weightDecay = 0.01;
    return cfg;
}

}  // namespace

class TestOptimizer : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { setEngineThreads(1); }

    void adamBitIdenticalAtAnyThreadCount() {
        setEngineThreads(1);
        ParamSet ref = makeParams();
        Optimizer refOpt(adamConfig());
        run(ref, refOpt);
        for (int threads : {2, 3}) {
            setEngineThreads(threads);
            ParamSet s = makeParams();
            Optimizer opt(adamConfig());
            run(s, opt);
            for (size_t i = 0; i < s.params.size(); ++i) {
                const QByteArray what = QByteArray::number(threads) + " threads, parameter " +
                                        QByteArray::number(static_cast<int>(i));
                QVERIFY2(identical(s.params[i].value, ref.params[i].value), what + " (value)");
                QVERIFY2(identical(opt.slot0()[i], refOpt.slot0()[i]), what + " (m)");
                QVERIFY2(identical(opt.slot1()[i], refOpt.slot1()[i]), what + " (v)");
            }
        }
    }

    // One step on two threads against Adam's update in double precision.
    void adamMatchesFormula() {
        setEngineThreads(2);
        ParamSet s = makeParams();
        const ParamSet start = s;
        const OptimizerConfig cfg = adamConfig();
        Optimizer opt(cfg);
        opt.attach(s.ptrs());
        std::srand(3);
        for (Param& p : s.params) p.grad = Mat::Random(p.value.rows(), p.value.cols());
        const double lr = 0.01;
        opt.step(lr);
        double worst = 0;
        for (size_t i = 0; i < s.params.size(); ++i) {
            const Param& p = s.params[i];
            for (Eigen::Index k = 0; k < p.value.size(); ++k) {
                const double w = start.params[i].value.data()[k];
                const double g = p.grad.data()[k] + (p.decay ? cfg.weightDecay * w : 0.0);
                const double m = (1 - cfg.beta1) * g, v = (1 - cfg.beta2) * g * g;
                const double mh = m / (1 - cfg.beta1), vh = v / (1 - cfg.beta2);
                const double want = w - lr * p.lrScale * mh / (std::sqrt(vh) + cfg.eps);
                worst = std::max(worst, std::abs(p.value.data()[k] - want));
            }
        }
        // One step moves each weight by about lr; float rounding of w (|w| <= 1) is 6e-8.
        QVERIFY2(worst < 1e-6, QByteArray::number(worst));
    }
};

QTEST_GUILESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
