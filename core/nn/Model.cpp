#include "nn/Model.h"

#include <omp.h>

#include <algorithm>
#include <sstream>

#include "graph/GateIdentity.h"
#include "graph/Registry.h"
#include "nn/Linear.h"
#include "nn/Parallel.h"
#include "nn/Stretch.h"

namespace mtl {

namespace {
std::string listToString(const std::vector<int>& v) {
    std::ostringstream os;
    os << "[";
    for (size_t i = 0; i < v.size(); ++i) os << (i ? "," : "") << v[i];
    os << "]";
    return os.str();
}
}  // namespace

void Model::bindInputs(Graph& graph, const DataSchema& schema) {
    const Registry& reg = Registry::instance();
    for (const Node& n : graph.nodes()) {
        const NodeType* t = reg.find(n.type);
        if (!t || t->role != NodeRole::Input) continue;
        graph.setParam(n.id, "numeric", ParamValue::ofInt(schema.numeric()));
        graph.setParam(n.id, "categories", ParamValue::ofList(schema.cardinalities));
    }
}

std::unique_ptr<Model> Model::compile(const Graph& graph, const DataSchema& schema,
                                      unsigned long long seed) {
    ValidationResult vr = graph.validate();
    if (!vr.ok()) throw CompileError("the graph is not valid:\n" + vr.summary(), vr.issues);
    const Registry& reg = Registry::instance();

    // The data must fit the graph: input widths and task names.
    std::vector<Issue> bindIssues;
    auto bindError = [&](const Node& n, const std::string& msg) {
        Issue i;
        i.kind = Issue::Kind::BadParam;
        i.node = n.id;
        i.message = "node '" + n.name + "' (" + n.type + "): " + msg;
        bindIssues.push_back(i);
    };
    for (const Node& n : graph.nodes()) {
        const NodeType* t = reg.find(n.type);
        if (t->role == NodeRole::Input) {
            if (n.getInt("numeric") != schema.numeric() ||
                n.getList("categories") != schema.cardinalities)
                bindError(n, "expects " + std::to_string(n.getInt("numeric")) +
                                 " numeric columns and categories " +
                                 listToString(n.getList("categories")) + ", but the data has " +
                                 std::to_string(schema.numeric()) +
                                 " numeric columns and categories " +
                                 listToString(schema.cardinalities));
        } else if (t->role == NodeRole::Task) {
            const std::string& task = n.getString("task");
            const int idx = schema.taskIndex(task);
            if (idx < 0 && n.getReal("loss_weight") == 0.0) {
                // An auxiliary head without a label (ESMM's CVR): trained only through consumers.
            } else if (idx < 0) {
                std::string names;
                for (const TaskInfo& ti : schema.tasks)
                    names += (names.empty() ? "" : ", ") + ti.name;
                bindError(n, "predicts task '" + task + "' but the data's tasks are: " + names);
            } else if ((schema.tasks[idx].kind == TaskKind::Binary) != (n.type == "task.binary")) {
                bindError(n, "task '" + task + "' is " +
                                 (schema.tasks[idx].kind == TaskKind::Binary ? "binary"
                                                                             : "a regression") +
                                 " task in the data; use the matching head");
            }
        }
    }
    if (!bindIssues.empty()) {
        std::string msg = "the graph does not fit the data:\n";
        for (const Issue& i : bindIssues) msg += "error: " + i.message + "\n";
        throw CompileError(msg, bindIssues);
    }

    std::unique_ptr<Model> m(new Model());
    m->graph_ = graph;
    m->schema_ = schema;
    Rng rng(seed);

    std::map<PortRef, int> valueOf;             // output port -> index into values_/grads_
    std::vector<std::pair<int, int>> producer;  // per value: (layer index, output index)
    std::vector<std::vector<int>> inputValues;  // per layer: value index of each input (-1: none)
    std::map<NodeId, Layer*> layerOf;
    std::vector<Shape> valueShape;
    std::vector<bool> valueNeedsGrad;
    for (NodeId id : vr.order) {
        const Node& n = *graph.node(id);
        const NodeType* t = reg.find(n.type);
        const PortList pl = t->ports(n);
        LayerInit li{n, {}, {}, rng};
        li.in.resize(pl.inputs.size());
        std::vector<int> srcIdx(pl.inputs.size(), -1);
        for (size_t i = 0; i < pl.inputs.size(); ++i) {
            auto e = graph.edgeInto(PortRef{id, pl.inputs[i].name});
            if (!e) continue;
            srcIdx[i] = valueOf.at(e->from);
            li.in[i] = valueShape[srcIdx[i]];
        }
        for (const PortSpec& ps : pl.outputs) li.out.push_back(vr.shapes.at(PortRef{id, ps.name}));
        std::unique_ptr<Layer> layer = t->create(li);
        layer->name = n.name;
        for (size_t i = 0; i < pl.inputs.size(); ++i) {
            if (srcIdx[i] < 0) {
                layer->in.push_back(nullptr);
                layer->inGrad.push_back(nullptr);
            } else {
                layer->in.push_back(m->values_[srcIdx[i]].get());
                // No gradient for sparse batches or for values that depend on no parameter
                // (the data input): that skips e.g. the W^T dY product of every first layer.
                const bool need = !valueShape[srcIdx[i]].sparse && valueNeedsGrad[srcIdx[i]];
                layer->inGrad.push_back(need ? m->grads_[srcIdx[i]].get() : nullptr);
            }
        }
        // This layer's outputs need gradients if it has parameters or any input needs them.
        bool needs = false;
        {
            std::vector<Param*> own;
            layer->collectParams(own);
            needs = !own.empty();
            for (int si : srcIdx)
                if (si >= 0 && valueNeedsGrad[si]) needs = true;
        }
        for (size_t o = 0; o < pl.outputs.size(); ++o) {
            const int idx = static_cast<int>(m->values_.size());
            valueOf[PortRef{id, pl.outputs[o].name}] = idx;
            valueShape.push_back(li.out[o]);
            valueNeedsGrad.push_back(needs);
            producer.push_back({static_cast<int>(m->layers_.size()), static_cast<int>(o)});
            m->values_.push_back(std::make_unique<Value>());
            m->grads_.push_back(std::make_unique<Mat>());
            layer->out.push_back(m->values_.back().get());
            layer->outGrad.push_back(m->grads_.back().get());
        }
        if (t->role == NodeRole::Task) {
            auto* h = static_cast<TaskHead*>(layer.get());
            h->labelRow = schema.taskIndex(h->task);
            m->heads_.push_back(h);
        }
        layerOf[id] = layer.get();
        inputValues.push_back(srcIdx);
        m->layers_.push_back(std::move(layer));
    }
    // Let layers that act on other layers (L2 soft sharing) find the producers of their inputs.
    for (NodeId id : vr.order) {
        const Node& n = *graph.node(id);
        const PortList pl = reg.find(n.type)->ports(n);
        std::vector<Layer*> producers;
        for (const PortSpec& ps : pl.inputs) {
            auto e = graph.edgeInto(PortRef{id, ps.name});
            producers.push_back(e ? layerOf.at(e->from.node) : nullptr);
        }
        layerOf.at(id)->link(producers);
    }
    for (auto& l : m->layers_) l->collectParams(m->params_);
    // Dense layers that are the only readers of a dense value run their first products as one
    // (SiblingProducts): Shared-Bottom's towers.
    {
        std::vector<std::vector<int>> readers(m->values_.size());
        for (size_t l = 0; l < m->layers_.size(); ++l)
            for (int v : inputValues[l])
                if (v >= 0) readers[static_cast<size_t>(v)].push_back(static_cast<int>(l));
        for (size_t v = 0; v < readers.size(); ++v) {
            if (readers[v].size() < 2 || valueShape[v].sparse) continue;
            std::vector<StackLayer*> stacks;
            for (int l : readers[v]) {
                auto* s = dynamic_cast<StackLayer*>(m->layers_[static_cast<size_t>(l)].get());
                if (s && inputValues[static_cast<size_t>(l)].size() == 1) stacks.push_back(s);
            }
            if (stacks.size() != readers[v].size()) continue;
            auto group = std::make_unique<SiblingProducts>();
            for (StackLayer* s : stacks) {
                s->stack().joinSiblings(group.get(), group->size());
                group->add(&s->stack().layers()[0]);
            }
            m->siblings_.push_back({std::move(group), readers[v]});
        }
    }
    m->gradRows_.clear();
    for (const Shape& s : valueShape) m->gradRows_.push_back(s.sparse ? 0 : s.rows());
    // The first writer of each gradient in backward() (layers run in reverse order): if it can
    // overwrite the buffer, backward() leaves that buffer unzeroed and tells the layer so.
    m->freshGrad_.assign(m->grads_.size(), false);
    {
        std::vector<bool> claimed(m->grads_.size(), false);
        for (size_t l = m->layers_.size(); l-- > 0;) {
            Layer& layer = *m->layers_[l];
            layer.inGradFresh.assign(layer.inGrad.size(), false);
            for (size_t i = 0; i < layer.inGrad.size(); ++i) {
                const int v = layer.inGrad[i] ? inputValues[l][i] : -1;
                if (v < 0 || claimed[v]) continue;
                claimed[v] = true;
                const bool once = std::count(inputValues[l].begin(), inputValues[l].end(), v) == 1;
                if (layer.overwritesInGrad() && once) {
                    layer.inGradFresh[i] = true;
                    m->freshGrad_[v] = true;
                }
            }
        }
        // A gradient no layer writes (the data input's: 512 x 512 per share on the large
        // config) stays as resize() left it, zero; no pass zeroes it again.
        m->unwrittenGrad_.resize(m->grads_.size());
        for (size_t v = 0; v < m->grads_.size(); ++v) {
            m->unwrittenGrad_[v] = !claimed[v];
            if (!claimed[v]) m->freshGrad_[v] = true;
        }
    }
    m->deriveSegments(producer, inputValues);
    // Gate identity from the graph: which tasks each gate serves, which experts it weighs.
    for (auto& l : m->layers_) {
        std::vector<GateView> views;
        l->collectGates(views);
        const Node* n = graph.findByName(l->name);
        for (GateView& v : views) {
            v.weights = nullptr;
            if (!n) {
                m->gateIds_.push_back(std::move(v));
                continue;
            }
            v.node = n->id;
            GateRoute route = v.slot >= 0 ? cgcGateRoute(graph, n->id, v.slot)
                                          : gateBlockRoute(graph, vr.shapes, n->id);
            v.tasks = std::move(route.tasks);
            v.shared = route.shared;
            if (v.slot >= 0) {
                for (int i : v.expertIndex) v.experts.push_back({n->id, i});
            } else {
                v.experts = std::move(route.experts);
            }
            m->gateIds_.push_back(std::move(v));
        }
    }
    return m;
}

namespace {
// Sets every buffer to zero; large ones (the large config's 2048 x 1024 hidden gradient, 8 MB) are
// shared among the engine's threads, as one stretch of all the buffers each.
void zeroAll(std::vector<std::unique_ptr<Mat>>& bufs, const std::vector<bool>* skip = nullptr) {
    auto size = [&](size_t k) -> long long {
        return skip && (*skip)[k] ? 0 : static_cast<long long>(bufs[k]->size());
    };
    long long total = 0;
    for (size_t k = 0; k < bufs.size(); ++k) total += size(k);
    const int T = total >= (1 << 18) && !omp_in_parallel() ? omp_get_max_threads() : 1;
    parallelRegion(T, [&](int t, int threads) {
        forStretch(bufs.size(), size, total * t / threads, total * (t + 1) / threads,
                   [&](size_t k, long long k0, long long k1) {
                       std::fill(bufs[k]->data() + k0, bufs[k]->data() + k1, Real(0));
                   });
    });
}
}  // namespace

Model::~Model() = default;

void Model::resize(int batch) {
    if (batch == batch_) return;
    batch_ = batch;
    for (size_t i = 0; i < grads_.size(); ++i) grads_[i]->setZero(gradRows_[i], batch);
    labels_.resize(static_cast<Eigen::Index>(schema_.tasks.size()), batch);
}

double Model::forward(const Dataset& data, const int* rows, int batch, bool training, Rng& rng,
                      bool computeLoss, const int* lossCounts) {
    resize(batch);
    const bool haveLabels = computeLoss && data.labels.rows() == labels_.rows();
    if (haveLabels)
        for (int j = 0; j < batch; ++j) labels_.col(j) = data.labels.col(rows[j]).cast<Real>();
    ctx_.batch = batch;
    ctx_.training = training;
    ctx_.computeLoss = haveLabels;
    ctx_.rng = &rng;
    ctx_.data = &data;
    ctx_.rows = rows;
    ctx_.labels = haveLabels ? &labels_ : nullptr;
    ctx_.lossCounts = haveLabels ? lossCounts : nullptr;
    ctx_.regLoss = 0;
    for (auto& l : layers_) l->forward(ctx_);
    if (!haveLabels) return 0;
    double total = ctx_.regLoss;
    for (const TaskHead* h : heads_) total += h->lossWeight * h->lastLoss;
    return total;
}

std::vector<std::vector<std::string>> Model::siblingGroups() const {
    std::vector<std::vector<std::string>> out;
    for (const SiblingGroup& g : siblings_) {
        out.emplace_back();
        for (int l : g.layers) out.back().push_back(layers_[static_cast<size_t>(l)]->name);
    }
    return out;
}

int Model::fusedSiblingGroups() const {
    int n = 0;
    for (const SiblingGroup& g : siblings_) n += g.products->active();
    return n;
}

void Model::fuseSiblings(std::uint64_t headMask) {
    for (SiblingGroup& g : siblings_) {
        bool all = true;
        for (int l : g.layers) all = all && (layerHeads_[static_cast<size_t>(l)] & headMask);
        g.products->setActive(all);
    }
}

void Model::setOutputGradsScratch(bool on) {
    for (auto& l : layers_) {
        l->scratchOutGrad.clear();
        if (!on) continue;
        for (const Mat* g : l->outGrad)
            for (auto& own : grads_)
                if (own.get() == g) l->scratchOutGrad.push_back(own.get());
    }
}

void Model::backward() {
    fuseSiblings(~std::uint64_t(0));  // a member that reaches no head runs unfused
    zeroAll(grads_, &freshGrad_);
    ctx_.freshInGrads = true;
    for (auto it = layers_.rbegin(); it != layers_.rend(); ++it) (*it)->backward(ctx_);
    ctx_.freshInGrads = false;
    for (auto& l : layers_) l->afterBackward(ctx_);
}

void Model::deriveSegments(const std::vector<std::pair<int, int>>& producer,
                           const std::vector<std::vector<int>>& inputValues) {
    const size_t L = layers_.size();
    // reached[l][o]: the heads whose prediction depends on output o of layer l.
    std::vector<std::vector<std::uint64_t>> reached(L);
    for (size_t l = 0; l < L; ++l) reached[l].assign(layers_[l]->out.size(), 0);
    std::map<const Layer*, size_t> indexOf;
    for (size_t l = 0; l < L; ++l) indexOf[layers_[l].get()] = l;
    for (size_t k = 0; k < heads_.size() && k < 64; ++k) {
        const std::uint64_t bit = std::uint64_t(1) << k;
        std::vector<std::pair<size_t, int>> stack;
        const size_t h = indexOf.at(heads_[k]);
        for (size_t o = 0; o < reached[h].size(); ++o) stack.push_back({h, static_cast<int>(o)});
        if (reached[h].empty()) stack.push_back({h, -1});
        while (!stack.empty()) {
            const auto [l, o] = stack.back();
            stack.pop_back();
            if (o >= 0) {
                if (reached[l][o] & bit) continue;
                reached[l][o] |= bit;
            }
            const std::vector<int> ins =
                o >= 0 ? layers_[l]->inputsOfOutput(o) : std::vector<int>();
            for (int i : ins) {
                if (i < 0 || i >= static_cast<int>(inputValues[l].size())) continue;
                const int v = inputValues[l][i];
                if (v < 0) continue;
                const auto [pl, po] = producer[v];
                if (!(reached[pl][po] & bit)) stack.push_back({static_cast<size_t>(pl), po});
            }
        }
    }
    layerHeads_.assign(L, 0);
    layerParams_.assign(L, {});
    for (size_t l = 0; l < L; ++l) {
        for (std::uint64_t m : reached[l]) layerHeads_[l] |= m;
        if (heads_.size() > 64) layerHeads_[l] = ~std::uint64_t(0);  // untracked heads: run all
        layers_[l]->collectParams(layerParams_[l]);
    }
    // Row masks per parameter, then runs of equal masks.
    std::map<const Param*, std::vector<std::uint64_t>> rowMask;
    for (Param* p : params_) rowMask[p].assign(static_cast<size_t>(p->value.rows()), 0);
    for (size_t l = 0; l < L; ++l) {
        std::vector<ParamReach> reach;
        layers_[l]->paramReach(reach);
        for (const ParamReach& r : reach) {
            auto it = rowMask.find(r.param);
            if (it == rowMask.end()) continue;
            std::uint64_t mask = 0;
            if (r.outputs.empty())
                for (std::uint64_t m : reached[l]) mask |= m;
            else
                for (int o : r.outputs)
                    if (o >= 0 && o < static_cast<int>(reached[l].size())) mask |= reached[l][o];
            const int rows = static_cast<int>(it->second.size());
            const int r0 = std::clamp(r.row0, 0, rows);
            const int r1 = r.rows < 0 ? rows : std::clamp(r.row0 + r.rows, r0, rows);
            for (int i = r0; i < r1; ++i) it->second[i] |= mask;
        }
    }
    segments_.clear();
    for (Param* p : params_) {
        const std::vector<std::uint64_t>& m = rowMask[p];
        for (size_t i = 0; i < m.size();) {
            size_t j = i + 1;
            while (j < m.size() && m[j] == m[i]) ++j;
            segments_.push_back({p, static_cast<int>(i), static_cast<int>(j - i), m[i]});
            i = j;
        }
    }

    // The shared representation (see the header): layers at or below a shared parameter row,
    // each fully shared or task-specific; the cut between them.
    representation_.clear();
    representationValue_.clear();
    const auto shared = [](std::uint64_t m) { return (m & (m - 1)) != 0; };  // two or more
    std::vector<bool> below(L, false);
    for (size_t l = 0; l < L; ++l) {
        for (const Param* p : layerParams_[l])
            for (std::uint64_t m : rowMask[p])
                if (shared(m)) below[l] = true;
        for (int v : inputValues[l])
            if (v >= 0 && below[static_cast<size_t>(producer[v].first)]) below[l] = true;
    }
    enum Side { None, Shared, Specific };
    std::vector<Side> side(L, None);
    bool valid = heads_.size() <= 64;
    for (size_t l = 0; l < L && valid; ++l) {
        if (!below[l]) continue;
        const bool allShared =
            !reached[l].empty() && std::all_of(reached[l].begin(), reached[l].end(), shared);
        if (allShared)
            side[l] = Shared;
        else if (!shared(layerHeads_[l]))
            side[l] = Specific;
        else
            valid = false;  // shared and task-specific parts in one layer: no cut
    }
    for (size_t l = 0; l < L && valid; ++l) {
        if (side[l] != Shared) continue;
        for (size_t o = 0; o < reached[l].size(); ++o) {
            bool toSpecific = false, toShared = false;
            for (size_t c = 0; c < L; ++c)
                for (int v : inputValues[c])
                    if (v >= 0 &&
                        producer[v] == std::make_pair(static_cast<int>(l), static_cast<int>(o))) {
                        toSpecific = toSpecific || side[c] == Specific;
                        toShared = toShared || side[c] == Shared;
                    }
            if (toSpecific && toShared) valid = false;
            if (toSpecific) {
                representation_.push_back({static_cast<int>(l), static_cast<int>(o)});
                for (size_t v = 0; v < producer.size(); ++v)
                    if (producer[v] == std::make_pair(static_cast<int>(l), static_cast<int>(o)))
                        representationValue_.push_back(static_cast<int>(v));
            }
        }
    }
    sharedSide_.assign(L, false);
    for (size_t l = 0; l < L; ++l) sharedSide_[l] = side[l] == Shared;
    if (!valid || representationValue_.size() != representation_.size()) {
        representation_.clear();
        representationValue_.clear();
        sharedSide_.assign(L, false);
    }
}

void Model::backwardTaskSide(std::uint64_t headMask) {
    fuseSiblings(0);
    zeroAll(grads_, &unwrittenGrad_);
    ctx_.freshInGrads = false;
    for (size_t l = layers_.size(); l-- > 0;) {
        const std::uint64_t m = layerHeads_[l];
        // Not the shared part, nor the parameterless layers above it that serve several heads.
        if (sharedSide_[l] || !(m & headMask) || (m & (m - 1)) != 0) continue;
        layers_[l]->backward(ctx_);
    }
}

void Model::backwardSharedSide(const std::vector<Mat>& representationGrad) {
    if (representationGrad.size() != representationValue_.size())
        throw std::invalid_argument("backwardSharedSide: one gradient per representation port");
    fuseSiblings(0);
    zeroAll(grads_, &unwrittenGrad_);
    ctx_.freshInGrads = false;
    for (size_t z = 0; z < representationValue_.size(); ++z)
        *grads_[static_cast<size_t>(representationValue_[z])] = representationGrad[z];
    for (size_t l = layers_.size(); l-- > 0;)
        if (sharedSide_[l]) layers_[l]->backward(ctx_);
}

std::vector<std::string> Model::sharedParamNames(std::uint64_t headMask) const {
    std::vector<std::string> names;
    for (const ParamSegment& s : segments_) {
        const std::uint64_t m = s.heads & headMask;
        if ((m & (m - 1)) == 0) continue;  // fewer than two heads
        if (names.empty() || names.back() != s.param->name) names.push_back(s.param->name);
    }
    return names;
}

void Model::backward(std::uint64_t headMask) {
    fuseSiblings(headMask);
    zeroAll(grads_, &unwrittenGrad_);
    ctx_.freshInGrads = false;
    for (size_t l = layers_.size(); l-- > 0;) {
        if (layerHeads_[l] & headMask)
            layers_[l]->backward(ctx_);
        else
            for (Param* p : layerParams_[l]) p->grad.setZero();
    }
    for (auto& l : layers_) l->afterBackward(ctx_);
}

size_t Model::parameterCount() const {
    size_t n = 0;
    for (const Param* p : params_) n += static_cast<size_t>(p->value.size());
    return n;
}

std::vector<GateView> Model::gates() const {
    std::vector<GateView> g;
    for (auto& l : layers_) l->collectGates(g);
    for (size_t i = 0; i < g.size() && i < gateIds_.size(); ++i) {
        g[i].node = gateIds_[i].node;
        g[i].tasks = gateIds_[i].tasks;
        g[i].shared = gateIds_[i].shared;
        g[i].experts = gateIds_[i].experts;
    }
    return g;
}

std::vector<ExpertView> Model::experts() const {
    std::vector<ExpertView> v;
    for (auto& l : layers_) {
        const size_t first = v.size();
        l->collectExperts(v);
        const Node* n = graph_.findByName(l->name);
        for (size_t i = first; i < v.size(); ++i) v[i].node = n ? n->id : -1;
    }
    return v;
}

Layer* Model::layer(const std::string& nodeName) const {
    for (auto& l : layers_)
        if (l->name == nodeName) return l.get();
    return nullptr;
}

}  // namespace mtl
