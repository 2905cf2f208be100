#pragma once
// Optimizers over a model's parameters. State (moments) is kept per parameter, in the order of
// Model::params(), and is serialisable. Adam runs on the engine's threads (setEngineThreads), each
// thread on the same stretch of the parameters every step; the result is bit-identical at any
// thread count.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "nn/Tensor.h"

namespace mtl {

enum class OptimizerKind { SGD, Adam, Adagrad };
const char* optimizerName(OptimizerKind k);
bool optimizerFromString(const std::string& s, OptimizerKind& out);

struct OptimizerConfig {
    OptimizerKind kind = OptimizerKind::Adam;
    double lr = 1e-3;
    double momentum = 0.9;                          // SGD
    double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;  // Adam
    double adagradEps = 1e-10;                      // Adagrad
    double weightDecay = 0.0;                       // L2 on parameters with decay=true
};

class Optimizer {
public:
    explicit Optimizer(OptimizerConfig cfg) : cfg_(cfg) {}
    // Binds to a parameter list (allocates state once).
    void attach(const std::vector<Param*>& params);
    // One update using each Param::grad. `lr` overrides cfg.lr (live changes from the UI).
    void step(double lr);
    void step() { step(cfg_.lr); }
    const OptimizerConfig& config() const { return cfg_; }
    OptimizerConfig& config() { return cfg_; }
    long long steps() const { return t_; }

    // Adam in pieces, for a caller that runs it on its own threads (DataParallel fuses it with
    // the sum of its shares' gradients): adamStep() gives the scalars of the next step;
    // adamUpdateStretch() updates elements [lo, hi) of all parameters (in the order of the
    // list), where lo and hi come from stretchStart(); stretches of one step must not overlap
    // and must cover every element; `before`, when given, runs on each piece of at most `piece`
    // elements of parameter i just before that piece is updated (to compute its gradient while
    // the piece stays in cache); `on`, when given, holds the same parameters' matrices under
    // other Param objects (a replica's, while a split step has swapped them in). commit() then
    // counts the step. step() runs the same code.
    struct AdamStep {
        double a0 = 0;
        Real b1 = 0, b2 = 0, epsHat = 0, wd = 0;
    };
    // A callable (param, k0, k1) by reference: no allocation, unlike std::function for a lambda
    // with many captures (2 per step).
    class PieceFn {
    public:
        template <typename F>
        explicit PieceFn(F& f)
            : obj_(&f), call_([](void* o, std::size_t i, long long k0, long long k1) {
                  (*static_cast<F*>(o))(i, k0, k1);
              }) {}
        void operator()(std::size_t i, long long k0, long long k1) const { call_(obj_, i, k0, k1); }

    private:
        void* obj_;
        void (*call_)(void*, std::size_t, long long, long long);
    };
    AdamStep adamStep(double lr) const;
    // The element at which a stretch starting near `at` starts: `at` rounded down to a multiple
    // of 16 elements into its parameter, so each element takes the same vector or scalar path
    // whatever the stretches.
    long long stretchStart(long long at) const;
    void adamUpdateStretch(const AdamStep& st, long long lo, long long hi, const PieceFn* before,
                           const std::vector<Param*>* on, long long piece = 4096);
    bool isAdam() const { return cfg_.kind == OptimizerKind::Adam; }
    // Whether attach() was given exactly this list (the same Param objects, in order).
    bool attachedTo(const std::vector<Param*>& params) const { return params_ == params; }
    void commit() { ++t_; }

    // State for serialization: per parameter, slot 0 (momentum / Adam m / Adagrad sum) and
    // slot 1 (Adam v; empty otherwise).
    std::vector<Mat>& slot0() { return s0_; }
    std::vector<Mat>& slot1() { return s1_; }
    void setSteps(long long t) { t_ = t; }

private:
    OptimizerConfig cfg_;
    std::vector<Param*> params_;
    std::vector<Mat> s0_, s1_;
    long long t_ = 0;
};

}  // namespace mtl
