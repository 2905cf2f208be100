#pragma once
// Running an experiment's cells in parallel and keeping their results in a file.
//
// One run per worker thread (each run single-threaded: many small models gain more from one run
// per core than from threads inside one run). The data set of a data key (a data setting and its
// data seed) is built once, shared read-only by the cells that use it, and released when its last
// pending cell has finished (cells are ordered data setting, then seed, so they run together).
//
// Results file (JSON lines): a header line {"experiment": {"spec": ..., "cells": N[, "shard":
// "i/n"]}}, then one RunSummary per finished run in the order they finish (appended and flushed
// as each run ends, so memory does not grow with the runs and a killed sweep loses only the runs
// in flight), and, once every cell of a one-piece sweep is in the file, the file is rewritten in
// cell order with a last {"summary": ...} line (Stats.h). Resume: running again with the same file
// skips the cells already in it (a torn last line of a killed process is dropped) and appends the
// rest; a file of another spec is refused. Sharding: shard i of n runs the cells whose index % n
// == i into its own file; collectResults() merges shard files into the file a one-piece sweep
// writes (same runs in cell order, same summary; only the runs' "seconds" differ).
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "experiment/Experiment.h"

namespace mtl::exp {

struct SweepProgress {
    size_t done = 0;     // runs finished in this session
    size_t pending = 0;  // runs this session set out to do
    size_t skipped = 0;  // cells already in the results file
    double elapsed = 0;  // seconds since the start of this session
    double eta = 0;      // seconds, estimated from the mean rate so far (0 until a run finished)
    const RunSummary* last = nullptr;
};

struct RunnerOptions {
    int workers = 0;  // 0: std::thread::hardware_concurrency()
    int shardIndex = 0, shardCount = 1;
    std::string outPath;  // the results file; empty: results go to onRun only
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const SweepProgress&)> progress;  // called as each run ends (serialised)
    std::function<void(const RunSummary&)> onRun;        // likewise
    // Data already loaded (prepareExperiment), by data key.
    std::map<std::string, std::shared_ptr<const DataSplits>> preloaded;
};

struct RunnerResult {
    size_t cells = 0;    // cells of this shard
    size_t skipped = 0;  // already in the file
    size_t ran = 0;      // finished in this session
    bool cancelled = false;
    bool complete = false;  // every cell of this shard is in the file
    double seconds = 0;
};

// Throws std::runtime_error for a results file of another spec or that cannot be written, and
// rethrows the first error of a run (after the other workers stopped).
RunnerResult runExperiment(const Experiment& e, const RunnerOptions& options);

struct ResultsFile {
    std::string spec;
    size_t cells = 0;
    std::string shard;  // "i/n" or empty
    std::vector<RunSummary> runs;
    bool hasSummary = false;
    size_t completeBytes = 0;  // up to the end of the last complete line
};
// Reads a results file (runs in file order). Throws std::runtime_error naming the file and line.
ResultsFile readResults(const std::string& path);

// The header line of a results file (no newline).
std::string headerJson(const Experiment& e, int shardIndex, int shardCount);

// Writes `path` (atomically: a temporary file renamed over it) as a complete experiment: header,
// runs sorted by cell index, summary line.
void writeFinalResults(const std::string& path, const std::string& spec, size_t cells,
                       std::vector<RunSummary> runs);

// Merges shard files of one spec into `outPath`. Throws std::runtime_error when the files come
// from different specs or cells are missing (naming how many and the first).
void collectResults(const std::vector<std::string>& inputs, const std::string& outPath);

}  // namespace mtl::exp
