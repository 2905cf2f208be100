// mtlstudio-cli: headless training, evaluation and benchmarks on the MTL Studio engine.
//
//   mtlstudio-cli train [--template mmoe | --graph FILE] [data options] [training options]
//   mtlstudio-cli eval  --model FILE [data options]
//   mtlstudio-cli bench --model shared_bottom|mmoe|ple1|ple2|all --config census|small|large|all
//   mtlstudio-cli demo        (MMoE on the paper's synthetic data: the embedded default)
//   mtlstudio-cli templates   (lists the architecture templates)
//
// This interface is stable: scripts and checks depend on the flags and the JSON fields.
#include <malloc.h>
#include <omp.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iomanip>
#include <iostream>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "data/Census.h"
#include "data/Csv.h"
#include "data/DataSpec.h"
#include "data/Synthetic.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "metrics/Metrics.h"
#include "nn/Model.h"
#include "train/Adapt.h"
#include "train/Cost.h"
#include "train/Trainer.h"

using namespace mtl;

// Counts heap allocations (bench reports allocations per training step). glibc's own allocator
// does the work; free() is untouched.
extern "C" void* __libc_malloc(size_t);
static std::atomic<long long> g_mallocs{0};
extern "C" void* malloc(size_t n) {
    g_mallocs.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(n);
}

namespace {

const char* kUsage = R"(usage: mtlstudio-cli <command> [options]

commands:
  train       train a model and report per-epoch and final test metrics
  eval        score a saved model on a data set's test split
  bench       training/inference throughput (same models and shapes as the PyTorch peer)
  demo        train MMoE on the MMoE paper's synthetic data (the embedded default; 50 epochs, lr 3e-3)
  templates   list the architecture templates

model (train):
  --template KEY        single | shared_bottom | omoe | mmoe | cgc | ple | esmm | cross_stitch |
                        l2 | mmoe_dselect | mmoe_topk                          (default mmoe)
  --graph FILE          a saved graph or model file instead of a template
  --experts N           experts (default 8)          --expert-units LIST   (default 16)
  --tower-units LIST    tower hidden (default 8)     --bottom-units LIST   (default 113)
  --ple-specific N --ple-shared N --ple-levels N     (defaults 2, 4, 2)
  --top-k N --dselect-k N --gamma G --static-gates    gate options (defaults 2, 2, 1.0)
  --encoding onehot|embedding  --embedding-dim N      categorical inputs (default onehot, 4)

data (train, eval):
  --data synthetic|census|csv                          (default synthetic)
  synthetic: --p P (0.5) --d D (100) --n-train N (10000) --n-valid N (2000) --n-test N (2000)
             --noise S (0.01) --sinusoids M (10) --data-seed S (1) --binary
  census:    --group 1|2 (1) --census-dir DIR --max-train-rows N
  csv:       --csv FILE [--columns name:role[:kind],...] [--delimiter C] [--no-header]
             roles: numeric, categorical, label (kind binary|regression), ignore

training (train):
  --epochs N (10) --batch N (256) --lr X (1e-3) --optimizer adam|sgd|adagrad (adam)
  --momentum X (0.9) --weight-decay X (0) --seed S (1) --loss-weight TASK=W (repeatable)
  --early-stop TASK --patience N (3) --no-restore-best
  --save FILE           save graph, weights, optimizer state and config
  --json                JSON lines instead of a table (last line: final test metrics)
  --progress            force the progress line on stderr (default: when stderr is a terminal)
  --threads N           worker threads (default 1)

bench:
  --model M --config C --threads N (2) --steps N --repeats N (5) --warmup N (20) --json
)";

struct Args {
    std::string command;
    std::map<std::string, std::vector<std::string>> opts;
    bool has(const std::string& k) const { return opts.count(k) > 0; }
    std::string get(const std::string& k, const std::string& def = "") const {
        auto it = opts.find(k);
        return it == opts.end() || it->second.empty() ? def : it->second.back();
    }
    double num(const std::string& k, double def) const {
        if (!has(k)) return def;
        const std::string v = get(k);
        char* end = nullptr;
        const double x = std::strtod(v.c_str(), &end);
        if (v.empty() || *end)
            throw std::invalid_argument("--" + k + " expects a number, got '" + v + "'");
        return x;
    }
    long long integer(const std::string& k, long long def) const {
        const double x = num(k, static_cast<double>(def));
        if (x != std::floor(x)) throw std::invalid_argument("--" + k + " expects a whole number");
        return static_cast<long long>(x);
    }
    std::vector<int> list(const std::string& k, std::vector<int> def) const {
        if (!has(k)) return def;
        std::vector<int> v;
        if (!parseIntList(get(k), v) || v.empty())
            throw std::invalid_argument("--" + k + " expects a list like 64,32");
        return v;
    }
};

const std::vector<std::string> kFlags = {"json",     "binary",          "static-gates", "no-header",
                                         "progress", "no-restore-best", "quiet",        "help"};

Args parseArgs(int argc, char** argv) {
    Args a;
    int i = 1;
    if (i < argc && argv[i][0] != '-') a.command = argv[i++];
    for (; i < argc; ++i) {
        std::string s = argv[i];
        if (s.rfind("--", 0) != 0) throw std::invalid_argument("unexpected argument '" + s + "'");
        s = s.substr(2);
        std::string val;
        const size_t eq = s.find('=');
        if (eq != std::string::npos && s.find('=') < s.size() && s.substr(0, eq) != "loss-weight") {
            val = s.substr(eq + 1);
            s = s.substr(0, eq);
        } else if (std::find(kFlags.begin(), kFlags.end(), s) != kFlags.end()) {
            val = "1";
        } else {
            if (i + 1 >= argc) throw std::invalid_argument("--" + s + " needs a value");
            val = argv[++i];
        }
        a.opts[s].push_back(val);
    }
    return a;
}

std::string jsonEscape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') {
            o += '\\';
            o += c;
        } else if (c == '\n') {
            o += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            o += buf;
        } else {
            o += c;
        }
    }
    return o;
}

std::string jnum(double x) {
    if (!std::isfinite(x)) return "null";
    std::ostringstream os;
    os << std::setprecision(6) << x;
    return os.str();
}

DataSpec dataSpec(const Args& a) {
    DataSpec spec;
    const std::string kind = a.get("data", "synthetic");
    if (kind == "synthetic") {
        spec.kind = DataSpec::Kind::Synthetic;
        SyntheticConfig& c = spec.synthetic;
        c.p = a.num("p", c.p);
        c.d = static_cast<int>(a.integer("d", c.d));
        c.nTrain = static_cast<int>(a.integer("n-train", c.nTrain));
        c.nValid = static_cast<int>(a.integer("n-valid", c.nValid));
        c.nTest = static_cast<int>(a.integer("n-test", c.nTest));
        c.noiseStd = a.num("noise", c.noiseStd);
        c.m = static_cast<int>(a.integer("sinusoids", c.m));
        c.seed = static_cast<unsigned long long>(a.integer("data-seed", 1));
        c.binary = a.has("binary");
        return spec;
    }
    if (kind == "census") {
        spec.kind = DataSpec::Kind::Census;
        CensusConfig& c = spec.census;
        c.dir = a.get("census-dir", "");
        c.group = static_cast<int>(a.integer("group", 1));
        c.seed = static_cast<unsigned long long>(a.integer("data-seed", 1));
        c.maxTrainRows = static_cast<int>(a.integer("max-train-rows", 0));
        return spec;
    }
    if (kind == "csv") {
        if (!a.has("csv")) throw std::invalid_argument("--data csv needs --csv FILE");
        spec.kind = DataSpec::Kind::Csv;
        spec.csvPath = a.get("csv");
        CsvOptions& o = spec.csv;
        o.header = !a.has("no-header");
        if (a.has("delimiter")) {
            std::string d = a.get("delimiter");
            o.delimiter = d == "tab" || d == "\\t" ? '\t' : d.at(0);
        }
        o.seed = static_cast<unsigned long long>(a.integer("data-seed", 1));
        if (a.has("columns")) {
            std::stringstream ss(a.get("columns"));
            std::string item;
            while (std::getline(ss, item, ',')) {
                CsvColumn col;
                std::vector<std::string> parts;
                std::stringstream is(item);
                std::string p;
                while (std::getline(is, p, ':')) parts.push_back(p);
                if (parts.size() < 2)
                    throw std::invalid_argument("--columns item '" + item + "' is not name:role");
                col.name = parts[0];
                const std::string& r = parts[1];
                if (r == "numeric")
                    col.role = ColumnRole::Numeric;
                else if (r == "categorical")
                    col.role = ColumnRole::Categorical;
                else if (r == "ignore")
                    col.role = ColumnRole::Ignore;
                else if (r == "label") {
                    col.role = ColumnRole::Label;
                    col.task = col.name;
                    col.kind = parts.size() > 2 && parts[2] == "regression" ? TaskKind::Regression
                                                                            : TaskKind::Binary;
                } else {
                    throw std::invalid_argument("unknown column role '" + r + "' in --columns");
                }
                o.columns.push_back(col);
            }
        }
        return spec;
    }
    throw std::invalid_argument("unknown --data '" + kind + "' (synthetic, census or csv)");
}

DataSplits loadData(const Args& a) { return mtl::loadData(dataSpec(a)); }

TemplateOptions templateOptions(const Args& a, const DataSchema& schema) {
    TemplateOptions o;
    o.schema = schema;
    o.experts = static_cast<int>(a.integer("experts", o.experts));
    o.expertUnits = a.list("expert-units", o.expertUnits);
    o.towerUnits = a.list("tower-units", o.towerUnits);
    o.bottomUnits = a.list("bottom-units", o.bottomUnits);
    o.pleSpecific = static_cast<int>(a.integer("ple-specific", o.pleSpecific));
    o.pleShared = static_cast<int>(a.integer("ple-shared", o.pleShared));
    o.pleLevels = static_cast<int>(a.integer("ple-levels", o.pleLevels));
    o.topK = static_cast<int>(a.integer("top-k", o.topK));
    o.dselectK = static_cast<int>(a.integer("dselect-k", o.dselectK));
    o.dselectGamma = a.num("gamma", o.dselectGamma);
    o.dselectPerExample = !a.has("static-gates");
    o.encoding = a.get("encoding", o.encoding);
    o.embeddingDim = static_cast<int>(a.integer("embedding-dim", o.embeddingDim));
    return o;
}

// Progress line on stderr: epoch, batch, samples/s, ETA.
class Progress : public TrainObserver {
public:
    Progress(bool on, int epochs)
        : on_(on), epochs_(epochs), t0_(std::chrono::steady_clock::now()) {}
    void onBatch(const BatchSnapshot& s) override {
        if (!on_) return;
        const auto now = std::chrono::steady_clock::now();
        if (std::chrono::duration<double>(now - last_).count() < 0.2 &&
            s.batch + 1 < s.batchesPerEpoch)
            return;
        last_ = now;
        const double done = (s.epoch + (s.batch + 1.0) / s.batchesPerEpoch) / epochs_;
        const double el = std::chrono::duration<double>(now - t0_).count();
        const double eta = done > 0 ? el * (1 - done) / done : 0;
        std::fprintf(
            stderr, "\r  epoch %d/%d  batch %d/%d  %.0f samples/s  loss %.4f  ETA %.0fs   ",
            s.epoch + 1, epochs_, s.batch + 1, s.batchesPerEpoch, s.samplesPerSecond, s.loss, eta);
        std::fflush(stderr);
    }
    void onEpoch(const EpochSnapshot&) override {
        if (on_) std::fprintf(stderr, "\r%80s\r", "");
    }

private:
    bool on_;
    int epochs_;
    std::chrono::steady_clock::time_point t0_, last_{};
};

class EpochPrinter : public TrainObserver {
public:
    explicit EpochPrinter(bool json) : json_(json) {}
    void onEpoch(const EpochSnapshot& e) override {
        if (json_) {
            std::ostringstream os;
            os << "{\"epoch\": " << e.epoch + 1 << ", \"train_loss\": " << jnum(e.trainLoss)
               << ", \"seconds\": " << jnum(e.seconds) << ", \"valid\": {";
            for (size_t i = 0; i < e.valid.tasks.size(); ++i) {
                const TaskMetrics& t = e.valid.tasks[i];
                os << (i ? ", " : "") << "\"" << jsonEscape(t.task) << "\": {";
                if (t.binary)
                    os << "\"auc\": " << jnum(t.auc) << ", \"logloss\": " << jnum(t.loss);
                else
                    os << "\"mse\": " << jnum(t.mse);
                os << "}";
            }
            os << "}}";
            std::cout << os.str() << std::endl;
            return;
        }
        if (!header_) {
            std::cout << std::left << std::setw(7) << "epoch" << std::setw(12) << "train loss";
            for (const TaskMetrics& t : e.valid.tasks)
                std::cout << std::setw(22) << (t.task + (t.binary ? " AUC/logloss" : " MSE"));
            std::cout << "seconds\n";
            header_ = true;
        }
        std::cout << std::left << std::setw(7) << e.epoch + 1 << std::setw(12)
                  << std::setprecision(5) << e.trainLoss;
        for (const TaskMetrics& t : e.valid.tasks) {
            std::ostringstream c;
            c << std::fixed << std::setprecision(4);
            if (t.binary)
                c << t.auc << " / " << t.loss;
            else
                c << t.mse;
            std::cout << std::setw(22) << c.str();
        }
        std::cout << std::fixed << std::setprecision(1) << e.seconds << std::defaultfloat
                  << (e.improved ? "  *" : "") << std::endl;
    }

private:
    bool json_;
    bool header_ = false;
};

std::string metricsJson(const EvalResult& r) {
    std::ostringstream os;
    os << "{";
    for (size_t i = 0; i < r.tasks.size(); ++i) {
        const TaskMetrics& t = r.tasks[i];
        os << (i ? ", " : "") << "\"" << jsonEscape(t.task) << "\": {";
        if (t.binary)
            os << "\"auc\": " << jnum(t.auc) << ", \"logloss\": " << jnum(t.loss);
        else
            os << "\"mse\": " << jnum(t.mse);
        os << ", \"count\": " << t.count << "}";
    }
    os << "}";
    return os.str();
}

std::string gatesJson(const EvalResult& r) {
    std::ostringstream os;
    os << "{";
    for (size_t g = 0; g < r.gates.size(); ++g) {
        os << (g ? ", " : "") << "\"" << jsonEscape(r.gates[g].gate) << "\": {\"mean\": [";
        for (size_t e = 0; e < r.gates[g].mean.size(); ++e)
            os << (e ? ", " : "") << jnum(r.gates[g].mean[e]);
        os << "], \"std\": [";
        for (size_t e = 0; e < r.gates[g].std.size(); ++e)
            os << (e ? ", " : "") << jnum(r.gates[g].std[e]);
        os << "]}";
    }
    os << "}";
    return os.str();
}

void printTable(const EvalResult& r, const std::string& title) {
    std::cout << title << "\n";
    for (const TaskMetrics& t : r.tasks) {
        std::cout << "  " << std::left << std::setw(16) << t.task << std::fixed
                  << std::setprecision(4);
        if (t.binary)
            std::cout << "AUC " << t.auc << "   log-loss " << t.loss;
        else
            std::cout << "MSE " << t.mse;
        std::cout << "   (" << t.count << " examples)" << std::defaultfloat << "\n";
    }
}

TrainConfig trainConfig(const Args& a) {
    TrainConfig c;
    c.epochs = static_cast<int>(a.integer("epochs", 10));
    c.batchSize = static_cast<int>(a.integer("batch", 256));
    c.optimizer.lr = a.num("lr", 1e-3);
    if (!optimizerFromString(a.get("optimizer", "adam"), c.optimizer.kind))
        throw std::invalid_argument("unknown --optimizer '" + a.get("optimizer") +
                                    "' (adam, sgd, adagrad)");
    c.optimizer.momentum = a.num("momentum", 0.9);
    c.optimizer.weightDecay = a.num("weight-decay", 0.0);
    c.seed = static_cast<unsigned long long>(a.integer("seed", 1));
    c.earlyStopTask = a.get("early-stop", "");
    c.patience = static_cast<int>(a.integer("patience", 3));
    c.restoreBest = !a.has("no-restore-best");
    if (a.has("loss-weight"))
        for (const std::string& lw : a.opts.at("loss-weight")) {
            const size_t eq = lw.find('=');
            if (eq == std::string::npos)
                throw std::invalid_argument("--loss-weight expects TASK=W");
            c.lossWeights.emplace_back(lw.substr(0, eq), std::stod(lw.substr(eq + 1)));
        }
    if (c.epochs < 1 || c.batchSize < 1)
        throw std::invalid_argument("--epochs and --batch must be at least 1");
    if (!(c.optimizer.lr > 0)) throw std::invalid_argument("--lr must be positive");
    return c;
}

int cmdTrain(const Args& a) {
    const bool json = a.has("json");
    const auto t0 = std::chrono::steady_clock::now();
    DataSplits data = loadData(a);
    Graph graph;
    std::string modelName;
    if (a.has("graph")) {
        const std::string path = a.get("graph");
        try {
            graph = loadModelFile(path).graph;
        } catch (const ArchiveError&) {
            graph = loadGraphFile(path);
        }
        // The same adaptation as the GUI's Train: task heads to the data's tasks, inputs to its
        // columns; what changed goes to stderr.
        const GraphAdaptation heads = adaptTaskHeads(graph, data.train.schema.tasks);
        if (heads.status == GraphAdaptation::Status::Mismatch)
            throw std::invalid_argument(path + ": " + heads.describe());
        const GraphAdaptation inputs = fitInputs(heads.graph, data.train.schema);
        for (const GraphAdaptation* change : {&heads, &inputs})
            if (change->changed()) {
                std::istringstream lines(change->describe());
                for (std::string line; std::getline(lines, line);)
                    std::cerr << "adapted: " << line << "\n";
            }
        graph = inputs.graph;
        modelName = path;
    } else {
        modelName = a.get("template", "mmoe");
        graph = makeTemplate(modelName, templateOptions(a, data.train.schema));
    }
    const TrainConfig cfg = trainConfig(a);
    {
        DataShape shape;
        shape.columnsKnown = true;
        shape.numeric = data.train.schema.numeric();
        shape.cardinalities = data.train.schema.cardinalities;
        shape.trainRows = data.train.rows();
        const CostEstimate cost = estimateCost(graph, shape, cfg);
        const CostVerdict verdict = assessCost(cost, cfg.epochs, defaultMachineLimits());
        if (!verdict.ok())
            std::cerr << "warning: a very large model: " << cost.parameters << " parameters, "
                      << std::setprecision(3) << cost.totalBytes() / 1e9 << " GB, "
                      << cost.flopsPerEpoch << " FLOPs per epoch (about " << verdict.seconds / 3600
                      << " h)\n"
                      << std::setprecision(6);
    }
    std::unique_ptr<Model> model = Model::compile(graph, data.train.schema, cfg.seed);
    const double loadSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (json) {
        std::cout << "{\"data\": \"" << jsonEscape(data.description) << "\", \"model\": \""
                  << jsonEscape(modelName) << "\", \"params\": " << model->parameterCount()
                  << ", \"train_rows\": " << data.train.rows()
                  << ", \"threads\": " << omp_get_max_threads()
                  << ", \"load_seconds\": " << jnum(loadSeconds) << "}" << std::endl;
    } else {
        std::cout << data.description << "\n";
        for (const std::string& n : data.notes) std::cout << "  " << n << "\n";
        std::cout << "model: " << modelName << " (" << model->parameterCount() << " parameters), "
                  << optimizerName(cfg.optimizer.kind) << " lr " << cfg.optimizer.lr << ", batch "
                  << cfg.batchSize << ", " << cfg.epochs << " epochs, seed " << cfg.seed << "\n";
    }
    Trainer trainer(*model, cfg);
    EpochPrinter printer(json);
    Progress progress(a.has("progress") || (!json && isatty(STDERR_FILENO)), cfg.epochs);
    trainer.addObserver(&printer);
    trainer.addObserver(&progress);
    TrainResult res = trainer.train(data.train, data.valid);
    const EvalResult test = evaluate(*model, data.test, cfg.evalBatch);
    const double total =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (a.has("save")) {
        saveModelFile(a.get("save"), captureModel(*model, &trainer.optimizer(), cfg));
        if (!json) std::cout << "saved " << a.get("save") << "\n";
    }
    if (json) {
        std::cout << "{\"finished\": \"" << jsonEscape(res.reason)
                  << "\", \"ok\": " << (res.ok ? "true" : "false") << ", \"epochs\": " << res.epochs
                  << ", \"best_epoch\": " << res.bestEpoch + 1
                  << ", \"train_seconds\": " << jnum(res.seconds)
                  << ", \"wall_seconds\": " << jnum(total) << ", \"gates\": " << gatesJson(test)
                  << ", \"test\": " << metricsJson(test) << "}" << std::endl;
    } else {
        std::cout << res.reason << " in " << std::fixed << std::setprecision(1) << res.seconds
                  << " s (wall " << total << " s)" << std::defaultfloat << "\n";
        printTable(test, "test:");
        for (const GateStats& g : test.gates) {
            std::cout << "  gate " << g.gate << ":";
            for (size_t e = 0; e < g.mean.size(); ++e)
                std::cout << " " << std::fixed << std::setprecision(2) << g.mean[e];
            std::cout << std::defaultfloat << "\n";
        }
    }
    return res.ok ? 0 : 3;
}

int cmdEval(const Args& a) {
    if (!a.has("model")) throw std::invalid_argument("eval needs --model FILE");
    ModelFile mf = loadModelFile(a.get("model"));
    DataSplits data = loadData(a);
    Graph graph = mf.graph;
    std::unique_ptr<Model> model = Model::compile(graph, data.train.schema, 1);
    restoreWeights(*model, mf, nullptr);
    const EvalResult test = evaluate(*model, data.test, 4096);
    if (a.has("json"))
        std::cout << "{\"model\": \"" << jsonEscape(a.get("model"))
                  << "\", \"test\": " << metricsJson(test) << ", \"gates\": " << gatesJson(test)
                  << "}" << std::endl;
    else
        printTable(test, "test (" + data.description + "):");
    return 0;
}

// ------------------------------------------------------------------------------------- bench

struct BenchConfig {
    std::string name;
    int input, experts, expertHidden, towerHidden, batch, steps;
    bool onehot;
};
const std::vector<BenchConfig> kBenchConfigs = {
    {"census", 499, 8, 16, 8, 1024, 200, true},
    {"small", 100, 8, 16, 8, 128, 500, false},
    {"large", 512, 8, 256, 64, 1024, 50, false},
};
const std::vector<std::string> kBenchModels = {"shared_bottom", "mmoe", "ple1", "ple2"};

Dataset benchData(const BenchConfig& c, int rows, unsigned seed) {
    Dataset d;
    Rng rng(seed);
    std::normal_distribution<double> nd;
    std::uniform_real_distribution<double> ud;
    if (c.onehot) {
        // census-income's one-hot width: 40 fields whose cardinalities sum to 499 -> 40 ones a row.
        for (int f = 0; f < 40; ++f) {
            d.schema.categoricalNames.push_back("f" + std::to_string(f));
            d.schema.cardinalities.push_back(f < 19 ? 13 : 12);
        }
        d.categorical.resize(40, rows);
        for (int r = 0; r < rows; ++r)
            for (int f = 0; f < 40; ++f)
                d.categorical(f, r) = static_cast<int32_t>(rng() % d.schema.cardinalities[f]);
    } else {
        for (int i = 0; i < c.input; ++i) d.schema.numericNames.push_back("x" + std::to_string(i));
        d.numeric.resize(c.input, rows);
        for (Eigen::Index k = 0; k < d.numeric.size(); ++k)
            d.numeric.data()[k] = static_cast<float>(nd(rng));
    }
    d.schema.tasks = {{"t1", TaskKind::Binary}, {"t2", TaskKind::Binary}};
    d.labels.resize(2, rows);
    for (int r = 0; r < rows; ++r)
        for (int t = 0; t < 2; ++t) d.labels(t, r) = ud(rng) < 0.5 ? 1.f : 0.f;
    return d;
}

Graph benchGraph(const std::string& model, const BenchConfig& c, const DataSchema& schema) {
    TemplateOptions o;
    o.schema = schema;
    o.experts = c.experts;
    o.expertUnits = {c.expertHidden};
    o.towerUnits = {c.towerHidden};
    o.bottomUnits = {c.experts * c.expertHidden};
    o.pleSpecific = 2;
    o.pleShared = std::max(1, c.experts - 2 * 2);
    if (model == "shared_bottom") return makeTemplate("shared_bottom", o);
    if (model == "mmoe") return makeTemplate("mmoe", o);
    if (model == "ple1") return makeTemplate("cgc", o);
    if (model == "ple2") {
        o.pleLevels = 2;
        return makeTemplate("ple", o);
    }
    throw std::invalid_argument("unknown bench model '" + model +
                                "' (shared_bottom, mmoe, ple1, ple2)");
}

std::vector<std::string> expand(const std::string& v, const std::vector<std::string>& all) {
    if (v == "all") return all;
    std::vector<std::string> out;
    std::stringstream ss(v);
    std::string s;
    while (std::getline(ss, s, ',')) {
        if (s == "cgc") s = "ple1";
        if (s == "sb") s = "shared_bottom";
        if (std::find(all.begin(), all.end(), s) == all.end())
            throw std::invalid_argument("unknown choice '" + s + "'");
        out.push_back(s);
    }
    return out;
}

int cmdBench(const Args& a) {
    const int threads = static_cast<int>(a.integer("threads", 2));
    omp_set_num_threads(threads);
    const int repeats = static_cast<int>(a.integer("repeats", 5));
    const int warmup = static_cast<int>(a.integer("warmup", 20));
    std::vector<std::string> cfgNames;
    for (const BenchConfig& c : kBenchConfigs) cfgNames.push_back(c.name);
    for (const std::string& cn : expand(a.get("config", "all"), cfgNames)) {
        const BenchConfig& c = *std::find_if(kBenchConfigs.begin(), kBenchConfigs.end(),
                                             [&](const BenchConfig& b) { return b.name == cn; });
        const int batch = static_cast<int>(a.integer("batch", c.batch));
        const int steps = static_cast<int>(a.integer("steps", c.steps));
        const int pool = 16;
        Dataset data = benchData(c, pool * batch, 0);
        std::vector<int> rows(static_cast<size_t>(pool) * batch);
        std::iota(rows.begin(), rows.end(), 0);
        for (const std::string& mn : expand(a.get("model", "all"), kBenchModels)) {
            Graph g = benchGraph(mn, c, data.schema);
            std::unique_ptr<Model> model = Model::compile(g, data.schema, 0);
            OptimizerConfig oc;
            oc.lr = 1e-3;
            Optimizer opt(oc);
            opt.attach(model->params());
            Rng rng(0);
            long long it = 0;
            auto trainStep = [&]() {
                const int* r = rows.data() + (it++ % pool) * batch;
                const double loss = model->forward(data, r, batch, true, rng);
                model->backward();
                opt.step();
                return loss;
            };
            const double lossFirst = trainStep();
            for (int i = 0; i < warmup; ++i) trainStep();
            std::vector<double> times;
            double lossLast = 0;
            const long long allocsBefore = g_mallocs.load();
            for (int rep = 0; rep < repeats; ++rep) {
                const auto t0 = std::chrono::steady_clock::now();
                for (int s = 0; s < steps; ++s) lossLast = trainStep();
                times.push_back(
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            }
            const double allocsPerStep = static_cast<double>(g_mallocs.load() - allocsBefore) /
                                         (static_cast<double>(repeats) * steps);
            std::vector<double> sorted = times;
            std::sort(sorted.begin(), sorted.end());
            const double tTrain = sorted[sorted.size() / 2];
            std::vector<double> tinf;
            for (int i = 0; i < std::max(5, warmup); ++i)
                model->forward(data, rows.data() + (i % pool) * batch, batch, false, rng, false);
            for (int rep = 0; rep < repeats; ++rep) {
                const auto t0 = std::chrono::steady_clock::now();
                for (int s = 0; s < steps; ++s)
                    model->forward(data, rows.data() + (s % pool) * batch, batch, false, rng,
                                   false);
                tinf.push_back(
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            }
            std::sort(tinf.begin(), tinf.end());
            const double tInf = tinf[tinf.size() / 2];
            const double spsTrain = batch * steps / tTrain, spsInf = batch * steps / tInf;
            if (a.has("json")) {
                std::cout << "{\"model\": \"" << mn << "\", \"config\": \"" << cn
                          << "\", \"threads\": " << threads << ", \"batch\": " << batch
                          << ", \"samples_per_s_train\": " << jnum(spsTrain)
                          << ", \"samples_per_s_infer\": " << jnum(spsInf)
                          << ", \"params\": " << model->parameterCount()
                          << ", \"ms_per_step_train\": " << jnum(1000 * tTrain / steps)
                          << ", \"train_spread\": "
                          << jnum((sorted.back() - sorted.front()) / tTrain)
                          << ", \"ms_per_batch_infer\": " << jnum(1000 * tInf / steps)
                          << ", \"steps\": " << steps << ", \"repeats\": " << repeats
                          << ", \"warmup\": " << warmup << ", \"loss_first\": " << jnum(lossFirst)
                          << ", \"loss_last\": " << jnum(lossLast)
                          << ", \"mallocs_per_step_train\": " << jnum(allocsPerStep)
                          << ", \"engine\": \"mtlstudio\"}" << std::endl;
            } else {
                std::cout << std::left << std::setw(8) << cn << std::setw(15) << mn << std::right
                          << std::setw(12) << std::fixed << std::setprecision(0) << spsTrain
                          << " train/s" << std::setw(12) << spsInf << " infer/s  ("
                          << model->parameterCount() << " params, " << std::setprecision(1)
                          << allocsPerStep << " mallocs/step)" << std::defaultfloat << std::endl;
            }
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    // Keep large freed blocks (GEMM workspaces) in the heap instead of returning them to the
    // system and faulting them back in on the next step (the PyTorch peer does the same).
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    try {
        Args a = parseArgs(argc, argv);
        if (a.has("help") || a.command.empty() || a.command == "help") {
            std::cout << kUsage;
            return a.command.empty() && !a.has("help") ? 2 : 0;
        }
        // One thread by default: the small models of this field gain little from a second
        // thread, and OpenMP barriers stall badly when another process holds the other core.
        if (a.command != "bench") omp_set_num_threads(static_cast<int>(a.integer("threads", 1)));
        if (a.command == "train") return cmdTrain(a);
        if (a.command == "eval") return cmdEval(a);
        if (a.command == "bench") return cmdBench(a);
        if (a.command == "demo") {
            Args d = a;
            d.command = "train";
            if (!d.has("template")) d.opts["template"] = {"mmoe"};
            if (!d.has("epochs")) d.opts["epochs"] = {"50"};
            if (!d.has("lr")) d.opts["lr"] = {"0.003"};
            return cmdTrain(d);
        }
        if (a.command == "templates") {
            for (const TemplateInfo& t : templateList())
                std::cout << std::left << std::setw(14) << t.key << std::setw(18) << t.displayName
                          << t.description << "\n";
            return 0;
        }
        std::cerr << "unknown command '" << a.command << "'\n" << kUsage;
        return 2;
    } catch (const CompileError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
}
