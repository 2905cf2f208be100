#include "train/ModelState.h"

#include <string>

namespace mtl {

namespace {

using Reason = ArchiveError::Reason;

std::string shapeText(const Mat& m) {
    return std::to_string(m.rows()) + " x " + std::to_string(m.cols());
}

bool sameShape(const Mat& a, const Mat& b) { return a.rows() == b.rows() && a.cols() == b.cols(); }

}  // namespace

ModelFile captureModel(const Model& model, const Optimizer* opt, const TrainConfig& train,
                       const WeightingState* weighting) {
    // Model::params() and Optimizer::slot0/1() have no const overloads; they are only read here.
    std::vector<Param*>& params = const_cast<Model&>(model).params();
    ModelFile f;
    f.graph = model.graph();
    f.schema = model.schema();
    f.train = train;
    if (weighting) f.weighting = *weighting;
    f.weights.reserve(params.size());
    for (const Param* p : params) f.weights.emplace_back(p->name, p->value);
    if (opt) {
        Optimizer& o = const_cast<Optimizer&>(*opt);
        f.optimizer.config = o.config();
        f.optimizer.steps = o.steps();
        if (!o.slot0().empty()) {
            if (o.slot0().size() != params.size() || o.slot1().size() != params.size())
                throw ArchiveError(Reason::Mismatch,
                                   "the optimizer is attached to a different model (" +
                                       std::to_string(o.slot0().size()) +
                                       " parameters, the model has " +
                                       std::to_string(params.size()) + ")");
            for (size_t i = 0; i < params.size(); ++i)
                if (!sameShape(o.slot0()[i], params[i]->value))
                    throw ArchiveError(
                        Reason::Mismatch,
                        "the optimizer is attached to a different model (its state for "
                        "parameter '" +
                            params[i]->name + "' is " + shapeText(o.slot0()[i]) +
                            ", the parameter is " + shapeText(params[i]->value) + ")");
            f.optimizer.present = true;
            f.optimizer.slot0 = o.slot0();
            f.optimizer.slot1 = o.slot1();
        }
    }
    return f;
}

void restoreWeights(Model& model, const ModelFile& file, Optimizer* opt) {
    std::vector<Param*>& params = model.params();
    std::map<std::string, size_t> index;
    for (size_t j = 0; j < file.weights.size(); ++j)
        if (!index.emplace(file.weights[j].first, j).second)
            throw ArchiveError(Reason::Mismatch,
                               "the file holds parameter '" + file.weights[j].first + "' twice");

    // Check everything first so that a failure leaves the model and the optimizer untouched.
    std::vector<size_t> source(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        const Param& p = *params[i];
        auto it = index.find(p.name);
        if (it == index.end())
            throw ArchiveError(Reason::Mismatch,
                               "parameter '" + p.name + "' of the model is not in the file");
        const Mat& w = file.weights[it->second].second;
        if (!sameShape(w, p.value))
            throw ArchiveError(Reason::Mismatch, "parameter '" + p.name + "' is " +
                                                     shapeText(p.value) + " in the model but " +
                                                     shapeText(w) + " in the file");
        if (!w.allFinite())
            throw ArchiveError(Reason::Corrupt,
                               "parameter '" + p.name +
                                   "' holds values that are not finite (NaN or infinity): the "
                                   "model cannot be evaluated or trained");
        source[i] = it->second;
    }
    if (file.weights.size() != params.size()) {
        std::map<std::string, bool> inModel;
        for (const Param* p : params) inModel[p->name] = true;
        for (const auto& w : file.weights)
            if (!inModel.count(w.first))
                throw ArchiveError(Reason::Mismatch,
                                   "parameter '" + w.first + "' of the file is not in the model");
    }

    const OptimizerState& st = file.optimizer;
    const bool withState = opt && st.present;
    if (withState) {
        if (st.config.kind != opt->config().kind)
            throw ArchiveError(Reason::Mismatch, std::string("the file holds state of the ") +
                                                     optimizerName(st.config.kind) +
                                                     " optimizer, not of " +
                                                     optimizerName(opt->config().kind));
        if (st.slot0.size() != file.weights.size() || st.slot1.size() != file.weights.size())
            throw ArchiveError(Reason::Mismatch,
                               "the optimizer state in the file does not match its weights (" +
                                   std::to_string(st.slot0.size()) + " entries for " +
                                   std::to_string(file.weights.size()) + " parameters)");
        const bool adam = st.config.kind == OptimizerKind::Adam;
        for (size_t j = 0; j < file.weights.size(); ++j) {
            const Mat& w = file.weights[j].second;
            const bool ok1 = adam ? sameShape(st.slot1[j], w) : st.slot1[j].size() == 0;
            if (!sameShape(st.slot0[j], w) || !ok1)
                throw ArchiveError(Reason::Mismatch,
                                   "the optimizer state of parameter '" + file.weights[j].first +
                                       "' does not match its shape " + shapeText(w));
            if (!st.slot0[j].allFinite() || !st.slot1[j].allFinite())
                throw ArchiveError(Reason::Corrupt, "the optimizer state of parameter '" +
                                                        file.weights[j].first +
                                                        "' holds values that are not finite");
        }
    }

    for (size_t i = 0; i < params.size(); ++i) params[i]->value = file.weights[source[i]].second;
    if (withState) {
        std::vector<Mat> s0(params.size()), s1(params.size());
        for (size_t i = 0; i < params.size(); ++i) {
            s0[i] = st.slot0[source[i]];
            s1[i] = st.slot1[source[i]];
        }
        opt->slot0() = std::move(s0);
        opt->slot1() = std::move(s1);
        opt->setSteps(st.steps);
        opt->attach(params);  // keeps the state: it has one entry per parameter
    }
}

}  // namespace mtl
