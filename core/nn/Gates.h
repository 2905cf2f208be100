#pragma once
// Shared pieces of gating: softmax over rows, and the weighted sum of experts by gate weights.
// Used by gate.softmax / mixture and by composite blocks (ple.cgc).
#include "nn/Layer.h"

namespace mtl {

// Column-wise softmax of z (experts x batch) into w.
void softmaxColumns(const Mat& z, Mat& w);
// dz = w .* (dw - sum_rows(w .* dw)) for w = softmax(z).
void softmaxBackward(const Mat& w, const Mat& dw, Mat& dz);

// y(:, b) = sum_i w(i, b) * E_i(:, b), experts stacked in blocks of h rows. The experts may come
// from several stacked sources (CGC: task-specific then shared); `sources` lists them in order.
void mixForward(const std::vector<const Mat*>& sources, int h, const Mat& w, Mat& y);
// Adds dE into dSources (nullptr entries skipped) and sets dw.
void mixBackward(const std::vector<const Mat*>& sources, int h, const Mat& w, const Mat& dy,
                 const std::vector<Mat*>& dSources, Mat& dw);

// A dense input as a Mat (converting a sparse one-hot batch into scratch when needed).
const Mat& denseOf(const Value& v, Mat& scratch);
const std::vector<std::string>& activationChoices();

}  // namespace mtl
