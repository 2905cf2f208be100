#include "train/Inspect.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "train/Trainer.h"

namespace mtl {

namespace {
const Dataset& pick(const DataSplits& d, DataSplit s) {
    return s == DataSplit::Train ? d.train : s == DataSplit::Valid ? d.valid : d.test;
}
const std::vector<int32_t>& pick(const SideColumn& c, DataSplit s) {
    return s == DataSplit::Train ? c.train : s == DataSplit::Valid ? c.valid : c.test;
}

// The raw value of numeric feature f (standardised value v), when the encoding knows it.
double rawNumeric(const FeatureEncoding* enc, int f, double v) {
    const size_t k = static_cast<size_t>(f);
    if (!enc || k >= enc->mean.size() || k >= enc->stddev.size()) return v;
    // Standardised in float: an integer (census values are) comes back off by ~1e-6.
    const double raw = v * enc->stddev[k] + enc->mean[k];
    const double whole = std::round(raw);
    return std::abs(raw - whole) < 1e-4 * std::max(1.0, std::abs(raw)) ? whole : raw;
}

// The raw value of categorical feature f's code k ("code K" when unknown, "?" for unseen).
std::string rawCategory(const FeatureEncoding* enc, int f, int k) {
    const size_t fi = static_cast<size_t>(f);
    if (!enc || fi >= enc->categories.size()) return "code " + std::to_string(k);
    if (k == 0) return "?";
    const auto& values = enc->categories[fi];
    return k - 1 < static_cast<int>(values.size()) ? values[static_cast<size_t>(k - 1)]
                                                   : "code " + std::to_string(k);
}

std::string formatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

}  // namespace

std::vector<std::string> sliceColumnNames(const DataSplits& data) {
    const DataSchema& schema = data.train.schema;
    std::vector<std::string> names;
    for (const TaskInfo& t : schema.tasks) names.push_back(t.name);
    for (const SideColumn& c : data.side) names.push_back(c.name);
    for (const std::string& n : schema.numericNames) names.push_back(n);
    for (const std::string& n : schema.categoricalNames) names.push_back(n);
    return names;
}

SliceColumn dataSliceColumn(const DataSplits& data, DataSplit split, const std::string& column,
                            int bins, const FeatureEncoding* encoding) {
    const Dataset& d = pick(data, split);
    const DataSchema& schema = data.train.schema;
    const int n = d.rows();
    const int task = schema.taskIndex(column);
    if (task >= 0 && task < d.labels.rows()) {
        if (schema.tasks[static_cast<size_t>(task)].kind == TaskKind::Binary) {
            std::vector<std::string> v(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                const float y = d.labels(task, i);
                v[static_cast<size_t>(i)] = std::isnan(y) ? "" : y > 0.5f ? "1" : "0";
            }
            return categoricalSlices(column, v);
        }
        std::vector<double> v(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) v[static_cast<size_t>(i)] = d.labels(task, i);
        return quantileSlices(column, v, bins);
    }
    for (const SideColumn& c : data.side) {
        if (c.name != column) continue;
        const std::vector<int32_t>& codes = pick(c, split);
        std::vector<std::string> v(static_cast<size_t>(n));
        for (int i = 0; i < n && i < static_cast<int>(codes.size()); ++i) {
            const int32_t k = codes[static_cast<size_t>(i)];
            if (k >= 0 && k < static_cast<int32_t>(c.values.size()))
                v[static_cast<size_t>(i)] = c.values[static_cast<size_t>(k)];
        }
        return categoricalSlices(column, v);
    }
    for (int f = 0; f < schema.numeric(); ++f) {
        if (schema.numericNames[static_cast<size_t>(f)] != column) continue;
        std::vector<double> v(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            v[static_cast<size_t>(i)] = rawNumeric(encoding, f, d.numeric(f, i));
        return quantileSlices(column, v, bins);
    }
    for (int f = 0; f < schema.fields(); ++f) {
        if (schema.categoricalNames[static_cast<size_t>(f)] != column) continue;
        // Codes sort as numbers, not as text ("code 10" after "code 9").
        const int card = schema.cardinalities[static_cast<size_t>(f)];
        SliceColumn s;
        s.name = column;
        std::vector<int> used(static_cast<size_t>(card), -1);
        for (int i = 0; i < n; ++i) {
            const int k = d.categorical(f, i);
            if (k >= 0 && k < card) used[static_cast<size_t>(k)] = 0;
        }
        for (int k = 0; k < card; ++k)
            if (used[static_cast<size_t>(k)] == 0) {
                used[static_cast<size_t>(k)] = s.slices();
                s.labels.push_back(rawCategory(encoding, f, k));
            }
        for (int i = 0; i < n; ++i) {
            const int k = d.categorical(f, i);
            s.codes.push_back(k >= 0 && k < card ? used[static_cast<size_t>(k)] : -1);
        }
        return s;
    }
    std::string list;
    for (const std::string& name : sliceColumnNames(data))
        list += (list.empty() ? "" : ", ") + name;
    throw std::invalid_argument("no column '" + column + "' to slice by; the columns are: " + list);
}

namespace {

// Every expert's outputs (its features x the rows of `data`), evaluation mode, in batches, in
// Model::experts() order. `progress` gets the fraction of rows done.
std::vector<Eigen::MatrixXd> expertOutputs(Model& model, const Dataset& data, int batchSize,
                                           const std::function<bool(double)>& progress) {
    const int N = data.rows();
    std::vector<Eigen::MatrixXd> outputs;
    std::vector<int> rows;
    Rng rng(0);
    for (int start = 0; start < N; start += batchSize) {
        const int B = std::min(batchSize, N - start);
        rows.resize(static_cast<size_t>(B));
        std::iota(rows.begin(), rows.end(), start);
        model.forward(data, rows.data(), B, false, rng, false);
        size_t e = 0;
        for (const ExpertView& v : model.experts())
            for (int i = 0; i < v.count; ++i, ++e) {
                if (start == 0) outputs.emplace_back(v.width, N);
                outputs[e].middleCols(start, B) =
                    v.values->middleRows(v.firstRow + i * v.width, v.width)
                        .leftCols(B)
                        .cast<double>();
            }
        if (progress && !progress(static_cast<double>(start + B) / N)) throw InspectCancelled();
    }
    return outputs;
}

// Maps [0, 1] of a part onto [from, to] of the whole.
std::function<bool(double)> part(const std::function<bool(double)>& progress, double from,
                                 double to) {
    if (!progress) return {};
    return [progress, from, to](double f) { return progress(from + f * (to - from)); };
}

void tick(const std::function<bool(double)>& progress, double f) {
    if (progress && !progress(f)) throw InspectCancelled();
}

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

GateInspection inspectGates(Model& model, const Dataset& data, SliceColumn slices,
                            double duplicateThreshold, int batchSize) {
    InspectOptions o;
    o.duplicateThreshold = duplicateThreshold;
    o.batchSize = batchSize;
    o.sensitivityRows = 0;
    return inspectModel(model, data, std::move(slices), o);
}

GateInspection inspectModel(Model& model, const Dataset& data, SliceColumn slices,
                            const InspectOptions& options) {
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    const int N = data.rows();
    const int batch = std::max(1, options.batchSize);
    if (static_cast<int>(slices.codes.size()) != N)
        throw std::invalid_argument("inspectGates: the slice column has " +
                                    std::to_string(slices.codes.size()) + " rows, the data " +
                                    std::to_string(N));
    const auto& progress = options.progress;
    GateInspection r;
    r.rows = N;
    r.slices = std::move(slices);
    tick(progress, 0.0);

    // Evaluation: gate weights and predictions of every row; allocation by slice.
    std::vector<Mat> weights;
    std::vector<std::vector<float>> predictions;
    const EvalResult ev = evaluate(model, data, batch, &predictions, &weights);
    r.gates = ev.gates;
    const GateSummary names = summarizeGates(r.gates, {}, {}, {}, {});
    r.gateNames = names.gateNames;
    for (const Mat& w : weights) {
        r.weights.push_back(w.cast<double>());
        r.allocation.push_back(allocationBySlice(r.weights.back(), r.slices));
    }
    const auto& heads = model.heads();
    r.predictions.resize(static_cast<Eigen::Index>(heads.size()), N);
    r.labels.setConstant(static_cast<Eigen::Index>(heads.size()), N,
                         std::numeric_limits<double>::quiet_NaN());
    for (size_t h = 0; h < heads.size(); ++h) {
        r.taskNames.push_back(heads[h]->task);
        const Eigen::Index hh = static_cast<Eigen::Index>(h);
        for (int i = 0; i < N; ++i) r.predictions(hh, i) = predictions[h][static_cast<size_t>(i)];
        if (heads[h]->labelRow >= 0 && heads[h]->labelRow < data.labels.rows())
            r.labels.row(hh) = data.labels.row(heads[h]->labelRow).cast<double>();
    }
    r.secondsSlices = seconds(t0);
    tick(progress, 0.2);

    // Maps: PCA of each gate's weight vectors.
    auto t = Clock::now();
    for (const Eigen::MatrixXd& w : r.weights) r.maps.push_back(pca2d(w));
    r.secondsMaps = seconds(t);
    tick(progress, 0.25);

    // Experts: identity, names, outputs over every row, similarity.
    t = Clock::now();
    const std::vector<Eigen::MatrixXd> outputs =
        expertOutputs(model, data, batch, part(progress, 0.25, 0.45));
    for (const ExpertView& v : model.experts())
        for (int i = 0; i < v.count; ++i) {
            const GateExpert id{v.node, v.firstIndex + i};
            std::string label = "e" + std::to_string(id.index);
            for (const GateStats& g : r.gates)  // the gates' name for it
                for (size_t k = 0; k < g.experts.size() && k < g.expertLabels.size(); ++k)
                    if (g.experts[k] == id && !g.expertLabels[k].empty()) label = g.expertLabels[k];
            r.expertNames.push_back(v.layer + "." + label);
            r.experts.push_back(id);
        }
    r.similarity = expertSimilarity(outputs, options.duplicateThreshold);
    for (const GateStats& g : r.gates) {
        std::vector<int> index;
        std::vector<std::string> gateNames;
        const std::vector<GateExpert> seen = gateExperts(g);
        for (size_t k = 0; k < seen.size(); ++k) {
            const auto it = std::find(r.experts.begin(), r.experts.end(), seen[k]);
            const int e = it == r.experts.end() ? -1 : static_cast<int>(it - r.experts.begin());
            index.push_back(e);
            gateNames.push_back(e >= 0 ? r.expertNames[static_cast<size_t>(e)]
                                       : "e" + std::to_string(seen[k].index));
        }
        r.gateExperts.push_back(std::move(index));
        r.gateExpertNames.push_back(std::move(gateNames));
    }
    r.secondsSimilarity = seconds(t);
    tick(progress, 0.5);

    // Sensitivity: one field at a time taken from another row of a fixed sample.
    t = Clock::now();
    const DataSchema& schema = data.schema;
    for (const std::string& n : schema.numericNames) r.fields.push_back(n);
    for (const std::string& n : schema.categoricalNames) r.fields.push_back(n);
    const int m = std::min(options.sensitivityRows, N);
    const int F = static_cast<int>(r.fields.size());
    if (m >= 2 && F > 0 && !r.experts.empty()) {
        std::vector<int> pick = seededPermutation(N, options.seed);
        pick.resize(static_cast<size_t>(m));
        std::sort(pick.begin(), pick.end());
        Dataset sample = data.subset(pick);
        const std::vector<int> from = seededPermutation(m, options.seed + 1);
        const auto base = expertOutputs(model, sample, batch, {});
        const Eigen::Index E = static_cast<Eigen::Index>(base.size());
        Eigen::VectorXd baseNorm(E);
        for (Eigen::Index e = 0; e < E; ++e)
            baseNorm(e) = base[static_cast<size_t>(e)].colwise().norm().mean();
        r.sensitivity.setZero(E, F);
        for (int f = 0; f < F; ++f) {
            const bool numeric = f < schema.numeric();
            const int row = numeric ? f : f - schema.numeric();
            Eigen::VectorXf keepNum;
            Eigen::Matrix<int32_t, 1, Eigen::Dynamic> keepCat;
            if (numeric) {
                keepNum = sample.numeric.row(row).transpose();
                for (int i = 0; i < m; ++i)
                    sample.numeric(row, i) = keepNum(from[static_cast<size_t>(i)]);
            } else {
                keepCat = sample.categorical.row(row);
                for (int i = 0; i < m; ++i)
                    sample.categorical(row, i) = keepCat(from[static_cast<size_t>(i)]);
            }
            const auto moved = expertOutputs(model, sample, batch, {});
            for (Eigen::Index e = 0; e < E; ++e) {
                const auto& a = moved[static_cast<size_t>(e)];
                const auto& b = base[static_cast<size_t>(e)];
                r.sensitivity(e, f) = baseNorm(e) > 0
                                          ? (a - b).colwise().norm().mean() / baseNorm(e)
                                          : std::numeric_limits<double>::quiet_NaN();
            }
            if (numeric)
                sample.numeric.row(row) = keepNum.transpose();
            else
                sample.categorical.row(row) = keepCat;
            tick(progress, 0.5 + 0.5 * (f + 1) / F);
        }
        r.sensitivityRows = m;
    }
    r.secondsSensitivity = seconds(t);
    r.seconds = seconds(t0);
    tick(progress, 1.0);
    return r;
}

ExampleInspection inspectExample(Model& model, const Dataset& data, int row,
                                 const GateInspection& inspection,
                                 const FeatureEncoding* encoding) {
    if (row < 0 || row >= data.rows())
        throw std::invalid_argument("no row " + std::to_string(row) + "; the data has " +
                                    std::to_string(data.rows()) + " rows");
    ExampleInspection r;
    r.row = row;
    const DataSchema& schema = data.schema;
    for (int f = 0; f < schema.numeric(); ++f)
        r.features.emplace_back(schema.numericNames[static_cast<size_t>(f)],
                                formatNumber(rawNumeric(encoding, f, data.numeric(f, row))));
    for (int f = 0; f < schema.fields(); ++f)
        r.features.emplace_back(schema.categoricalNames[static_cast<size_t>(f)],
                                rawCategory(encoding, f, data.categorical(f, row)));
    Rng rng(0);
    model.forward(data, &row, 1, false, rng, false);
    for (const GateView& g : model.gates())
        r.gateWeights.push_back(g.weights->col(0).cast<double>());
    std::vector<Eigen::VectorXd> outputs;
    for (const ExpertView& v : model.experts())
        for (int i = 0; i < v.count; ++i)
            outputs.push_back(
                v.values->col(0).segment(v.firstRow + i * v.width, v.width).cast<double>());
    if (r.gateWeights.size() != inspection.gateExperts.size() ||
        outputs.size() != inspection.experts.size())
        throw std::invalid_argument("inspectExample: the inspection is of another model");
    // Gates whose experts are not all known (-1) are left out of the drill-down.
    std::vector<Eigen::VectorXd> known;
    std::vector<std::vector<int>> knownExperts;
    for (size_t g = 0; g < r.gateWeights.size(); ++g) {
        const auto& ids = inspection.gateExperts[g];
        const bool ok = static_cast<Eigen::Index>(ids.size()) == r.gateWeights[g].size() &&
                        std::find(ids.begin(), ids.end(), -1) == ids.end();
        known.push_back(ok ? r.gateWeights[g] : Eigen::VectorXd());
        knownExperts.push_back(ok ? ids : std::vector<int>());
    }
    r.drill = drillDown(known, knownExperts, outputs);
    for (const TaskHead* h : model.heads()) {
        const Value* in = h->in.empty() ? nullptr : h->in[0];
        r.towers.push_back(in && !in->isSparse && in->m.cols() > 0 ? in->m.col(0).cast<double>()
                                                                   : Eigen::VectorXd());
        r.predictions.push_back(h->prediction()(0, 0));
        r.labels.push_back(h->labelRow >= 0 && h->labelRow < data.labels.rows()
                               ? static_cast<double>(data.labels(h->labelRow, row))
                               : std::numeric_limits<double>::quiet_NaN());
    }
    return r;
}

}  // namespace mtl
