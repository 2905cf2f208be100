#include "experiment/ExperimentRecord.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>

#include "experiment/Runner.h"

namespace mtl::exp {

void addRun(ExperimentRecord& record, const RunSummary& run) {
    auto& runs = record.runs;
    auto it = std::lower_bound(runs.begin(), runs.end(), run.index,
                               [](const RunSummary& r, size_t i) { return r.index < i; });
    if (it != runs.end() && it->index == run.index)
        *it = run;
    else
        runs.insert(it, run);
}

void writeResumeFile(const std::string& path, const Experiment& e,
                     const std::vector<RunSummary>& runs) {
    std::string text = headerJson(e, 0, 1) + "\n";
    const size_t cells = e.cellCount();
    for (const RunSummary& r : runs) {
        if (r.index >= cells || cellAt(e, r.index).key != r.key)
            throw std::runtime_error("run '" + r.key + "' is not a cell of this experiment");
        text += toJson(r) + "\n";
    }
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) throw std::runtime_error(path + ": cannot write the results file");
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !ok) throw std::runtime_error(path + ": cannot write");
}

double dataCorrelation(const std::string& label) {
    const size_t at = label.rfind("p=", 0) == 0 ? 0 : label.find(" p=");
    if (at == std::string::npos) return std::numeric_limits<double>::quiet_NaN();
    const char* start = label.c_str() + at + (at == 0 ? 2 : 3);
    char* end = nullptr;
    const double p = std::strtod(start, &end);
    if (end == start) return std::numeric_limits<double>::quiet_NaN();
    return p;
}

}  // namespace mtl::exp
