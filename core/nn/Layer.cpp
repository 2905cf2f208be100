#include "nn/Layer.h"

#include <stdexcept>

namespace mtl {

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
