#include "io/ExportTorch.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "data/Census.h"
#include "data/Csv.h"
#include "graph/Registry.h"
#include "io/TorchSources.h"
#include "nn/Model.h"

namespace mtl {

namespace fs = std::filesystem;

namespace {

// ------------------------------------------------------------------------------ text helpers

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

// A double that JSON and Python both read back exactly (nan/inf do not occur: parameters are
// range-checked by the registry).
std::string num(double x) {
    if (!std::isfinite(x)) return "0";
    std::ostringstream os;
    os << std::setprecision(17) << x;
    std::string s = os.str();
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

std::string intList(const std::vector<int>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s + "]";
}

std::string pyBool(bool b) { return b ? "True" : "False"; }
std::string jsonBool(bool b) { return b ? "true" : "false"; }

std::string paramJson(const ParamValue& p) {
    switch (p.kind) {
        case ParamValue::Kind::Int:
            return std::to_string(p.i);
        case ParamValue::Kind::Real:
            return num(p.r);
        case ParamValue::Kind::Bool:
            return jsonBool(p.b);
        case ParamValue::Kind::String:
            return jsonString(p.s);
        case ParamValue::Kind::IntList:
            return intList(p.list);
    }
    return "null";
}

// A comment line safe for Python (node names are free text).
std::string comment(const std::string& s) {
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
    return out;
}

const char* taskKindName(TaskKind k) { return k == TaskKind::Binary ? "binary" : "regression"; }

// ------------------------------------------------------------------------------ the model

struct Checked {
    ValidationResult validation;
    std::unique_ptr<Model> model;
};

// Compiles the graph and loads the weights, as the engine does before scoring.
Checked check(const ModelFile& file) {
    Checked c;
    for (const Node& n : file.graph.nodes()) {
        const auto& kinds = torchExportableKinds();
        if (std::find(kinds.begin(), kinds.end(), n.type) == kinds.end())
            throw ExportError("cannot export node '" + n.name + "': its kind '" + n.type +
                              "' has no PyTorch counterpart");
    }
    c.validation = file.graph.validate();
    if (!c.validation.ok())
        throw ExportError("the model's graph is not valid:\n" + c.validation.summary());
    try {
        c.model = Model::compile(file.graph, file.schema, file.train.seed);
        restoreWeights(*c.model, file);
    } catch (const CompileError& e) {
        throw ExportError(std::string("the model does not compile: ") + e.what());
    } catch (const ArchiveError& e) {
        throw ExportError(std::string("the model's weights cannot be exported: ") + e.what());
    }
    return c;
}

std::string var(NodeId id, const std::string& port) {
    return "v" + std::to_string(id) + "_" + port;
}

// The variable feeding input `port` of node `n`.
std::string input(const Graph& g, const Node& n, const std::string& port) {
    auto e = g.edgeInto({n.id, port});
    if (!e) throw ExportError("node '" + n.name + "': input '" + port + "' is not connected");
    return var(e->from.node, e->from.port);
}

int inputWidth(const Graph& g, const ValidationResult& v, const Node& n, const std::string& port) {
    auto e = g.edgeInto({n.id, port});
    if (!e) return 0;
    auto it = v.shapes.find(e->from);
    return it == v.shapes.end() ? 0 : it->second.rows();
}

std::string joinVars(const std::vector<std::string>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s + "]";
}

struct Generated {
    std::string init, forward;
    std::vector<std::string> predictions;  // "task": expression
    std::vector<std::string> logits;
};

void generateNode(const Graph& g, const ValidationResult& v, const Node& n, Generated& out) {
    const std::string self = "self.node" + std::to_string(n.id);
    const std::string id = std::to_string(n.id);
    std::ostringstream init, fwd;
    init << "        # node " << id << " '" << comment(n.name) << "' (" << n.type << ")\n";
    fwd << "        # " << comment(n.name) << " (" << n.type << ")\n";
    const std::string& t = n.type;
    auto x = [&](const std::string& port) { return input(g, n, port); };
    auto width = [&](const std::string& port) { return inputWidth(g, v, n, port); };
    auto numbered = [&](const std::string& prefix, long long count) {
        std::vector<std::string> r;
        for (long long i = 0; i < count; ++i) r.push_back(x(prefix + std::to_string(i)));
        return r;
    };
    if (t == "input.features") {
        init << "        " << self << " = Features(numeric=" << n.getInt("numeric")
             << ", categories=" << intList(n.getList("categories"))
             << ", encoding=" << jsonString(n.getString("encoding"))
             << ", embedding_dim=" << n.getInt("embedding_dim") << ")\n";
        fwd << "        " << var(n.id, "x") << " = " << self << "(numeric, categorical)\n";
    } else if (t == "layer.dense") {
        init << "        " << self << " = Dense(" << width("x")
             << ", units=" << intList(n.getList("units"))
             << ", activation=" << jsonString(n.getString("activation"))
             << ", output_activation=" << jsonString(n.getString("output_activation"))
             << ", dropout=" << num(n.getReal("dropout")) << ")\n";
        fwd << "        " << var(n.id, "y") << " = " << self << "(" << x("x") << ")\n";
    } else if (t == "experts.group") {
        init << "        " << self << " = ExpertGroup(" << width("x")
             << ", num_experts=" << n.getInt("num_experts")
             << ", units=" << intList(n.getList("units"))
             << ", activation=" << jsonString(n.getString("activation"))
             << ", dropout=" << num(n.getReal("dropout")) << ")\n";
        fwd << "        " << var(n.id, "experts") << " = " << self << "(" << x("x") << ")\n";
    } else if (t == "op.concat" || t == "op.add" || t == "op.multiply") {
        const char* cls = t == "op.concat" ? "Concat" : t == "op.add" ? "Add" : "Multiply";
        init << "        " << self << " = " << cls << "()\n";
        fwd << "        " << var(n.id, "y") << " = " << self << "("
            << joinVars(numbered("in", n.getInt("inputs"))) << ")\n";
    } else if (t == "gate.softmax") {
        init << "        " << self << " = SoftmaxGate(" << width("x")
             << ", num_experts=" << n.getInt("num_experts") << ")\n";
        fwd << "        " << var(n.id, "weights") << " = " << self << "(" << x("x") << ")\n";
    } else if (t == "mixture") {
        init << "        " << self << " = Mixture()\n";
        fwd << "        " << var(n.id, "y") << " = " << self << "("
            << joinVars(numbered("experts", n.getInt("inputs"))) << ", " << x("gate") << ")\n";
    } else if (t == "gate.topk") {
        init << "        " << self << " = TopKGate(" << width("x")
             << ", num_experts=" << n.getInt("num_experts") << ", k=" << n.getInt("k")
             << ", noisy=" << pyBool(n.getBool("noisy"))
             << ", noise_epsilon=" << num(n.getReal("noise_epsilon"))
             << ", importance_weight=" << num(n.getReal("importance_weight")) << ")\n";
        fwd << "        " << var(n.id, "weights") << ", r = " << self << "(" << x("x") << ")\n"
            << "        reg = reg + r\n";
    } else if (t == "gate.dselect") {
        const bool per = n.getBool("per_example");
        init << "        " << self << " = DSelectGate(" << (per ? width("x") : 0)
             << ", num_experts=" << n.getInt("num_experts") << ", k=" << n.getInt("k")
             << ", gamma=" << num(n.getReal("gamma")) << ", per_example=" << pyBool(per)
             << ", entropy_weight=" << num(n.getReal("entropy_weight"))
             << ", z_init=" << num(n.getReal("z_init")) << ")\n";
        fwd << "        " << var(n.id, "weights") << ", r = " << self << "("
            << (per ? x("x") : std::string("batch=batch")) << ")\n"
            << "        reg = reg + r\n";
    } else if (t == "ple.cgc") {
        const long long tasks = n.getInt("tasks");
        std::vector<std::string> ports;
        for (long long i = 0; i < tasks; ++i) ports.push_back("in" + std::to_string(i));
        ports.push_back("shared");
        // Inputs bound to the same output port are one source (the engine groups them so).
        std::vector<PortRef> sources;
        std::vector<int> group, dims;
        for (const std::string& p : ports) {
            auto e = g.edgeInto({n.id, p});
            if (!e) throw ExportError("node '" + n.name + "': input '" + p + "' is not connected");
            auto it = std::find(sources.begin(), sources.end(), e->from);
            group.push_back(static_cast<int>(it - sources.begin()));
            if (it == sources.end()) sources.push_back(e->from);
            dims.push_back(width(p));
        }
        init << "        " << self << " = CgcLevel(in_dims=" << intList(dims)
             << ", port_group=" << intList(group) << ", tasks=" << tasks
             << ", specific=" << n.getInt("specific") << ", shared=" << n.getInt("shared")
             << ", units=" << intList(n.getList("units"))
             << ", activation=" << jsonString(n.getString("activation"))
             << ", shared_output=" << pyBool(n.getBool("shared_output")) << ")\n";
        std::vector<std::string> outs, ins;
        for (long long i = 0; i < tasks; ++i) outs.push_back(var(n.id, "out" + std::to_string(i)));
        if (n.getBool("shared_output")) outs.push_back(var(n.id, "shared_out"));
        for (const std::string& p : ports) ins.push_back(x(p));
        std::string lhs;
        for (const std::string& o : outs) lhs += (lhs.empty() ? "" : ", ") + o;
        fwd << "        " << lhs << (outs.size() == 1 ? "," : "") << " = " << self << "("
            << joinVars(ins) << ")\n";
    } else if (t == "sharing.cross_stitch") {
        const long long tasks = n.getInt("tasks");
        init << "        " << self << " = CrossStitch(tasks=" << tasks
             << ", self_weight=" << num(n.getReal("self_weight")) << ")\n";
        std::string lhs;
        for (long long i = 0; i < tasks; ++i)
            lhs += (i ? ", " : "") + var(n.id, "out" + std::to_string(i));
        fwd << "        " << lhs << " = " << self << "(" << joinVars(numbered("in", tasks))
            << ")\n";
    } else if (t == "sharing.l2") {
        auto ea = g.edgeInto({n.id, "a"}), eb = g.edgeInto({n.id, "b"});
        if (!ea || !eb)
            throw ExportError("node '" + n.name + "': inputs a and b must be connected");
        init << "        " << self << " = L2Sharing(alpha=" << num(n.getReal("alpha")) << ")\n";
        fwd << "        reg = reg + " << self << "(list(self.node" << ea->from.node
            << ".parameters()), list(self.node" << eb->from.node << ".parameters()))\n";
    } else if (t == "task.binary") {
        const bool prob = n.getBool("from_probability");
        init << "        " << self << " = BinaryHead(from_probability=" << pyBool(prob) << ")\n";
        fwd << "        " << var(n.id, "p") << ", logit" << id << " = " << self << "(" << x("x")
            << ")\n";
        out.predictions.push_back(jsonString(n.getString("task")) + ": " + var(n.id, "p") +
                                  ".squeeze(1)");
        out.logits.push_back(jsonString(n.getString("task")) + ": " +
                             (prob ? std::string("None") : "logit" + id + ".squeeze(1)"));
    } else if (t == "task.regression") {
        init << "        " << self << " = RegressionHead()\n";
        fwd << "        " << var(n.id, "y") << ", _ = " << self << "(" << x("x") << ")\n";
        out.predictions.push_back(jsonString(n.getString("task")) + ": " + var(n.id, "y") +
                                  ".squeeze(1)");
        out.logits.push_back(jsonString(n.getString("task")) + ": None");
    } else {
        throw ExportError("cannot export node '" + n.name + "' of kind '" + t + "'");
    }
    out.init += init.str();
    out.forward += fwd.str();
}

std::string modelSource(const ModelFile& file, const ValidationResult& v) {
    const Graph& g = file.graph;
    Generated gen;
    for (NodeId id : v.order) generateNode(g, v, *g.node(id), gen);
    std::ostringstream s;
    s << "\"\"\"The model exported from MTL Studio (generated by mtlstudio-cli export; edit "
         "freely).\n"
         "\n"
         "ExportedModel mirrors the graph: attribute node<id> is graph node <id> (its name and\n"
         "registry kind are in the comment above it and in model.json), and forward() runs the "
         "nodes\n"
         "in the engine's order. Inputs: numeric float (batch, "
      << file.schema.numeric() << "), categorical long (batch, " << file.schema.fields()
      << ")\n"
         "(preprocess.py makes them). Output: a dict with 'predictions' and 'logits' per task\n"
         "(logits None where a head takes a probability or predicts a value) and 'reg', the\n"
         "regularisers' sum (0 in eval mode).\n"
         "\"\"\"\n"
         "import json\n"
         "import os\n"
         "\n"
         "import torch\n"
         "from torch import nn\n"
         "\n"
         "from mtl_layers import *  # noqa: F401,F403 (one module class per registry kind)\n"
         "\n"
         "HERE = os.path.dirname(os.path.abspath(__file__))\n"
         "\n"
         "\n"
         "class ExportedModel(nn.Module):\n"
         "    def __init__(self):\n"
         "        super().__init__()\n"
      << gen.init
      << "\n"
         "    def forward(self, numeric, categorical):\n"
         "        batch = numeric.shape[0]\n"
         "        reg = numeric.new_zeros(())\n"
      << gen.forward << "        return {\n            \"predictions\": {";
    for (size_t i = 0; i < gen.predictions.size(); ++i) s << (i ? ", " : "") << gen.predictions[i];
    s << "},\n            \"logits\": {";
    for (size_t i = 0; i < gen.logits.size(); ++i) s << (i ? ", " : "") << gen.logits[i];
    s << "},\n            \"reg\": reg,\n        }\n"
         "\n"
         "\n"
         "def load_weights(model, folder=HERE):\n"
         "    \"\"\"Loads weights.bin (raw little-endian float32, indexed by weights.json).\"\"\"\n"
         "    with open(os.path.join(folder, \"weights.json\")) as f:\n"
         "        index = json.load(f)\n"
         "    with open(os.path.join(folder, index[\"file\"]), \"rb\") as f:\n"
         "        data = bytearray(f.read())\n"
         "    flat = torch.frombuffer(data, dtype=torch.float32)\n"
         "    if index[\"byte_order\"] != \"little\" or not torch.tensor([1], dtype=torch.int32)"
         ".view(torch.uint8)[0]:\n"
         "        raise RuntimeError(\"weights.bin is little-endian float32; this machine is "
         "not\")\n"
         "    state = {}\n"
         "    for t in index[\"tensors\"]:\n"
         "        n = 1\n"
         "        for d in t[\"shape\"]:\n"
         "            n *= d\n"
         "        start = t[\"offset\"] // 4\n"
         "        state[t[\"key\"]] = flat[start:start + n].clone().view(t[\"shape\"])\n"
         "    model.load_state_dict(state, strict=True)\n"
         "    return model\n"
         "\n"
         "\n"
         "def load_model(folder=HERE):\n"
         "    \"\"\"The exported model with its trained weights, in eval mode.\"\"\"\n"
         "    return load_weights(ExportedModel(), folder).eval()\n";
    return s.str();
}

// Torch key for an engine parameter name of node `n` (`suffix` is the name after the node's).
std::string torchKey(const Node& n, const std::string& suffix, bool& transpose, bool& vector) {
    transpose = false;
    vector = false;
    std::string key = "node" + std::to_string(n.id);
    if (n.type == "input.features" && suffix == ".embedding") {
        transpose = true;
        return key + ".embedding.weight";
    }
    if (n.type == "gate.dselect" && suffix == ".z") {
        transpose = true;
        return key + ".z";
    }
    if (n.type == "gate.dselect" && suffix == ".alpha") {
        vector = true;
        return key + ".alpha";
    }
    const size_t dot = suffix.rfind('.');
    const std::string last = suffix.substr(dot + 1);
    if (last == "W") return key + suffix.substr(0, dot) + ".weight";
    if (last == "b") {
        vector = true;
        return key + suffix.substr(0, dot) + ".bias";
    }
    return key + suffix;
}

std::vector<TorchTensor> tensorsOf(const ModelFile& file, Model& model) {
    std::vector<TorchTensor> out;
    for (const auto& layer : model.layers()) {
        std::vector<Param*> params;
        layer->collectParams(params);
        const Node* n = file.graph.findByName(layer->name);
        if (!n) throw ExportError("internal: layer '" + layer->name + "' has no node");
        for (const Param* p : params) {
            if (p->name.rfind(layer->name + ".", 0) != 0)
                throw ExportError("internal: parameter '" + p->name + "' is not named after '" +
                                  layer->name + "'");
            TorchTensor t;
            bool transpose = false, vector = false;
            t.key = torchKey(*n, p->name.substr(layer->name.size()), transpose, vector);
            t.engineName = p->name;
            t.decay = p->decay;
            t.lrScale = p->lrScale;
            const Mat& m = p->value;
            if (vector)
                t.shape = {static_cast<long long>(m.size())};
            else if (transpose)
                t.shape = {m.cols(), m.rows()};
            else
                t.shape = {m.rows(), m.cols()};
            t.values.reserve(static_cast<size_t>(m.size()));
            if (transpose || vector) {  // column-major = row-major of the transpose
                for (Eigen::Index k = 0; k < m.size(); ++k)
                    t.values.push_back(static_cast<float>(m.data()[k]));
            } else {
                for (Eigen::Index i = 0; i < m.rows(); ++i)
                    for (Eigen::Index j = 0; j < m.cols(); ++j)
                        t.values.push_back(static_cast<float>(m(i, j)));
            }
            out.push_back(std::move(t));
        }
    }
    return out;
}

// ------------------------------------------------------------------------------ files

void writeFile(const fs::path& path, const std::string& bytes) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    f.close();
    if (!f) throw ExportError("cannot write " + path.string());
}

std::string weightsBinary(const std::vector<TorchTensor>& tensors) {
    std::string bytes;
    for (const TorchTensor& t : tensors)
        for (float x : t.values) {
            std::uint32_t u;
            std::memcpy(&u, &x, 4);
            for (int b = 0; b < 4; ++b) bytes += static_cast<char>((u >> (8 * b)) & 0xff);
        }
    return bytes;
}

std::string weightsIndex(const std::vector<TorchTensor>& tensors) {
    std::ostringstream s;
    s << "{\n  \"format\": 1,\n  \"file\": \"weights.bin\",\n  \"dtype\": \"float32\",\n"
         "  \"byte_order\": \"little\",\n  \"tensors\": [\n";
    size_t offset = 0;
    for (size_t i = 0; i < tensors.size(); ++i) {
        const TorchTensor& t = tensors[i];
        s << "    {\"key\": " << jsonString(t.key) << ", \"engine\": " << jsonString(t.engineName)
          << ", \"shape\": [";
        for (size_t d = 0; d < t.shape.size(); ++d) s << (d ? ", " : "") << t.shape[d];
        s << "], \"offset\": " << offset << ", \"decay\": " << jsonBool(t.decay)
          << ", \"lr_scale\": " << num(t.lrScale) << "}" << (i + 1 < tensors.size() ? "," : "")
          << "\n";
        offset += t.values.size() * 4;
    }
    s << "  ]\n}\n";
    return s.str();
}

std::string strings(const std::vector<std::string>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + jsonString(v[i]);
    return s + "]";
}

std::string modelJson(const ModelFile& file, const ValidationResult& v) {
    const Graph& g = file.graph;
    std::ostringstream s;
    s << "{\n  \"format\": 1,\n  \"producer\": \"MTL Studio\",\n";
    s << "  \"note\": " << jsonString(file.note) << ",\n";
    const DataSchema& sc = file.schema;
    s << "  \"schema\": {\"numeric\": " << strings(sc.numericNames)
      << ", \"categorical\": " << strings(sc.categoricalNames)
      << ", \"cardinalities\": " << intList(sc.cardinalities) << ", \"tasks\": [";
    for (size_t i = 0; i < sc.tasks.size(); ++i)
        s << (i ? ", " : "") << "{\"name\": " << jsonString(sc.tasks[i].name)
          << ", \"kind\": " << jsonString(taskKindName(sc.tasks[i].kind)) << "}";
    s << "]},\n  \"heads\": [";
    bool first = true;
    for (NodeId id : v.order) {
        const Node& n = *g.node(id);
        if (n.type != "task.binary" && n.type != "task.regression") continue;
        double w = n.getReal("loss_weight");
        for (const auto& lw : file.train.lossWeights)
            if (lw.first == n.getString("task")) w = lw.second;
        s << (first ? "\n" : ",\n") << "    {\"node\": " << id
          << ", \"task\": " << jsonString(n.getString("task"))
          << ", \"kind\": " << jsonString(n.type == "task.binary" ? "binary" : "regression")
          << ", \"loss_weight\": " << num(w) << ", \"from_probability\": "
          << jsonBool(n.type == "task.binary" && n.getBool("from_probability")) << "}";
        first = false;
    }
    s << "\n  ],\n  \"graph\": {\n    \"nodes\": [";
    first = true;
    for (const Node& n : g.nodes()) {
        s << (first ? "\n" : ",\n") << "      {\"id\": " << n.id
          << ", \"kind\": " << jsonString(n.type) << ", \"name\": " << jsonString(n.name)
          << ", \"params\": {";
        bool pf = true;
        for (const auto& [k, p] : n.params) {
            s << (pf ? "" : ", ") << jsonString(k) << ": " << paramJson(p);
            pf = false;
        }
        s << "}}";
        first = false;
    }
    s << "\n    ],\n    \"edges\": [";
    first = true;
    for (const Edge& e : g.edges()) {
        s << (first ? "\n" : ",\n") << "      {\"from\": [" << e.from.node << ", "
          << jsonString(e.from.port) << "], \"to\": [" << e.to.node << ", " << jsonString(e.to.port)
          << "]}";
        first = false;
    }
    s << "\n    ],\n    \"order\": " << intList(v.order) << "\n  },\n";
    const TrainConfig& t = file.train;
    const OptimizerConfig& o = t.optimizer;
    s << "  \"train\": {\"optimizer\": " << jsonString(optimizerName(o.kind))
      << ", \"lr\": " << num(o.lr) << ", \"momentum\": " << num(o.momentum)
      << ", \"beta1\": " << num(o.beta1) << ", \"beta2\": " << num(o.beta2)
      << ", \"eps\": " << num(o.eps) << ", \"adagrad_eps\": " << num(o.adagradEps)
      << ", \"weight_decay\": " << num(o.weightDecay) << ", \"batch_size\": " << t.batchSize
      << ", \"epochs\": " << t.epochs << ", \"seed\": " << t.seed
      << ", \"eval_batch\": " << t.evalBatch
      << ", \"early_stop_task\": " << jsonString(t.earlyStopTask)
      << ", \"patience\": " << t.patience << ", \"restore_best\": " << jsonBool(t.restoreBest)
      << "}\n}\n";
    return s.str();
}

std::string preprocessJson(const ModelFile& file, const TorchExportData* data) {
    std::ostringstream s;
    const DataSchema& sc = file.schema;
    s << "{\n  \"format\": 1,\n";
    if (!data) {
        s << "  \"kind\": \"none\",\n";
    } else {
        const DataSpec& d = data->spec;
        switch (d.kind) {
            case DataSpec::Kind::Census:
                s << "  \"kind\": \"census\",\n  \"census\": {\"dir\": " << jsonString(d.census.dir)
                  << ", \"group\": " << d.census.group << ", \"seed\": " << d.census.seed
                  << ", \"max_train_rows\": " << d.census.maxTrainRows << "},\n";
                break;
            case DataSpec::Kind::Csv: {
                const CsvOptions& c = d.csv;
                s << "  \"kind\": \"csv\",\n  \"csv\": {\"path\": " << jsonString(d.csvPath)
                  << ", \"delimiter\": " << jsonString(std::string(1, c.delimiter))
                  << ", \"header\": " << jsonBool(c.header) << ", \"header_line\": " << c.headerLine
                  << ", \"skip_lines\": " << c.skipLines << ", \"valid_frac\": " << num(c.validFrac)
                  << ", \"test_frac\": " << num(c.testFrac) << ", \"seed\": " << c.seed
                  << ",\n    \"columns\": [";
                const char* roles[] = {"numeric", "categorical", "label", "ignore"};
                for (size_t i = 0; i < data->csvColumns.size(); ++i) {
                    const CsvColumn& col = data->csvColumns[i];
                    s << (i ? ",\n      " : "\n      ") << "{\"name\": " << jsonString(col.name)
                      << ", \"role\": " << jsonString(roles[static_cast<int>(col.role)]);
                    if (col.role == ColumnRole::Label)
                        s << ", \"task\": " << jsonString(col.task)
                          << ", \"kind\": " << jsonString(taskKindName(col.kind))
                          << ", \"classes\": " << strings(col.classes);
                    s << "}";
                }
                s << "]},\n";
                break;
            }
            case DataSpec::Kind::Synthetic:
                s << "  \"kind\": \"synthetic\",\n";
                break;
            case DataSpec::Kind::Funnel:
                s << "  \"kind\": \"funnel\",\n";
                break;
        }
        s << "  \"description\": " << jsonString(describe(d)) << ",\n";
        if (d.kind != DataSpec::Kind::Census)
            s << "  \"splits\": {\"train\": " << data->splits.train.rows()
              << ", \"valid\": " << data->splits.valid.rows()
              << ", \"test\": " << data->splits.test.rows() << "},\n";
    }
    const FeatureEncoding* enc = data ? &data->encoding : nullptr;
    s << "  \"numeric\": [";
    for (int i = 0; i < sc.numeric(); ++i) {
        const bool has = enc && static_cast<int>(enc->mean.size()) > i &&
                         static_cast<int>(enc->stddev.size()) > i;
        s << (i ? ",\n    " : "\n    ") << "{\"name\": " << jsonString(sc.numericNames[i]);
        if (has) s << ", \"mean\": " << num(enc->mean[i]) << ", \"std\": " << num(enc->stddev[i]);
        s << "}";
    }
    s << "\n  ],\n  \"categorical\": [";
    for (int f = 0; f < sc.fields(); ++f) {
        s << (f ? ",\n    " : "\n    ") << "{\"name\": " << jsonString(sc.categoricalNames[f])
          << ", \"cardinality\": " << sc.cardinalities[f];
        if (enc && static_cast<int>(enc->categories.size()) > f)
            s << ", \"vocabulary\": " << strings(enc->categories[f]);
        s << "}";
    }
    s << "\n  ],\n  \"tasks\": [";
    for (size_t i = 0; i < sc.tasks.size(); ++i)
        s << (i ? ", " : "") << "{\"name\": " << jsonString(sc.tasks[i].name)
          << ", \"kind\": " << jsonString(taskKindName(sc.tasks[i].kind)) << "}";
    s << "]\n}\n";
    return s.str();
}

std::string readme(const ModelFile& file, const TorchExportData* data) {
    std::ostringstream s;
    s << "# Exported from MTL Studio\n\n";
    if (!file.note.empty()) s << file.note << "\n\n";
    s << "A PyTorch copy of a model trained in MTL Studio: the architecture (`model.py`, built "
         "from\n`mtl_layers.py`), its trained weights (`weights.bin`, raw little-endian float32, "
         "indexed by\n`weights.json`), the data preprocessing (`preprocess.py`, "
         "`preprocess.json`) and a\ndistributed training script (`train.py`). Needs Python 3 "
         "and PyTorch (Debian: `apt install\npython3-torch`); nothing from MTL Studio.\n\n"
         "## Predict\n\n"
         "    import torch, model\n"
         "    m = model.load_model()          # trained weights, eval mode\n"
         "    out = m(numeric, categorical)   # float (batch, "
      << file.schema.numeric() << "), long (batch, " << file.schema.fields()
      << ")\n"
         "    out[\"predictions\"][\"<task>\"]    # probability (binary) or value (regression)\n\n"
         "`python3 preprocess.py --out data.pt` writes the data's splits encoded as the model "
         "expects\n(numeric columns standardised with the training split's statistics, "
         "categorical values\nmapped to codes with the training split's vocabularies; unseen "
         "values get code 0).\n\n"
         "## Train\n\n"
         "On one machine with two processes (CPU: gloo; GPUs: nccl, one process per GPU):\n\n"
         "    torchrun --nproc_per_node=2 train.py --epochs 1\n\n"
         "With Debian 12's PyTorch 1.13 on Python 3.11 `torchrun` fails at start (\"'NoneType' "
         "object has\nno attribute 'get'\") unless its output options are not 0:\n\n"
         "    torchrun --redirects 1 --tee 1 --log_dir logs --nproc_per_node=2 train.py\n\n"
         "`train.py` starts from fresh weights (`--init exported` continues from the exported "
         "ones), uses\nthe same losses (binary cross-entropy on logits, MSE; examples without a "
         "label are masked),\nloss weights, regularisers, optimizer and batch size as the MTL "
         "Studio run (see `model.json`),\nand prints per-task loss and AUC on the validation "
         "split after every epoch and on the test\nsplit at the end. `--help` lists its "
         "options.\n\n";
    if (data)
        s << "Data: " << describe(data->spec) << ".\n";
    else
        s << "Data: not given at export, so `preprocess.py` and `train.py` have no data; "
             "export again with\nthe data options the model was trained with (e.g. "
             "`--data census --group 1`).\n";
    return s.str();
}

// data/<split>_{numeric,categorical,labels}.bin: row-major float32 / int64 / float32 (NaN: no
// label), little-endian.
void appendLE(std::string& out, const void* p, size_t bytes) {
    const unsigned char* c = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < bytes; ++i) out += static_cast<char>(c[i]);  // x86 and ARM: LE
}

std::vector<std::pair<std::string, std::string>> splitFiles(const DataSplits& s) {
    std::vector<std::pair<std::string, std::string>> out;
    const std::pair<const char*, const Dataset*> splits[] = {
        {"train", &s.train}, {"valid", &s.valid}, {"test", &s.test}};
    for (const auto& [name, d] : splits) {
        std::string num, cat, lab;
        for (int r = 0; r < d->rows(); ++r) {
            for (Eigen::Index i = 0; i < d->numeric.rows(); ++i)
                appendLE(num, &d->numeric(i, r), 4);
            for (Eigen::Index f = 0; f < d->categorical.rows(); ++f) {
                const std::int64_t c = d->categorical(f, r);
                appendLE(cat, &c, 8);
            }
            for (Eigen::Index t = 0; t < d->labels.rows(); ++t) appendLE(lab, &d->labels(t, r), 4);
        }
        out.push_back({std::string("data/") + name + "_numeric.bin", num});
        out.push_back({std::string("data/") + name + "_categorical.bin", cat});
        out.push_back({std::string("data/") + name + "_labels.bin", lab});
    }
    return out;
}

}  // namespace

TorchExportData loadTorchExportData(const DataSpec& spec, const DataSchema& schema) {
    TorchExportData d;
    d.spec = spec;
    switch (spec.kind) {
        case DataSpec::Kind::Census: {
            DataSplits s = loadCensus(spec.census, &d.encoding);
            if (!s.train.schema.sameFeatures(schema))
                throw ExportError("the model was trained on other data: " + describe(spec) +
                                  " gives " + std::to_string(s.train.schema.oneHotWidth()) +
                                  " one-hot inputs, the model reads " +
                                  std::to_string(schema.oneHotWidth()));
        }
            return d;
        case DataSpec::Kind::Csv:
            d.splits = loadCsv(spec.csvPath, spec.csv, &d.encoding);
            {
                const CsvPreview pv = previewCsv(spec.csvPath, spec.csv, 0, 0);
                d.csvColumns = pv.columns;
                for (size_t i = 0; i < d.csvColumns.size() && i < pv.header.size(); ++i)
                    if (d.csvColumns[i].name.empty()) d.csvColumns[i].name = pv.header[i];
            }
            break;
        default:
            d.splits = loadData(spec);
    }
    if (!d.splits.train.schema.sameFeatures(schema))
        throw ExportError("the model was trained on other data: " + describe(spec) + " gives " +
                          std::to_string(d.splits.train.schema.numeric()) + " numeric and " +
                          std::to_string(d.splits.train.schema.fields()) +
                          " categorical inputs, the model reads " +
                          std::to_string(schema.numeric()) + " and " +
                          std::to_string(schema.fields()));
    return d;
}

const std::vector<std::string>& torchExportableKinds() {
    static const std::vector<std::string> k = {
        "input.features", "layer.dense",  "experts.group",  "op.concat",
        "op.add",         "op.multiply",  "gate.softmax",   "mixture",
        "gate.topk",      "gate.dselect", "ple.cgc",        "sharing.cross_stitch",
        "sharing.l2",     "task.binary",  "task.regression"};
    return k;
}

std::vector<TorchTensor> torchTensors(const ModelFile& model) {
    Checked c = check(model);
    return tensorsOf(model, *c.model);
}

std::string torchModelSource(const ModelFile& model) {
    Checked c = check(model);
    return modelSource(model, c.validation);
}

std::vector<std::string> exportTorch(const ModelFile& model, const std::string& dir,
                                     const TorchExportOptions& options) {
    Checked c = check(model);
    const std::vector<TorchTensor> tensors = tensorsOf(model, *c.model);
    std::vector<std::pair<std::string, std::string>> files = {
        {"model.py", modelSource(model, c.validation)},
        {"mtl_layers.py", torchsrc::mtl_layers_py},
        {"weights.bin", weightsBinary(tensors)},
        {"weights.json", weightsIndex(tensors)},
        {"model.json", modelJson(model, c.validation)},
        {"preprocess.py", torchsrc::preprocess_py},
        {"preprocess.json", preprocessJson(model, options.data)},
        {"train.py", torchsrc::train_py},
        {"README.md", readme(model, options.data)},
    };
    const bool generated = options.data && (options.data->spec.kind == DataSpec::Kind::Synthetic ||
                                            options.data->spec.kind == DataSpec::Kind::Funnel);
    if (generated)
        for (auto& f : splitFiles(options.data->splits)) files.push_back(std::move(f));
    const fs::path root(dir);
    std::error_code ec;
    if (fs::exists(root, ec)) {
        if (!fs::is_directory(root, ec)) throw ExportError(dir + " exists and is not a folder");
        if (!fs::is_empty(root, ec) && !options.force)
            throw ExportError(dir +
                              " is not empty (--force writes into it, replacing the files of "
                              "an export)");
    } else {
        fs::create_directories(root, ec);
        if (ec) throw ExportError("cannot create " + dir + ": " + ec.message());
    }
    if (generated) {
        fs::create_directories(root / "data", ec);
        if (ec)
            throw ExportError("cannot create " + (root / "data").string() + ": " + ec.message());
    }
    std::vector<std::string> names;
    for (const auto& [name, bytes] : files) {
        writeFile(root / name, bytes);
        names.push_back(name);
    }
    return names;
}

}  // namespace mtl
