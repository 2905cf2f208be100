#pragma once
// Fully connected building blocks shared by layers: a linear map that reads dense or sparse input,
// and a stack of grouped fully connected layers (one group = an MLP; n groups = n experts fused:
// the first layer of all experts is ONE GEMM, deeper layers are per-expert blocks).
#include <string>
#include <vector>

#include "nn/Layer.h"

namespace mtl {

// The engine's threads (process-wide; set before training, not during): n OpenMP threads for its
// parallel loops and for the large products, which it splits into one independent GEMM per
// thread; Eigen's own GEMM threading is switched off, since its spin-waits stall whole steps when
// another process holds a core (census MMoE at 2 threads ran 10-20x slower than at 1 thread).
void setEngineThreads(int n);

// Flushes denormal floats to zero (FTZ and DAZ) on the calling thread and on its team of engine
// threads; training calls it. Adam's moments of parameters that see no gradient for a while
// (one-hot features absent from batches) decay into the denormal range, where each arithmetic
// instruction costs ~100 cycles: at census batch 256 that made Adam a quarter of the step. A value
// below 1.2e-38 becomes 0, a change far below float rounding of anything the model computes.
void flushDenormals();

// What computes the large dense products: "oneDNN (<ISA>)" when the engine was built with oneDNN
// (found by CMake, MTL_GEMM_DNNL=ON); else "OpenBLAS (<kernel>)" when built with OpenBLAS (CMake
// MTL_BLAS=openblas) and OpenBLAS's kernel is no narrower than Eigen's (no AVX2 OpenBLAS against
// AVX-512 Eigen); else "Eigen". The environment decides first: MTL_GEMM=eigen, openblas or onednn.
std::string gemmBackendName();

// Dense products used by the layers; large ones run as one independent GEMM per thread (float
// products from 10 MFLOP on oneDNN when built with it, else on OpenBLAS when built with it, else
// on Eigen).
void gemmNN(const Mat& A, const Mat& X, Mat& Y, bool accumulate);  // Y (+)= A X
void gemmTN(const Mat& A, const Mat& X, Mat& Y, bool accumulate);  // Y (+)= A^T X
void gemmNT(const Mat& A, const Mat& B, Mat& Y);                   // Y = A B^T

// The arithmetic of the dense and sparse products above and in the layers (2 FLOPs per
// multiply-add), summed over the process while counting is on (off by default): what the bench
// divides by time for the effective GFLOP/s of training.
void countProductFlops(bool on);
double productFlops();  // since counting was last switched on

// Glorot-uniform (tanh/sigmoid/identity) or He-uniform (ReLU) initialisation.
void initWeights(Mat& w, int fanIn, int fanOut, Activation act, Rng& rng);

// y = W x + b with x dense (in x B) or sparse; W is (out x in).
struct Linear {
    Param W, b;
    void init(const std::string& prefix, int in, int out, Activation act, Rng& rng);
    // y = f(W x + b): the bias and f in one pass after a dense product.
    void forward(const Value& x, Mat& y, Activation f = Activation::Identity) const;
    // Sets W.grad, b.grad from dy (b.grad left as it is when biasDone: the caller summed dy
    // while computing it); adds W^T dy into dx when dx != nullptr (dense input only), or writes
    // it there when dxFresh.
    void backward(const Value& x, const Mat& dy, Mat* dx, bool dxFresh = false,
                  bool biasDone = false);
    void collect(std::vector<Param*>& out) {
        out.push_back(&W);
        out.push_back(&b);
    }
};

// The first products of dense layers that read the same dense input and are its only readers
// (Shared-Bottom's task towers on the bottom's output), run as one product n times taller:
// [W_1; ...; W_n] x in the forward; in the full backward [g_1; ...; g_n] x^T for the weight
// gradients and [W_1; ...; W_n]^T [g_1; ...; g_n] for the input gradient, one write of it
// instead of n read-modify-writes. The Model forms the groups (members in layer order); members
// run in layer order in a forward, so member 0 computes every member's product, and in reverse
// order in a backward, so member 0 runs last and computes every member's gradients.
class SiblingProducts {
public:
    void add(Linear* member);
    int size() const { return static_cast<int>(members_.size()); }
    // Member k's y = f(W_k x + b_k).
    void forward(int k, const Mat& x, Mat& y, Activation f);
    // Only in a pass where every member runs its backward (the Model sets active()): member
    // k's bias gradient now, its dy kept; member 0 then sets every member's weight gradient and
    // adds the input gradient into dx (writes it when any member was told dxFresh). Inactive,
    // each member runs its own Linear::backward.
    // biasDone as Linear::backward's.
    void backward(int k, const Mat& x, const Mat& dy, Mat* dx, bool dxFresh, bool biasDone);
    bool active() const { return active_; }
    void setActive(bool on) { active_ = on; }

private:
    // The members' weight gradients from one product computed transposed (x G^T, see gemmNT),
    // each member's transposed straight from it; false (nothing done) when that form does not
    // pay or the product would be split over threads.
    bool weightGradientsTransposed(const Mat& x);
    std::vector<Linear*> members_;
    std::vector<int> row0_;  // each member's first row in the stacked matrices
    Mat W_, Z_, G_, dW_;     // stacked weights (as of the forward), outputs, dy, weight gradients
    Mat dWT_;                // the weight gradients transposed, when computed so
    bool dxFresh_ = false;
    bool active_ = false;
};

// `groups` parallel MLPs with widths `units` reading the same input; output rows are stacked
// per group (groups * units.back() rows). Dropout (inverted) after hidden layers, and after the
// last one too when dropoutLast.
class FcStack {
public:
    void init(const std::string& prefix, int in, int groups, const std::vector<int>& units,
              Activation hidden, Activation last, double dropout, bool dropoutLast, Rng& rng);
    void forward(const Value& x, Mat& y, RunContext& ctx);
    // As Linear's. With `dyScratch` (dy's own buffer, which the caller no longer needs), the
    // last layer's activation gradient is computed in place there: one 4 MB buffer fewer
    // streamed through the cache per large Shared-Bottom share.
    void backward(const Value& x, const Mat& dy, Mat* dx, bool dxFresh = false,
                  Mat* dyScratch = nullptr);
    // Runs the first Linear as member `k` of `s` (dense input only).
    void joinSiblings(SiblingProducts* s, int k) {
        siblings_ = s;
        member_ = k;
    }
    void collect(std::vector<Param*>& out);
    int groups() const { return groups_; }
    std::vector<Linear>& layers() { return layers_; }  // layer 0 fused over groups

private:
    int groups_ = 1;
    std::vector<int> units_;
    std::vector<Linear> layers_;  // deeper layers: W stacked (groups*out x in_per_group)
    std::vector<Activation> acts_;
    double dropout_ = 0;
    bool dropoutLast_ = false;
    std::vector<Mat> a_;                       // activations (before dropout)
    std::vector<Mat> o_;                       // after dropout (only used when dropout is active)
    std::vector<Mat> mask_;                    // dropout masks (empty when inactive)
    std::vector<const Mat*> actPtr_, outPtr_;  // per layer: activation, and what the next reads
    Mat gA_, gB_;                              // backward scratch
    SiblingProducts* siblings_ = nullptr;      // the first Linear's group, if any
    int member_ = -1;
};

// A layer whose only input is read by an FcStack's first Linear (layer.dense, experts.group).
class StackLayer {
public:
    virtual ~StackLayer() = default;
    virtual FcStack& stack() = 0;
};

}  // namespace mtl
