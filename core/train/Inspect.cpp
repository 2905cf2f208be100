#include "train/Inspect.h"

#include <algorithm>
#include <chrono>
#include <cmath>
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
                            int bins) {
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
        for (int i = 0; i < n; ++i) v[static_cast<size_t>(i)] = d.numeric(f, i);
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
                s.labels.push_back("code " + std::to_string(k));
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

GateInspection inspectGates(Model& model, const Dataset& data, SliceColumn slices,
                            double duplicateThreshold, int batchSize) {
    const auto t0 = std::chrono::steady_clock::now();
    const int N = data.rows();
    if (static_cast<int>(slices.codes.size()) != N)
        throw std::invalid_argument("inspectGates: the slice column has " +
                                    std::to_string(slices.codes.size()) + " rows, the data " +
                                    std::to_string(N));
    GateInspection r;
    r.rows = N;
    r.slices = std::move(slices);
    std::vector<Mat> weights;
    const EvalResult ev = evaluate(model, data, std::max(1, batchSize), nullptr, &weights);
    r.gates = ev.gates;
    const GateSummary names = summarizeGates(r.gates, {}, {}, {}, {});
    r.gateNames = names.gateNames;
    for (const Mat& w : weights)
        r.allocation.push_back(allocationBySlice(w.cast<double>(), r.slices));

    // Every expert's outputs over every row (features x rows), in batches.
    std::vector<Eigen::MatrixXd> outputs;
    std::vector<int> rows;
    Rng rng(0);
    for (int start = 0; start < N; start += batchSize) {
        const int B = std::min(batchSize, N - start);
        rows.resize(static_cast<size_t>(B));
        for (int j = 0; j < B; ++j) rows[static_cast<size_t>(j)] = start + j;
        model.forward(data, rows.data(), B, false, rng, false);
        size_t e = 0;
        for (const ExpertView& v : model.experts()) {
            for (int i = 0; i < v.count; ++i, ++e) {
                if (start == 0) {
                    const GateExpert id{v.node, v.firstIndex + i};
                    std::string label = "e" + std::to_string(id.index);
                    for (const GateStats& g : r.gates)  // the gates' name for it
                        for (size_t k = 0; k < g.experts.size() && k < g.expertLabels.size(); ++k)
                            if (g.experts[k] == id && !g.expertLabels[k].empty())
                                label = g.expertLabels[k];
                    r.expertNames.push_back(v.layer + "." + label);
                    r.experts.push_back(id);
                    outputs.emplace_back(v.width, N);
                }
                outputs[e].middleCols(start, B) =
                    v.values->middleRows(v.firstRow + i * v.width, v.width)
                        .leftCols(B)
                        .cast<double>();
            }
        }
    }
    r.similarity = expertSimilarity(outputs, duplicateThreshold);
    for (const GateStats& g : r.gates) {
        std::vector<int> index;
        std::vector<std::string> names;
        const std::vector<GateExpert> seen = gateExperts(g);
        for (size_t k = 0; k < seen.size(); ++k) {
            const auto it = std::find(r.experts.begin(), r.experts.end(), seen[k]);
            const int e = it == r.experts.end() ? -1 : static_cast<int>(it - r.experts.begin());
            index.push_back(e);
            names.push_back(e >= 0 ? r.expertNames[static_cast<size_t>(e)]
                                   : "e" + std::to_string(seen[k].index));
        }
        r.gateExperts.push_back(std::move(index));
        r.gateExpertNames.push_back(std::move(names));
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

}  // namespace mtl
