#pragma once
// What mtlstudio-cli prints: the per-epoch table (or JSON lines), metric tables and JSON objects.
//
// A task head without labels in the data (ESMM's pCVR head, whose task is not a column of the
// data: it is trained through the pCTCVR head it feeds) has no metrics of its own: the table shows
// "no labels" with the reason, JSON gives null metrics and a "note" field (never NaN, which is
// not valid JSON).
#include <string>
#include <utility>
#include <vector>

#include "graph/Graph.h"
#include "metrics/Metrics.h"
#include "train/Trainer.h"

namespace mtl::cli {

std::string jsonEscape(const std::string& s);
std::string jnum(double x);  // null unless finite

// Task conflict of a run (TrainResult): "task conflict over N measured steps: mean cosine X,
// in conflict on Y % of them[, gradient changed on Z % (mean change W)]" and the same as a JSON
// object (null when nothing was measured).
std::string conflictText(const TrainResult& r);
std::string conflictJson(const TrainResult& r);

// Why a task of `graph` has no examples: "no labels: trained through <task>" for a head feeding
// another task head, else "no labels in the data".
std::string noLabelsReason(const Graph& graph, const std::string& task);

class Reporter {
public:
    // `dataTasks`: the tasks that have labels in the data (their count is 0 only in an empty
    // split: "no examples").
    Reporter(const Graph& graph, std::vector<std::string> dataTasks)
        : graph_(graph), dataTasks_(std::move(dataTasks)) {}
    std::string metricsJson(const EvalResult& r) const;
    std::string gatesJson(const EvalResult& r) const;
    void printTable(const EvalResult& r, const std::string& title) const;
    // "" when `t` has examples, else why not.
    std::string note(const TaskMetrics& t) const;
    std::string taskJson(const TaskMetrics& t, bool withCount) const;

private:
    Graph graph_;
    std::vector<std::string> dataTasks_;
};

// Per-epoch validation metrics: a table whose columns fit the task names, or JSON lines.
class EpochPrinter : public TrainObserver {
public:
    EpochPrinter(bool json, const Reporter& reporter) : json_(json), reporter_(reporter) {}
    void onEpoch(const EpochSnapshot& e) override;

private:
    bool json_;
    const Reporter& reporter_;
    std::vector<int> widths_;  // per task column, set by the header
};

}  // namespace mtl::cli
