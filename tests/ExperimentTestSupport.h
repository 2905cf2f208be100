#pragma once
// A tiny synthetic experiment grid for the experiment tests: 2 architectures (a small MMoE and a
// small Shared-Bottom) x 2 correlations (p = 0.5, 1.0) x `seeds` seeds, d = 8, 200 training rows,
// 1 epoch; with two learning rates (1e-3, 1e-2) when asked. Each run takes milliseconds.
#include <string>
#include <utility>
#include <vector>

namespace mtl::test {

using Entries = std::vector<std::pair<std::string, std::string>>;

inline Entries tinyGrid(int seeds, bool twoLearningRates) {
    Entries e = {
        {"arch", "mmoe(experts=2;expert-units=4;tower-units=2),shared_bottom(bottom-units=8)"},
        {"p", "0.5,1.0"},
        {"d", "8"},
        {"sinusoids", "2"},
        {"n-train", "200"},
        {"n-valid", "100"},
        {"n-test", "100"},
        {"epochs", "1"},
        {"batch", "64"},
        {"seeds", std::to_string(seeds)}};
    if (twoLearningRates) e.push_back({"lr", "1e-3,1e-2"});
    return e;
}

}  // namespace mtl::test
