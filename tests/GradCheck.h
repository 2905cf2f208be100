#pragma once
// Finite-difference gradient check for compiled models, meant for the double-precision engine
// (tests named tst_gradcheck_* link mtlcore_f64, where Real = double). Central differences with
// step h = 1e-6 have truncation error O(h^2) ~ 1e-12 and rounding error ~ 1e-16 / h ~ 1e-10
// relative to the loss, so analytic and numeric gradients of a correct layer agree to ~1e-7
// relative; a wrong formula is off by O(1). The tolerance 1e-5 sits between the two.
#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "graph/Graph.h"
#include "graph/Templates.h"
#include "nn/Model.h"

namespace mtl::test {

// A small random data set with the given feature layout and tasks.
inline Dataset randomDataset(int numeric, const std::vector<int>& cards,
                             const std::vector<TaskInfo>& tasks, int rows, unsigned seed,
                             double maskFraction = 0.0) {
    Dataset d;
    for (int i = 0; i < numeric; ++i) d.schema.numericNames.push_back("n" + std::to_string(i));
    for (size_t f = 0; f < cards.size(); ++f)
        d.schema.categoricalNames.push_back("c" + std::to_string(f));
    d.schema.cardinalities = cards;
    d.schema.tasks = tasks;
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> nd;
    std::uniform_real_distribution<double> ud;
    d.numeric.resize(numeric, rows);
    for (int r = 0; r < rows; ++r)
        for (int i = 0; i < numeric; ++i) d.numeric(i, r) = static_cast<float>(nd(rng));
    d.categorical.resize(static_cast<Eigen::Index>(cards.size()), rows);
    for (int r = 0; r < rows; ++r)
        for (size_t f = 0; f < cards.size(); ++f)
            d.categorical(static_cast<Eigen::Index>(f), r) = static_cast<int32_t>(rng() % cards[f]);
    d.labels.resize(static_cast<Eigen::Index>(tasks.size()), rows);
    for (int r = 0; r < rows; ++r)
        for (size_t t = 0; t < tasks.size(); ++t) {
            float y = tasks[t].kind == TaskKind::Binary ? (ud(rng) < 0.5 ? 1.f : 0.f)
                                                        : static_cast<float>(nd(rng));
            if (ud(rng) < maskFraction) y = std::nanf("");
            d.labels(static_cast<Eigen::Index>(t), r) = y;
        }
    return d;
}

struct GradCheckReport {
    double maxRelErr = 0;
    int checked = 0;
    std::string worst;  // "param[index]: analytic vs numeric"
    std::string summary() const {
        return "checked " + std::to_string(checked) + " entries, max rel. error " +
               std::to_string(maxRelErr) + " at " + worst;
    }
};

// a and b have one shape and differ by at most rel times b's largest magnitude (at least 1e-3):
// equal up to float rounding.
// Templates at a tiny size (3 experts of 4 then 3 units, towers of 3, a bottom of 6 then 5, PLE
// with 1 specific and 2 shared experts on 2 levels) for `schema`.
inline TemplateOptions tinyTemplateOptions(const DataSchema& schema) {
    TemplateOptions o;
    o.schema = schema;
    o.experts = 3;
    o.expertUnits = {4, 3};
    o.towerUnits = {3};
    o.bottomUnits = {6, 5};
    o.pleSpecific = 1;
    o.pleShared = 2;
    o.pleLevels = 2;
    return o;
}

inline bool closeTo(const Mat& a, const Mat& b, double rel = 1e-5) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return false;
    if (a.size() == 0) return true;
    const double scale = std::max<double>(1e-3, b.cwiseAbs().maxCoeff());
    return (a - b).cwiseAbs().maxCoeff() <= rel * scale;
}

// Compares backward() with central differences of the total training loss for up to
// `perParam` randomly chosen entries of every parameter. The RNG is re-seeded before every
// forward so dropout masks and gate noise are identical between evaluations.
inline GradCheckReport gradCheck(Model& model, const Dataset& data, int batch, int perParam = 40,
                                 double h = 1e-6, unsigned long long seed = 7) {
    // Biases start at exactly 0, so a unit whose inputs are all 0 (a dead ReLU upstream) sits
    // exactly on its ReLU kink, where the one-sided slopes differ and central differences give
    // half the slope. Moving the biases off zero checks the formulas at a generic point.
    {
        std::mt19937_64 jr(seed + 1);
        std::uniform_real_distribution<double> ju(-0.2, 0.2);
        for (Param* p : model.params()) {
            const std::string& n = p->name;
            if (n.size() > 2 && n.compare(n.size() - 2, 2, ".b") == 0)
                for (Eigen::Index i = 0; i < p->value.size(); ++i) p->value.data()[i] += ju(jr);
        }
    }
    std::vector<int> rows(batch);
    for (int i = 0; i < batch; ++i) rows[i] = i % data.rows();
    auto loss = [&]() {
        Rng rng(seed);
        return model.forward(data, rows.data(), batch, true, rng);
    };
    loss();
    model.backward();
    std::vector<Mat> analytic;
    for (Param* p : model.params()) analytic.push_back(p->grad);
    GradCheckReport rep;
    std::mt19937 pick(11);
    auto& params = model.params();
    for (size_t k = 0; k < params.size(); ++k) {
        Param& p = *params[k];
        const Eigen::Index n = p.value.size();
        std::vector<Eigen::Index> idx;
        if (n <= perParam) {
            for (Eigen::Index i = 0; i < n; ++i) idx.push_back(i);
        } else {
            for (int i = 0; i < perParam; ++i) idx.push_back(static_cast<Eigen::Index>(pick() % n));
        }
        for (Eigen::Index i : idx) {
            const double w0 = p.value.data()[i];
            p.value.data()[i] = w0 + h;
            const double lp = loss();
            p.value.data()[i] = w0 - h;
            const double lm = loss();
            p.value.data()[i] = w0;
            const double num = (lp - lm) / (2 * h);
            const double ana = analytic[k].data()[i];
            const double rel = std::abs(num - ana) / std::max(1e-4, std::abs(num) + std::abs(ana));
            ++rep.checked;
            if (rel > rep.maxRelErr) {
                rep.maxRelErr = rel;
                rep.worst = p.name + "[" + std::to_string(i) + "]: analytic " +
                            std::to_string(ana) + " numeric " + std::to_string(num);
            }
        }
    }
    return rep;
}

}  // namespace mtl::test
