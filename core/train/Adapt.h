#pragma once
// Fitting a graph to the data it is about to train on, for every front end (the GUI's Train
// button, the command line). Pure functions: a graph and what is known of the data in, the adapted
// graph and a description of each change out; the caller decides whether to apply it (the GUI as
// one undoable step, after the graph validated and the run is sure to start).
//
//   adaptTaskHeads: before a run. The data's tasks are known from its DataSpec (expectedTasks).
//     With as many loss-bearing task heads as tasks, head i predicts task i: a binary head
//     becomes a regression head or back (name, loss weight and connections kept) and takes the
//     task's name. A different number of heads cannot be adapted: status Mismatch.
//   fitInputs: after a run (or whenever the loaded schema is known). The input blocks take the
//     data's numeric width and categorical cardinalities (Model::bindInputs), so the editor shows
//     the real widths (census-income: 7 numeric columns and 31 fields, 517 one-hot columns).
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "graph/Graph.h"

namespace mtl {

// One task head changed to predict a data task.
struct HeadChange {
    NodeId node = -1;
    std::string name;                  // the block's name (kept)
    std::string oldType, newType;      // "task.binary" / "task.regression"
    std::string oldTask, newTask;      // its "task" parameter before and after
    TaskKind kind = TaskKind::Binary;  // the data task's kind
};

// One input block bound to the data's columns.
struct InputChange {
    NodeId node = -1;
    std::string name;
    int oldNumeric = 0, newNumeric = 0;
    int oldFields = 0, newFields = 0;  // categorical fields
    int oldWidth = 0, newWidth = 0;    // numeric + sum of cardinalities (one-hot width)
};

struct GraphAdaptation {
    enum class Status {
        Fits,      // nothing to change: graph == the input graph
        Adapted,   // graph differs; heads / inputs list every change
        Mismatch,  // cannot be adapted (heads != tasks); graph == the input graph
    };
    Status status = Status::Fits;
    Graph graph;
    std::vector<HeadChange> heads;
    std::vector<InputChange> inputs;
    int headCount = 0;            // Mismatch: the graph's loss-bearing task heads
    std::vector<TaskInfo> tasks;  // the data's tasks (adaptTaskHeads)
    bool changed() const { return status == Status::Adapted; }
    // English, one line per change (or the mismatch), for the command line and logs.
    std::string describe() const;
};

// Heads with a loss (loss_weight != 0; ESMM's CVR head has none and no label) are matched to
// `tasks` in graph order. Empty `tasks` (a CSV whose roles are inferred on load): Fits.
GraphAdaptation adaptTaskHeads(const Graph& graph, const std::vector<TaskInfo>& tasks);

// Binds every input block to `schema`'s columns (numeric count and cardinalities).
GraphAdaptation fitInputs(const Graph& graph, const DataSchema& schema);

}  // namespace mtl
