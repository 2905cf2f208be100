#include "train/Run.h"

#include <algorithm>
#include <cmath>

#include "train/ModelState.h"

namespace mtl {

RunRecord beginRun(const std::string& name, const Model& model, const DataSpec& spec,
                   const DataSplits& data, const TrainConfig& config) {
    RunRecord r;
    r.name = name;
    r.graph = model.graph();
    r.schema = model.schema();
    r.data = spec;
    r.dataDescription = data.description;
    r.dataNotes = data.notes;
    r.config = config;
    for (const TaskHead* h : model.heads()) r.taskNames.push_back(h->task);
    return r;
}

namespace {

// A ROC curve of a large test set has one point per distinct score (50k for census); a plot needs
// far fewer. Keeps the first and last points and at most `maxPoints` in between, evenly spaced
// along the curve's length in (FPR, TPR), so steep and flat parts keep their shape.
std::vector<std::pair<double, double>> thin(std::vector<std::pair<double, double>> curve,
                                            size_t maxPoints) {
    if (curve.size() <= maxPoints) return curve;
    std::vector<double> along(curve.size(), 0.0);
    for (size_t i = 1; i < curve.size(); ++i)
        along[i] = along[i - 1] + std::hypot(curve[i].first - curve[i - 1].first,
                                             curve[i].second - curve[i - 1].second);
    std::vector<std::pair<double, double>> out{curve.front()};
    const double step = along.back() / static_cast<double>(maxPoints - 1);
    double next = step;
    for (size_t i = 1; i + 1 < curve.size(); ++i)
        if (along[i] >= next) {
            out.push_back(curve[i]);
            next = along[i] + step;
        }
    out.push_back(curve.back());
    return out;
}

constexpr size_t kMaxRocPoints = 1000;

}  // namespace

void evaluateRun(RunRecord& record, Model& model, const Dataset& test,
                 std::vector<Mat>* gateWeights) {
    std::vector<std::vector<float>> predictions;
    record.test = evaluate(model, test, record.config.evalBatch, &predictions, gateWeights);
    const auto& heads = model.heads();
    record.roc.assign(heads.size(), {});
    for (size_t h = 0; h < heads.size(); ++h) {
        const TaskHead& head = *heads[h];
        if (head.kind != TaskKind::Binary || head.labelRow < 0) continue;
        std::vector<float> labels(static_cast<size_t>(test.rows()));
        for (int i = 0; i < test.rows(); ++i) labels[i] = test.labels(head.labelRow, i);
        record.roc[h] = thin(rocCurve(predictions[h], labels), kMaxRocPoints);
    }
}

GateSummary analyseGates(Model& model, const Dataset& data, const std::vector<GateStats>& gates,
                         const std::vector<Mat>& gateWeights, int expertRows) {
    std::vector<Eigen::MatrixXd> perExample;
    for (const Mat& w : gateWeights) perExample.push_back(w.cast<double>());
    // The experts' outputs on the first rows of the data (one forward, evaluation mode).
    std::vector<GateExpert> experts;
    std::vector<std::string> names;
    std::vector<Eigen::MatrixXd> outputs;
    const int B = std::min(expertRows, data.rows());
    if (B >= 2) {
        std::vector<int> rows(static_cast<size_t>(B));
        for (int i = 0; i < B; ++i) rows[static_cast<size_t>(i)] = i;
        Rng rng(0);
        model.forward(data, rows.data(), B, false, rng, false);
        for (const ExpertView& v : model.experts()) {
            for (int i = 0; i < v.count; ++i) {
                const GateExpert id{v.node, v.firstIndex + i};
                std::string label = "e" + std::to_string(id.index);
                for (const GateStats& g : gates)  // the gates' name for it (CGC: "t0e1", "s2")
                    for (size_t e = 0; e < g.experts.size() && e < g.expertLabels.size(); ++e)
                        if (g.experts[e] == id && !g.expertLabels[e].empty())
                            label = g.expertLabels[e];
                experts.push_back(id);
                names.push_back(v.layer + "." + label);
                outputs.push_back(v.values->middleRows(v.firstRow + i * v.width, v.width)
                                      .leftCols(B)
                                      .cast<double>());
            }
        }
    }
    return summarizeGates(gates, perExample, experts, names, outputs);
}

void finishRun(RunRecord& record, const TrainResult& result, Model& model, const Dataset& test,
               bool keepWeights) {
    record.ok = result.ok;
    record.stopped = result.stopped;
    record.endReason = result.reason;
    record.seconds = result.seconds;
    record.epochs = result.history;
    record.conflictSamples = result.conflictSamples;
    record.meanCosine = result.meanCosine;
    record.conflictShare = result.conflictShare;
    record.changedShare = result.changedShare;
    record.meanGradientChange = result.meanGradientChange;
    std::vector<Mat> gateWeights;
    evaluateRun(record, model, test, &gateWeights);
    record.gateSummary = analyseGates(model, test, record.test.gates, gateWeights);
    record.weights.clear();
    if (keepWeights) record.weights = captureModel(model, nullptr, record.config).weights;
}

}  // namespace mtl
