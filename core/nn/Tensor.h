#pragma once
// Numeric types of the engine.
//
// Layout (chosen once): a batch of activations is a column-major Eigen matrix of shape
// (features x batch): one COLUMN per example, so each example's features are contiguous.
// Weights of a fully connected layer are (out x in), and y = W x + b is one GEMM, W * X.
// An expert group of n experts of width h is stored stacked: rows [i*h, (i+1)*h) are expert i.
// Gate weights are (n x batch). Labels are (tasks x batch) with NaN marking "no label" (mask).
//
// The scalar type is MTL_REAL: float for the product, double for the gradient-check build.
#include <Eigen/Core>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#ifndef MTL_REAL
#define MTL_REAL float
#endif

namespace mtl {

using Real = MTL_REAL;
using Mat = Eigen::Matrix<Real, Eigen::Dynamic, Eigen::Dynamic>;
using Vec = Eigen::Matrix<Real, Eigen::Dynamic, 1>;
using RowVec = Eigen::Matrix<Real, 1, Eigen::Dynamic>;
using Rng = std::mt19937_64;

// A batch of sparse feature columns in compressed-column form: column j holds the entries
// index[start[j] .. start[j+1]) with values value[...]. Capacity is reserved once and reused.
struct SparseBatch {
    int rows = 0;  // feature dimension
    int cols = 0;  // batch size
    std::vector<int> start;
    std::vector<int> index;
    std::vector<Real> value;
    void toDense(Mat& out) const;

    // The same non-zeros grouped by feature, in example order within each feature: what a weight
    // gradient needs. Built on first use and shared by every layer reading this batch; whoever
    // refills the batch calls changed().
    struct ByFeature {
        std::vector<int> start;    // features + 1 offsets
        std::vector<int> example;  // the example (column) of each non-zero
        std::vector<Real> value;
        std::vector<int> fill;  // scratch
        bool valid = false;
    };
    const ByFeature& byFeature() const;
    void changed() { byFeature_.valid = false; }

private:
    mutable ByFeature byFeature_;
};

// The value on one output port for the current batch.
struct Value {
    Mat m;               // dense (rows x batch)
    SparseBatch sparse;  // used instead of m when isSparse
    bool isSparse = false;
};

// A trainable tensor with its gradient (same shape). Owned by its layer.
struct Param {
    std::string name;  // "<node name>.<tensor>", unique in a model
    Mat value;
    Mat grad;
    Real lrScale = 1;   // per-parameter learning-rate multiplier (cross-stitch alpha)
    bool decay = true;  // subject to weight decay (weights yes, biases no)
    // Values read through values() only (Linear's weights and biases): such a parameter may be
    // given another's values to read, readFrom (a DataParallel replica's, during a split step,
    // reads the model's instead of a copy); its own `value` is then not kept up to date.
    bool readsThroughValues = false;
    const Param* readFrom = nullptr;
    const Mat& values() const { return readFrom ? readFrom->value : value; }
    void init(int rows, int cols) {
        value.setZero(rows, cols);
        grad.setZero(rows, cols);
    }
};

}  // namespace mtl
