#include "InspectCmd.h"

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

void printJson(const CliOptions& o, const DataSplits& data, const GateInspection& r) {
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
    os << "]}";
    std::cout << os.str() << std::endl;
}

void printTable(const CliOptions& o, const DataSplits& data, const GateInspection& r) {
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
}

}  // namespace

int cmdInspect(const CliOptions& o) {
    ModelFile mf = loadModelFile(o.modelFile);
    DataSplits data = mtl::loadData(o.data);
    std::unique_ptr<Model> model = Model::compile(mf.graph, data.train.schema, 1);
    restoreWeights(*model, mf, nullptr);  // refuses weights that are not finite
    SliceColumn slices;
    try {
        slices = dataSliceColumn(data, DataSplit::Valid, o.sliceColumn, o.sliceBins);
    } catch (const std::invalid_argument& e) {
        throw CliError(std::string("--slice: ") + e.what());
    }
    if (data.valid.rows() == 0) throw CliError("the validation split is empty: nothing to inspect");
    const GateInspection r = inspectGates(*model, data.valid, std::move(slices));
    if (o.json)
        printJson(o, data, r);
    else
        printTable(o, data, r);
    return 0;
}

}  // namespace mtl::cli
