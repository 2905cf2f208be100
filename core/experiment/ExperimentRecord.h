#pragma once
// An experiment as a project keeps it: its name, the spec entries it was defined by (the same
// `name = value` pairs parseExperiment() reads, so the grid can be parsed again, resumed and its
// cells re-run) and the runs that finished, as compact RunSummary values (no curves, no weights:
// a record's size grows with its runs' metrics only). Saved in project files (core/io/Archive.h,
// ProjectFile class version 3). Qt-free.
//
// Resume: a record whose runs do not cover every cell of its grid continues where it stopped;
// writeResumeFile() writes the runs as a results file that runExperiment() (Runner.h) resumes
// from, so the cells already done are skipped and the rest give the same results an
// uninterrupted run would (runCell is deterministic for a key).
#include <string>
#include <utility>
#include <vector>

#include "experiment/Experiment.h"

namespace mtl::exp {

struct ExperimentRecord {
    std::string name;
    std::vector<std::pair<std::string, std::string>> entries;
    std::vector<RunSummary> runs;  // finished runs, in cell index order
    // The number of cells of the grid when it was defined (0: unknown).
    size_t cells = 0;

    bool complete() const { return cells > 0 && runs.size() >= cells; }
};

// Inserts a finished run keeping cell index order; a run of a cell already present replaces it.
void addRun(ExperimentRecord& record, const RunSummary& run);
// Writes `path` as a results file of `e` holding `runs` (runExperiment resumes from it). Throws
// std::runtime_error when it cannot be written, or when a run's key is not the key of its cell in
// `e` (the record belongs to another grid).
void writeResumeFile(const std::string& path, const Experiment& e,
                     const std::vector<RunSummary>& runs);

// The entries of a canonical spec (Experiment::canonical, the "spec" of a results file's header:
// "arch=mmoe,omoe;epochs=5;lr=1e-3;"). A ';' inside parentheses (an architecture's options) does
// not end an entry. Throws SpecError on text that is not such a spec.
std::vector<std::pair<std::string, std::string>> entriesFromCanonical(const std::string& spec);
// An experiment record made from a results file's spec and runs (e.g. precomputed results shipped
// with the app): the entries of its spec, its cells, and its runs in cell order. Throws SpecError
// when the spec does not parse, std::runtime_error when a run is not a cell of that spec.
ExperimentRecord recordFromResults(const std::string& name, const std::string& spec,
                                   const std::vector<RunSummary>& runs);

// The value of the synthetic correlation in a data setting's label ("p=0.5 noise=0.01 n=1000"),
// NaN when the label names no p (census, CSV).
double dataCorrelation(const std::string& dataLabel);

}  // namespace mtl::exp
