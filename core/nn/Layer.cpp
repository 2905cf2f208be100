#include "nn/Layer.h"

#include <stdexcept>

namespace mtl {

const SparseBatch::ByFeature& SparseBatch::byFeature() const {
    ByFeature& t = byFeature_;
    const int nnz = static_cast<int>(index.size());
    if (t.valid && static_cast<int>(t.start.size()) == rows + 1 && t.start[rows] == nnz) return t;
    // Counting sort by feature; examples are visited in order, so each feature's list is too.
    t.start.assign(static_cast<size_t>(rows) + 1, 0);
    for (int k = 0; k < nnz; ++k) ++t.start[static_cast<size_t>(index[k]) + 1];
    for (int f = 0; f < rows; ++f) t.start[f + 1] += t.start[f];
    t.fill.assign(t.start.begin(), t.start.end() - 1);
    t.example.resize(nnz);
    t.value.resize(nnz);
    for (int j = 0; j < cols; ++j)
        for (int k = start[j]; k < start[j + 1]; ++k) {
            const int p = t.fill[index[k]]++;
            t.example[p] = j;
            t.value[p] = value[k];
        }
    t.valid = true;
    return t;
}

void SparseBatch::toDense(Mat& out) const {
    out.setZero(rows, cols);
    for (int j = 0; j < cols; ++j)
        for (int k = start[j]; k < start[j + 1]; ++k) out(index[k], j) += value[k];
}

Activation activationFromString(const std::string& s) {
    if (s == "relu") return Activation::ReLU;
    if (s == "tanh") return Activation::Tanh;
    if (s == "sigmoid") return Activation::Sigmoid;
    if (s == "identity" || s == "linear" || s == "none") return Activation::Identity;
    throw std::invalid_argument("unknown activation '" + s + "'");
}

void applyActivation(Activation a, Mat& z) {
    switch (a) {
        case Activation::Identity:
            break;
        case Activation::ReLU:
            z = z.cwiseMax(Real(0));
            break;
        case Activation::Tanh:
            z = z.array().tanh();
            break;
        case Activation::Sigmoid:
            z = (Real(1) + (-z.array()).exp()).inverse();
            break;
    }
}

void activationBackward(Activation a, const Mat& y, Mat& g) {
    switch (a) {
        case Activation::Identity:
            break;
        case Activation::ReLU:
            g = (y.array() > Real(0)).select(g.array(), Real(0));
            break;
        case Activation::Tanh:
            g.array() *= (Real(1) - y.array().square());
            break;
        case Activation::Sigmoid:
            g.array() *= y.array() * (Real(1) - y.array());
            break;
    }
}

}  // namespace mtl
