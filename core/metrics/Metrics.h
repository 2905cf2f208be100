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

// Mean and std over a data set of each gate's weight per expert.
struct GateStats {
    std::string gate;                       // e.g. "gate_income" or "level1.gate0"
    std::vector<std::string> expertLabels;  // one per expert
    std::vector<double> mean, std;
};

struct EvalResult {
    std::vector<TaskMetrics> tasks;
    std::vector<GateStats> gates;
    double totalLoss = 0;  // weighted sum of task losses
    const TaskMetrics* find(const std::string& task) const;
};

}  // namespace mtl
