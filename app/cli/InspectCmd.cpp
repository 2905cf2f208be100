#include "InspectCmd.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "Report.h"
#include "data/DataSpec.h"
#include "io/Archive.h"
#include "nn/Model.h"
#include "train/Inspect.h"

namespace mtl::cli {

namespace {

std::string num(double v, int digits = 4) {
    if (!std::isfinite(v)) return "null";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

std::string cell(double v) {
    if (!std::isfinite(v)) return "  -  ";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

std::string strings(const std::vector<std::string>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", \"" : "\"") + jsonEscape(v[i]) + "\"";
    return s + "]";
}

std::string row(const Eigen::VectorXd& v) {
    std::string s = "[";
    for (Eigen::Index i = 0; i < v.size(); ++i) s += (i ? ", " : "") + num(v(i));
    return s + "]";
}

std::string matrix(const Eigen::MatrixXd& m) {
    std::string s = "[";
    for (Eigen::Index r = 0; r < m.rows(); ++r) s += (r ? ", " : "") + row(m.row(r).transpose());
    return s + "]";
}

// The `k` fields expert `e` is most sensitive to (indices into r.fields, highest first).
std::vector<int> topFields(const GateInspection& r, Eigen::Index e, int k) {
    std::vector<int> idx(static_cast<size_t>(r.sensitivity.cols()));
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = static_cast<int>(i);
    auto score = [&](int f) {
        const double v = r.sensitivity(e, f);
        return std::isfinite(v) ? v : -1.0;
    };
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return score(a) > score(b); });
    if (static_cast<int>(idx.size()) > k) idx.resize(static_cast<size_t>(k));
    return idx;
}

std::string exampleJson(const GateInspection& r, const ExampleInspection& x) {
    std::ostringstream os;
    os << "{\"row\": " << x.row << ", \"features\": {";
    for (size_t i = 0; i < x.features.size(); ++i)
        os << (i ? ", " : "") << "\"" << jsonEscape(x.features[i].first) << "\": \""
           << jsonEscape(x.features[i].second) << "\"";
    os << "}, \"expert_norms\": " << row(x.drill.expertNorms) << ", \"gates\": [";
    for (size_t g = 0; g < x.gateWeights.size(); ++g) {
        os << (g ? ", " : "") << "{\"gate\": \"" << jsonEscape(r.gateNames[g])
           << "\", \"weights\": " << row(x.gateWeights[g]);
        if (g < x.drill.contributions.size() && x.drill.contributions[g].size() > 0)
            os << ", \"contribution_norms\": "
               << row(x.drill.contributions[g].colwise().norm().transpose())
               << ", \"mixture\": " << row(x.drill.mixtures[g]);
        os << "}";
    }
    os << "], \"tasks\": [";
    for (size_t h = 0; h < x.predictions.size(); ++h)
        os << (h ? ", " : "") << "{\"task\": \"" << jsonEscape(r.taskNames[h])
           << "\", \"tower\": " << row(x.towers[h])
           << ", \"prediction\": " << num(x.predictions[h], 6)
           << ", \"label\": " << num(x.labels[h]) << "}";
    os << "]}";
    return os.str();
}

void printJson(const CliOptions& o, const DataSplits& data, const GateInspection& r,
               const ExampleInspection* example) {
    std::ostringstream os;
    os << "{\"model\": \"" << jsonEscape(o.modelFile) << "\", \"data\": \""
       << jsonEscape(data.description) << "\", \"split\": \"valid\", \"rows\": " << r.rows
       << ", \"seconds\": " << num(r.seconds) << ", \"slice\": {\"column\": \""
       << jsonEscape(r.slices.name) << "\", \"labels\": " << strings(r.slices.labels)
       << ", \"counts\": [";
    const std::vector<int> counts =
        r.allocation.empty() ? std::vector<int>() : r.allocation[0].counts;
    for (size_t i = 0; i < counts.size(); ++i) os << (i ? ", " : "") << counts[i];
    os << "]}, \"gates\": [";
    for (size_t g = 0; g < r.allocation.size(); ++g) {
        const SliceAllocation& a = r.allocation[g];
        os << (g ? ", " : "") << "{\"gate\": \"" << jsonEscape(r.gateNames[g])
           << "\", \"experts\": " << strings(r.gateExpertNames[g])
           << ", \"allocation\": " << matrix(a.mean) << ", \"overall\": " << row(a.overall)
           << ", \"mutual_information_bits\": " << num(a.mutualInformation)
           << ", \"weighted_js_nats\": " << num(a.weightedJs) << "}";
    }
    os << "], \"experts\": " << strings(r.expertNames)
       << ", \"similarity\": " << matrix(r.similarity.cka) << ", \"duplicates\": [";
    for (size_t i = 0; i < r.similarity.duplicates.size(); ++i) {
        const auto [a, b] = r.similarity.duplicates[i];
        os << (i ? ", " : "") << "[" << a << ", " << b << ", " << num(r.similarity.cka(a, b))
           << "]";
    }
    os << "], \"maps\": [";
    for (size_t g = 0; g < r.maps.size(); ++g)
        os << (g ? ", " : "") << "{\"gate\": \"" << jsonEscape(r.gateNames[g])
           << "\", \"explained_variance\": " << row(r.maps[g].variance)
           << ", \"axes\": " << matrix(r.maps[g].axes.transpose()) << "}";
    os << "], \"sensitivity\": {\"rows\": " << r.sensitivityRows
       << ", \"fields\": " << strings(r.fields) << ", \"scores\": " << matrix(r.sensitivity)
       << "}, \"timing_seconds\": {\"slices\": " << num(r.secondsSlices)
       << ", \"maps\": " << num(r.secondsMaps) << ", \"similarity\": " << num(r.secondsSimilarity)
       << ", \"sensitivity\": " << num(r.secondsSensitivity) << "}";
    if (example) os << ", \"example\": " << exampleJson(r, *example);
    os << "}";
    std::cout << os.str() << std::endl;
}

void printTable(const CliOptions& o, const DataSplits& data, const GateInspection& r,
                const ExampleInspection* example) {
    std::cout << "inspect " << o.modelFile << " on " << data.description << "\n"
              << "validation split: " << r.rows << " rows, sliced by '" << r.slices.name << "' ("
              << r.slices.slices() << " slices), " << std::fixed << std::setprecision(2)
              << r.seconds << " s" << std::defaultfloat << "\n";
    size_t w = 5;
    for (const std::string& l : r.slices.labels) w = std::max(w, l.size());
    w = std::min<size_t>(w, 40);
    for (size_t g = 0; g < r.allocation.size(); ++g) {
        const SliceAllocation& a = r.allocation[g];
        std::cout << "\ngate " << r.gateNames[g] << ": mean weight per expert\n";
        std::cout << "  " << std::left << std::setw(static_cast<int>(w)) << "slice" << std::right
                  << std::setw(8) << "count";
        for (const std::string& e : r.gateExpertNames[g]) {
            const size_t dot = e.rfind('.');  // the label after the block's name
            std::cout << " " << std::setw(6)
                      << (dot == std::string::npos ? e : e.substr(dot + 1)).substr(0, 6);
        }
        std::cout << "\n";
        auto line = [&](const std::string& label, int count, const Eigen::VectorXd& v) {
            std::cout << "  " << std::left << std::setw(static_cast<int>(w)) << label.substr(0, w)
                      << std::right << std::setw(8) << count;
            for (Eigen::Index e = 0; e < v.size(); ++e)
                std::cout << " " << std::setw(6) << cell(v(e));
            std::cout << "\n";
        };
        int total = 0;
        for (int s = 0; s < r.slices.slices(); ++s) {
            line(r.slices.labels[static_cast<size_t>(s)], a.counts[static_cast<size_t>(s)],
                 a.mean.row(s).transpose());
            total += a.counts[static_cast<size_t>(s)];
        }
        line("all", total, a.overall);
        std::cout << "  dependence on the slice: mutual information with the top expert "
                  << num(a.mutualInformation) << " bits, weighted JS from the overall "
                  << num(a.weightedJs) << " nats\n";
    }
    std::cout << "\nexpert similarity (linear CKA over the validation rows):\n";
    const Eigen::MatrixXd& c = r.similarity.cka;
    for (Eigen::Index i = 0; i < c.rows(); ++i) {
        std::cout << "  " << std::left << std::setw(16) << r.expertNames[static_cast<size_t>(i)]
                  << std::right;
        for (Eigen::Index j = 0; j < c.cols(); ++j)
            std::cout << " " << std::setw(6) << cell(c(i, j));
        std::cout << "\n";
    }
    if (r.similarity.duplicates.empty()) std::cout << "near-duplicate experts (CKA > 0.95): none\n";
    for (const auto& [a, b] : r.similarity.duplicates)
        std::cout << "near-duplicate experts: " << r.expertNames[static_cast<size_t>(a)] << " and "
                  << r.expertNames[static_cast<size_t>(b)] << " (CKA " << cell(c(a, b)) << ")\n";
    if (r.sensitivityRows > 0) {
        std::cout << "\ninput sensitivity (" << r.sensitivityRows
                  << " rows; mean change of the expert's output when the field is taken from "
                     "another row, relative to its mean norm), top fields:\n";
        for (Eigen::Index e = 0; e < r.sensitivity.rows(); ++e) {
            std::cout << "  " << std::left << std::setw(16) << r.expertNames[static_cast<size_t>(e)]
                      << std::right;
            for (const int f : topFields(r, e, 5))
                std::cout << "  " << r.fields[static_cast<size_t>(f)] << " "
                          << cell(r.sensitivity(e, f));
            std::cout << "\n";
        }
    }
    std::cout << "\ntime: slices " << num(r.secondsSlices, 3) << " s, maps "
              << num(r.secondsMaps, 3) << " s, similarity " << num(r.secondsSimilarity, 3)
              << " s, sensitivity " << num(r.secondsSensitivity, 3) << " s\n";
    if (!example) return;
    const ExampleInspection& x = *example;
    std::cout << "\nexample: validation row " << x.row << "\n  features:";
    for (const auto& [name, value] : x.features) std::cout << " " << name << "=" << value << ";";
    std::cout << "\n";
    for (size_t g = 0; g < x.gateWeights.size(); ++g) {
        std::cout << "  gate " << r.gateNames[g] << ":";
        for (Eigen::Index i = 0; i < x.gateWeights[g].size(); ++i) {
            const std::string& e = r.gateExpertNames[g][static_cast<size_t>(i)];
            const size_t dot = e.rfind('.');
            std::cout << " " << (dot == std::string::npos ? e : e.substr(dot + 1)) << " "
                      << cell(x.gateWeights[g](i));
            if (g < x.drill.contributions.size() && x.drill.contributions[g].cols() > i)
                std::cout << " (|w*out| " << cell(x.drill.contributions[g].col(i).norm()) << ")";
        }
        std::cout << "\n";
    }
    for (size_t h = 0; h < x.predictions.size(); ++h)
        std::cout << "  " << r.taskNames[h] << ": prediction " << num(x.predictions[h])
                  << ", label " << num(x.labels[h]) << "\n";
}

}  // namespace

int cmdInspect(const CliOptions& o) {
    ModelFile mf = loadModelFile(o.modelFile);
    FeatureEncoding encoding;
    DataSplits data = mtl::loadData(o.data, nullptr, nullptr, &encoding);
    std::unique_ptr<Model> model = Model::compile(mf.graph, data.train.schema, 1);
    restoreWeights(*model, mf, nullptr);  // refuses weights that are not finite
    SliceColumn slices;
    try {
        slices = dataSliceColumn(data, DataSplit::Valid, o.sliceColumn, o.sliceBins, &encoding);
    } catch (const std::invalid_argument& e) {
        throw CliError(std::string("--slice: ") + e.what());
    }
    if (data.valid.rows() == 0) throw CliError("the validation split is empty: nothing to inspect");
    if (o.inspectExample >= data.valid.rows())
        throw CliError("--example: the validation split has " + std::to_string(data.valid.rows()) +
                       " rows (0 to " + std::to_string(data.valid.rows() - 1) + ")");
    InspectOptions io;
    io.sensitivityRows = o.sensitivityRows;
    const GateInspection r = inspectModel(*model, data.valid, std::move(slices), io);
    ExampleInspection example;
    if (o.inspectExample >= 0)
        example = inspectExample(*model, data.valid, o.inspectExample, r, &encoding);
    const ExampleInspection* x = o.inspectExample >= 0 ? &example : nullptr;
    if (o.json)
        printJson(o, data, r, x);
    else
        printTable(o, data, r, x);
    return 0;
}

}  // namespace mtl::cli
