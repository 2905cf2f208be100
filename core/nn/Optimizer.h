#pragma once
// Optimizers over a model's parameters. State (moments) is kept per parameter, in the order of
// Model::params(), and is serialisable. Adam runs on the engine's threads (setEngineThreads), each
// thread on the same stretch of the parameters every step; the result is bit-identical at any
// thread count.
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
