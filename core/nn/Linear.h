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

// What computes the large dense products: "Eigen", or "OpenBLAS (<kernel>)" when the engine was
// built with OpenBLAS (CMake MTL_BLAS=openblas) and OpenBLAS's kernel is no narrower than Eigen's
// (no AVX2 OpenBLAS against AVX-512 Eigen). The environment decides first: MTL_GEMM=eigen or
// MTL_GEMM=openblas.
std::string gemmBackendName();

// Dense products used by the layers; large ones run as one independent GEMM per thread (on
// OpenBLAS when built with it, else Eigen).
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
    void forward(const Value& x, Mat& y) const;
    // Sets W.grad, b.grad from dy; adds W^T dy into dx when dx != nullptr (dense input only),
    // or writes it there when dxFresh.
    void backward(const Value& x, const Mat& dy, Mat* dx, bool dxFresh = false);
    void collect(std::vector<Param*>& out) {
        out.push_back(&W);
        out.push_back(&b);
    }
};

// `groups` parallel MLPs with widths `units` reading the same input; output rows are stacked
// per group (groups * units.back() rows). Dropout (inverted) after hidden layers, and after the
// last one too when dropoutLast.
class FcStack {
public:
    void init(const std::string& prefix, int in, int groups, const std::vector<int>& units,
              Activation hidden, Activation last, double dropout, bool dropoutLast, Rng& rng);
    void forward(const Value& x, Mat& y, RunContext& ctx);
    void backward(const Value& x, const Mat& dy, Mat* dx, bool dxFresh = false);  // as Linear's
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
};

}  // namespace mtl
