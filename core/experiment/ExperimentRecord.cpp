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

std::vector<std::pair<std::string, std::string>> entriesFromCanonical(const std::string& spec) {
    std::vector<std::pair<std::string, std::string>> entries;
    std::string entry;
    int depth = 0;
    auto finish = [&] {
        if (entry.empty()) return;
        const size_t eq = entry.find('=');
        if (eq == std::string::npos || eq == 0)
            throw SpecError("spec entry '" + entry + "' is not name=value");
        entries.emplace_back(entry.substr(0, eq), entry.substr(eq + 1));
        entry.clear();
    };
    for (char ch : spec) {
        if (ch == '(') ++depth;
        if (ch == ')') depth = std::max(0, depth - 1);
        if (ch == ';' && depth == 0)
            finish();
        else
            entry += ch;
    }
    finish();
    if (entries.empty()) throw SpecError("the spec is empty");
    return entries;
}

ExperimentRecord recordFromResults(const std::string& name, const std::string& spec,
                                   const std::vector<RunSummary>& runs) {
    ExperimentRecord record;
    record.name = name;
    record.entries = entriesFromCanonical(spec);
    const Experiment e = parseExperiment(record.entries);
    record.cells = e.cellCount();
    for (const RunSummary& r : runs) {
        if (r.index >= record.cells || cellAt(e, r.index).key != r.key)
            throw std::runtime_error("run '" + r.key + "' is not a cell of this experiment");
        addRun(record, r);
    }
    return record;
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
