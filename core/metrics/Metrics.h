#pragma once
// Evaluation metrics. Every metric is computed per task on that task's labelled examples only
// (NaN labels are outside the task's sample space).
#include <Eigen/Core>
#include <string>
#include <vector>

namespace mtl {

// Exact ROC-AUC (probability that a random positive scores above a random negative, ties
// counting 1/2). Returns NaN when one class is absent or when a labelled example's score is NaN
// (a diverged model: NaN has no rank).
double rocAuc(const std::vector<float>& scores, const std::vector<float>& labels);
double logLoss(const std::vector<float>& probs, const std::vector<float>& labels);
double meanSquaredError(const std::vector<float>& preds, const std::vector<float>& labels);
double pearson(const std::vector<float>& a, const std::vector<float>& b);
// ROC curve points (false positive rate, true positive rate), ties grouped. Only the origin when
// one class is absent or a labelled example's score is NaN.
std::vector<std::pair<double, double>> rocCurve(const std::vector<float>& scores,
                                                const std::vector<float>& labels);

struct TaskMetrics {
    std::string task;
    bool binary = true;
    int count = 0;    // labelled examples
    double loss = 0;  // log-loss (binary) or MSE (regression)
    double auc = 0;   // binary only (NaN if undefined)
    double mse = 0;   // regression only
};

// One expert as the graph names it: the block that computes it (an experts.group, or a ple.cgc
// level for its own experts) and its index in that block (ple.cgc: task k's specific experts
// first, k * specific + e, then the shared ones, tasks * specific + e).
struct GateExpert {
    int node = -1;  // graph node id of the block holding the expert
    int index = 0;
    bool operator==(const GateExpert& o) const { return node == o.node && index == o.index; }
    bool operator<(const GateExpert& o) const {
        return node != o.node ? node < o.node : index < o.index;
    }
};

// Mean and std over a data set of each gate's weight per expert, with the gate's identity in the
// graph (derived from the graph when the model is compiled; files written before identity was
// recorded load with node == -1 and the identity fields empty).
struct GateStats {
    std::string gate;                       // e.g. "gate_income" or "level1.task0"
    std::vector<std::string> expertLabels;  // one per expert
    std::vector<double> mean, std;

    int node = -1;      // graph node id of the gate block (CGC/PLE: of its level block)
    int slot = -1;      // CGC/PLE: the gate's index in its level (tasks first, then shared);
                        //   -1 for a gate block
    std::string layer;  // CGC/PLE: the level block's name; empty for a gate block
    // The tasks whose heads the gate's mixture feeds (following edges downstream), in graph
    // order. One task for MMoE's gates and PLE's task gates on the last level.
    std::vector<std::string> tasks;
    // True when the gate serves no single task: OMoE's one gate, a CGC/PLE shared gate, a lower
    // PLE level whose output reaches a shared gate above it.
    bool shared = false;
    std::vector<GateExpert> experts;  // the experts it weighs, one per weight (the subset a
                                      //   CGC/PLE gate sees)
    bool hasIdentity() const { return node >= 0; }
    // The one task served, or empty (shared, or identity unknown).
    std::string task() const { return !shared && tasks.size() == 1 ? tasks[0] : std::string(); }
};

struct EvalResult {
    std::vector<TaskMetrics> tasks;
    std::vector<GateStats> gates;
    double totalLoss = 0;  // weighted sum of task losses
    const TaskMetrics* find(const std::string& task) const;
};

}  // namespace mtl
