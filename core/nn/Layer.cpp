#include "nn/Layer.h"

#include <omp.h>

#include <stdexcept>

namespace mtl {

const SparseBatch::ByFeature& SparseBatch::byFeature() const {
    ByFeature& t = byFeature_;
    const int nnz = static_cast<int>(index.size());
    if (t.valid && static_cast<int>(t.start.size()) == rows + 1 && t.start[rows] == nnz) return t;
    // Counting sort by feature. Thread k counts, then places, the non-zeros of its share of the
    // examples; within a feature thread 0's come first, so each feature's list is in example
    // order whatever the thread count.
    const int T = nnz > 16384 && !omp_in_parallel() ? omp_get_max_threads() : 1;
    const size_t R = static_cast<size_t>(rows);
    t.fill.assign(R * T, 0);
    t.start.assign(R + 1, 0);
    t.example.resize(nnz);
    t.value.resize(nnz);
#pragma omp parallel num_threads(T) if (T > 1)
    {
        const int k = omp_get_thread_num(), n = omp_get_num_threads();
        const int j0 = static_cast<int>(static_cast<long long>(cols) * k / n);
        const int j1 = static_cast<int>(static_cast<long long>(cols) * (k + 1) / n);
        int* count = t.fill.data() + R * k;
        for (int p = start[j0]; p < start[j1]; ++p) ++count[index[p]];
#pragma omp barrier
#pragma omp single
        {
            int run = 0;
            for (size_t f = 0; f < R; ++f) {
                t.start[f] = run;
                for (int q = 0; q < n; ++q) {
                    const int c = t.fill[R * q + f];
                    t.fill[R * q + f] = run;
                    run += c;
                }
            }
            t.start[R] = run;
        }
        int* next = t.fill.data() + R * k;
        for (int j = j0; j < j1; ++j)
            for (int p = start[j]; p < start[j + 1]; ++p) {
                const int q = next[index[p]]++;
                t.example[q] = j;
                t.value[q] = value[p];
            }
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
