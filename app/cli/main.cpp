// mtlstudio-cli: headless training, evaluation and benchmarks on the MTL Studio engine.
//
//   mtlstudio-cli train [--template mmoe | --graph FILE] [data options] [training options]
//   mtlstudio-cli eval  --model FILE [data options]
//   mtlstudio-cli bench --model shared_bottom|mmoe|ple1|ple2|all --config census|small|large|all
//   mtlstudio-cli demo        (MMoE on the paper's synthetic data: the embedded default)
//   mtlstudio-cli templates   (lists the architecture templates)
//   mtlstudio-cli sweep  [grid options] --out FILE   (experiments: Sweep.cpp)
//   mtlstudio-cli esmm-bias [--seeds N] [--bias LIST] ...  (ESMM vs clicked-only CVR: EsmmBiasCmd)
//
// This interface is stable: scripts and checks depend on the flags and the JSON fields.
// Options.cpp holds the option table and its checks, Report.cpp what is printed.
#include <malloc.h>
#include <omp.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <limits>
#include <new>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "AllocCounter.h"
#include "EsmmBiasCmd.h"
#include "InspectCmd.h"
#include "Options.h"
#include "Report.h"
#include "Sweep.h"
#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "experiment/Runner.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "io/Export.h"
#include "io/ExportTorch.h"
#include "metrics/Metrics.h"
#include "nn/DataParallel.h"
#include "nn/Linear.h"
#include "nn/Model.h"
#include "train/Adapt.h"
#include "train/Cost.h"
#include "train/Trainer.h"

using namespace mtl;
using namespace mtl::cli;

namespace {

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

std::vector<std::string> taskNames(const DataSchema& schema) {
    std::vector<std::string> v;
    for (const TaskInfo& t : schema.tasks) v.push_back(t.name);
    return v;
}

std::vector<std::string> headTasks(const Graph& g) {
    std::vector<std::string> v;
    for (const Node& n : g.nodes())
        if (n.type.rfind("task.", 0) == 0 && n.params.count("task"))
            v.push_back(n.getString("task"));
    return v;
}

void warn(const std::string& message) { std::cerr << "warning: " << message << "\n"; }

int cmdTrain(const CliOptions& o) {
    const bool json = o.json;
    const TrainConfig& cfg = o.train;
    // A save that would fail must fail now, not after the training.
    if (!o.savePath.empty()) checkWritable(o.savePath);
    const auto t0 = std::chrono::steady_clock::now();
    DataSplits data = mtl::loadData(o.data);
    Graph graph;
    std::string modelName;
    if (!o.graphFile.empty()) {
        const std::string& path = o.graphFile;
        try {
            graph = loadModelFile(path).graph;
        } catch (const ArchiveError& e) {
            if (e.reason != ArchiveError::Reason::WrongKind) throw;
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
        modelName = o.templateKey;
        TemplateOptions opt = o.model;
        opt.schema = data.train.schema;
        graph = makeTemplate(modelName, opt);
    }
    checkTasks(o, taskNames(data.train.schema), headTasks(graph));
    if (data.valid.rows() == 0) {
        if (!cfg.earlyStopTask.empty())
            throw CliError("--early-stop needs validation rows; the validation split is empty");
        warn("the validation split is empty (0 rows): no per-epoch validation metrics" +
             std::string(cfg.restoreBest ? ", and the last epoch's weights are kept" : ""));
    }
    if (data.test.rows() == 0) warn("the test split is empty (0 rows): no test metrics");
    {
        DataShape shape;
        shape.columnsKnown = true;
        shape.numeric = data.train.schema.numeric();
        shape.cardinalities = data.train.schema.cardinalities;
        shape.trainRows = data.train.rows();
        const CostEstimate cost = estimateCost(graph, shape, cfg);
        const CostVerdict verdict = assessCost(cost, cfg.epochs, defaultMachineLimits());
        if (!verdict.ok()) {
            std::ostringstream os;
            os << "a very large model: " << cost.parameters << " parameters, "
               << std::setprecision(3) << cost.totalBytes() / 1e9 << " GB, " << cost.flopsPerEpoch
               << " FLOPs per epoch (about " << verdict.seconds / 3600 << " h)";
            warn(os.str());
        }
    }
    std::unique_ptr<Model> model = Model::compile(graph, data.train.schema, cfg.seed);
    const Reporter reporter(model->graph(), taskNames(data.train.schema));
    const double loadSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (json) {
        std::cout << "{\"data\": \"" << jsonEscape(data.description) << "\", \"model\": \""
                  << jsonEscape(modelName) << "\", \"params\": " << model->parameterCount()
                  << ", \"train_rows\": " << data.train.rows()
                  << ", \"valid_rows\": " << data.valid.rows()
                  << ", \"test_rows\": " << data.test.rows()
                  << ", \"threads\": " << omp_get_max_threads()
                  << ", \"load_seconds\": " << jnum(loadSeconds) << "}" << std::endl;
    } else {
        std::cout << data.description << "\n";
        for (const std::string& n : data.notes) std::cout << "  " << n << "\n";
        std::cout << "model: " << modelName << " (" << model->parameterCount() << " parameters), "
                  << optimizerName(cfg.optimizer.kind) << " lr " << cfg.optimizer.lr << ", batch "
                  << cfg.batchSize << ", " << cfg.epochs << " epochs, seed " << cfg.seed;
        if (cfg.weighting.method != WeightingMethod::EW)
            std::cout << ", weighting " << weightingName(cfg.weighting.method);
        std::cout << "\n";
        if (cfg.weighting.method == WeightingMethod::MGDAUB) {
            std::string rep;
            for (const PortId& p : model->sharedRepresentation()) {
                rep += (rep.empty() ? "" : ", ") + model->layers()[size_t(p.layer)]->name;
                if (p.output > 0) rep += " (output " + std::to_string(p.output + 1) + ")";
            }
            std::cout << (rep.empty()
                              ? "mgda-ub: this graph has no shared representation to "
                                "cut at; MGDA on the shared parameters\n"
                              : "mgda-ub: shared representation = the outputs of " + rep + "\n");
        }
    }
    Trainer trainer(*model, cfg);
    EpochPrinter printer(json, reporter);
    Progress progress(o.progress || (!json && isatty(STDERR_FILENO)), cfg.epochs);
    trainer.addObserver(&printer);
    trainer.addObserver(&progress);
    TrainResult res = trainer.train(data.train, data.valid);
    const EvalResult test = evaluate(*model, data.test, cfg.evalBatch);
    const double total =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!o.savePath.empty()) {
        saveModelFile(o.savePath,
                      captureModel(*model, &trainer.optimizer(), cfg, &trainer.weightingState()));
        if (!json) std::cout << "saved " << o.savePath << "\n";
    }
    if (json) {
        std::cout << "{\"finished\": \"" << jsonEscape(res.reason)
                  << "\", \"ok\": " << (res.ok ? "true" : "false") << ", \"epochs\": " << res.epochs
                  << ", \"best_epoch\": " << res.bestEpoch + 1
                  << ", \"train_seconds\": " << jnum(res.seconds)
                  << ", \"wall_seconds\": " << jnum(total)
                  << ", \"peak_rss_mb\": " << jnum(peakResidentBytes() / (1 << 20))
                  << ", \"data_parallel\": " << res.dataParallel << ", \"weighting\": \""
                  << weightingName(cfg.weighting.method) << "\""
                  << ", \"conflict\": " << conflictJson(res)
                  << ", \"gates\": " << reporter.gatesJson(test)
                  << ", \"test\": " << reporter.metricsJson(test) << "}" << std::endl;
    } else {
        std::cout << res.reason << " in " << std::fixed << std::setprecision(1) << res.seconds
                  << " s (wall " << total << " s, peak memory " << peakResidentBytes() / (1 << 20)
                  << " MB)" << std::defaultfloat << "\n";
        if (res.conflictSamples > 0) std::cout << conflictText(res) << "\n";
        if (data.test.rows() == 0)
            std::cout << "test: no examples (the test split is empty)\n";
        else
            reporter.printTable(test, "test:");
        for (const GateStats& g : test.gates) {
            std::cout << "  gate " << g.gate << ":";
            for (size_t e = 0; e < g.mean.size(); ++e)
                std::cout << " " << std::fixed << std::setprecision(2) << g.mean[e];
            std::cout << std::defaultfloat << "\n";
        }
    }
    return res.ok ? 0 : 3;
}

int cmdEval(const CliOptions& o) {
    ModelFile mf = loadModelFile(o.modelFile);
    DataSplits data = mtl::loadData(o.data);
    Graph graph = mf.graph;
    std::unique_ptr<Model> model = Model::compile(graph, data.train.schema, 1);
    restoreWeights(*model, mf, nullptr);  // refuses weights that are not finite
    if (data.test.rows() == 0) warn("the test split is empty (0 rows): no test metrics");
    const EvalResult test = evaluate(*model, data.test, 4096);
    const Reporter reporter(model->graph(), taskNames(data.train.schema));
    if (o.json)
        std::cout << "{\"model\": \"" << jsonEscape(o.modelFile)
                  << "\", \"test\": " << reporter.metricsJson(test)
                  << ", \"gates\": " << reporter.gatesJson(test) << "}" << std::endl;
    else
        reporter.printTable(test, "test (" + data.description + "):");
    return 0;
}

// ------------------------------------------------------------------------------------ export

int cmdExport(const CliOptions& o) {
    const ModelFile mf = loadModelFile(o.modelFile);
    const bool onnx = o.exportFormat == "onnx";
    TorchExportData data;
    ExportRequest request;
    request.format = onnx ? ExportFormat::Onnx : ExportFormat::PyTorch;
    request.destination = o.exportDir;
    request.force = o.force;
    if (o.exportData && !onnx) {
        data = loadTorchExportData(o.data, mf.schema);
        request.data = &data;
    }
    const ExportSummary done = exportModel(mf, request);
    if (o.json) {
        std::cout << "{\"model\": \"" << jsonEscape(o.modelFile) << "\", \"to\": \""
                  << o.exportFormat << "\", \"" << (onnx ? "file" : "dir") << "\": \""
                  << jsonEscape(o.exportDir) << "\", \"files\": " << done.files.size();
        if (onnx) {
            std::cout << ", \"outputs\": [";
            for (size_t i = 0; i < done.outputs.size(); ++i)
                std::cout << (i ? ", " : "") << "\"" << jsonEscape(done.outputs[i]) << "\"";
            std::cout << "], \"operators\": [";
            for (size_t i = 0; i < done.operators.size(); ++i)
                std::cout << (i ? ", " : "") << "\"" << jsonEscape(done.operators[i]) << "\"";
            std::cout << "]";
        }
        std::cout << "}" << std::endl;
        return 0;
    }
    if (onnx) {
        std::cout << "exported " << o.modelFile << " to " << o.exportDir
                  << " (ONNX opset 11, checked by onnx.checker; outputs:";
        for (const std::string& out : done.outputs) std::cout << " " << out;
        std::cout << ")\nrun it: " << done.howToRun << "\n";
        if (o.exportData)
            std::cout << "note: the data options are not used by --to onnx (its inputs are the "
                         "preprocessed features; --to pytorch writes the preprocessing)\n";
        return 0;
    }
    std::cout << "exported " << o.modelFile << " to " << o.exportDir << " (" << done.files.size()
              << " files: model.py, weights.bin, train.py, ...)\n"
              << "train it: " << done.howToRun << "  (see README.md there)\n";
    if (!o.exportData)
        std::cout << "note: no data options given, so the export holds no data preprocessing; "
                     "give the options the model was trained with (e.g. --data census --group 1) "
                     "to include it\n";
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

// A synthetic sweep of N MMoE runs (paper sizes, 5,000 rows, 10 epochs) on 1 worker and on
// --threads workers, interleaved --repeats times: the ratio of the median wall times is the
// parallel speed-up of the experiment runner.
int benchSweep(const CliOptions& o) {
    const exp::Experiment e = exp::parseExperiment({{"arch", "mmoe"},
                                                    {"seeds", std::to_string(o.benchSweepRuns)},
                                                    {"n-train", "5000"},
                                                    {"epochs", "10"},
                                                    {"batch", "128"}});
    std::vector<double> serial, parallel;
    for (int rep = 0; rep < o.benchRepeats; ++rep)
        for (int workers : {1, o.threads}) {
            exp::RunnerOptions ro;
            ro.workers = workers;
            const auto t0 = std::chrono::steady_clock::now();
            exp::runExperiment(e, ro);
            const double s =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            (workers == 1 ? serial : parallel).push_back(s);
            if (!o.json)
                std::cout << "repeat " << rep + 1 << ": " << e.cellCount() << " runs on " << workers
                          << (workers == 1 ? " worker  " : " workers ") << std::fixed
                          << std::setprecision(2) << s << " s" << std::defaultfloat << std::endl;
        }
    std::sort(serial.begin(), serial.end());
    std::sort(parallel.begin(), parallel.end());
    const double ms = serial[serial.size() / 2], mp = parallel[parallel.size() / 2];
    if (o.json)
        std::cout << "{\"bench\": \"sweep\", \"runs\": " << e.cellCount()
                  << ", \"workers\": " << o.threads << ", \"repeats\": " << o.benchRepeats
                  << ", \"serial_seconds\": " << jnum(ms) << ", \"parallel_seconds\": " << jnum(mp)
                  << ", \"speedup\": " << jnum(ms / mp) << "}" << std::endl;
    else
        std::cout << "median: 1 worker " << std::fixed << std::setprecision(2) << ms << " s, "
                  << o.threads << " workers " << mp << " s, speed-up " << ms / mp << "x"
                  << std::defaultfloat << std::endl;
    return 0;
}

// Training steps per second of each loss weighting method against EW, through the Trainer (so
// the per-task backward passes and the combination are what is timed), on the bench configs'
// data and models. Methods are interleaved within each repeat (fair under a varying load); the
// median of the repeats is reported. The validation set is 16 rows (its cost is negligible).
int benchWeighting(const CliOptions& o) {
    std::vector<WeightingMethod> methods = {WeightingMethod::EW};
    for (const std::string& n : o.benchWeightings) {
        WeightingMethod m;
        weightingFromString(n, m);
        if (m != WeightingMethod::EW) methods.push_back(m);
    }
    const int pool = 16;
    for (const std::string& cn : o.benchConfigs) {
        const BenchConfig& c = *std::find_if(kBenchConfigs.begin(), kBenchConfigs.end(),
                                             [&](const BenchConfig& b) { return b.name == cn; });
        const int batch = o.benchBatch > 0 ? o.benchBatch : c.batch;
        const int steps = o.benchSteps > 0 ? o.benchSteps : c.steps;
        const int epochs = std::max(1, (steps + pool - 1) / pool);
        const Dataset data = benchData(c, pool * batch, 0);
        const Dataset valid = benchData(c, 16, 1);
        for (const std::string& mn : o.benchModels) {
            const Graph g = benchGraph(mn, c, data.schema);
            std::vector<std::vector<double>> times(methods.size());
            auto run = [&](WeightingMethod m, int ep) {
                std::unique_ptr<Model> model = Model::compile(g, data.schema, 0);
                TrainConfig cfg;
                cfg.batchSize = batch;
                cfg.epochs = ep;
                cfg.restoreBest = false;
                cfg.batchSnapshotEvery = 1 << 30;
                cfg.weighting.method = m;
                Trainer t(*model, cfg);
                return t.train(data, valid).seconds;
            };
            for (WeightingMethod m : methods) run(m, 1);  // warm-up
            for (int rep = 0; rep < o.benchRepeats; ++rep)
                for (size_t i = 0; i < methods.size(); ++i)
                    times[i].push_back(run(methods[i], epochs));
            double ewRate = 0;
            for (size_t i = 0; i < methods.size(); ++i) {
                std::sort(times[i].begin(), times[i].end());
                const double t = times[i][times[i].size() / 2];
                const double rate = epochs * pool / t;
                if (i == 0) ewRate = rate;
                const char* name = weightingName(methods[i]);
                if (o.json)
                    std::cout << "{\"bench\": \"weighting\", \"config\": \"" << cn
                              << "\", \"model\": \"" << mn << "\", \"weighting\": \"" << name
                              << "\", \"batch\": " << batch << ", \"steps\": " << epochs * pool
                              << ", \"repeats\": " << o.benchRepeats
                              << ", \"steps_per_s\": " << jnum(rate)
                              << ", \"vs_ew\": " << jnum(rate / ewRate)
                              << ", \"spread\": " << jnum((times[i].back() - times[i].front()) / t)
                              << "}" << std::endl;
                else
                    std::cout << std::left << std::setw(8) << cn << std::setw(15) << mn
                              << std::setw(10) << name << std::right << std::fixed
                              << std::setprecision(1) << std::setw(10) << rate << " steps/s"
                              << std::setprecision(2) << std::setw(8) << rate / ewRate << " x ew"
                              << std::defaultfloat << std::endl;
            }
        }
    }
    return 0;
}

// The machine's float32 GEMM peak as the engine reaches it (its gemm functions, at the bench's
// thread count): the best of the large config's three fused-expert products (2048 x 512 by
// 512 x 1024 and the two backward forms), each the median of 5 timed runs of about 0.1 s.
double gemmPeakGflops() {
    const Mat A = Mat::Random(2048, 512), X = Mat::Random(512, 1024), D = Mat::Random(2048, 1024);
    Mat Y;
    const double flops = 2.0 * 2048 * 512 * 1024;
    double best = 0;
    for (int form = 0; form < 3; ++form) {
        auto run = [&] {
            if (form == 0) gemmNN(A, X, Y, false);
            if (form == 1) gemmTN(A, D, Y, false);
            if (form == 2) gemmNT(D, X, Y);
        };
        run();
        std::vector<double> rates;
        for (int rep = 0; rep < 5; ++rep) {
            int n = 0;
            const auto t0 = std::chrono::steady_clock::now();
            double t = 0;
            while (t < 0.1) {
                run();
                ++n;
                t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            }
            rates.push_back(flops * n / t / 1e9);
        }
        std::sort(rates.begin(), rates.end());
        best = std::max(best, rates[rates.size() / 2]);
    }
    return best;
}

int cmdBench(const CliOptions& o) {
    if (o.benchSweepRuns > 0) return benchSweep(o);
    if (!o.benchWeightings.empty()) return benchWeighting(o);
    const int threads = o.threads;
    const int repeats = o.benchRepeats;
    const int warmup = o.benchWarmup;
    const double peak = gemmPeakGflops();
    alloc::startCounting();
    for (const std::string& cn : o.benchConfigs) {
        const BenchConfig& c = *std::find_if(kBenchConfigs.begin(), kBenchConfigs.end(),
                                             [&](const BenchConfig& b) { return b.name == cn; });
        const int batch = o.benchBatch > 0 ? o.benchBatch : c.batch;
        const int steps = o.benchSteps > 0 ? o.benchSteps : c.steps;
        const int pool = 16;
        Dataset data = benchData(c, pool * batch, 0);
        std::vector<int> rows(static_cast<size_t>(pool) * batch);
        std::iota(rows.begin(), rows.end(), 0);
        for (const std::string& mn : o.benchModels) {
            Graph g = benchGraph(mn, c, data.schema);
            std::unique_ptr<Model> model = Model::compile(g, data.schema, 0);
            OptimizerConfig oc;
            oc.lr = 1e-3;
            Optimizer opt(oc);
            opt.attach(model->params());
            Rng rng(0);
            long long it = 0;
            // The Trainer's steps: split among the threads when the model allows it.
            const std::unique_ptr<DataParallel> split = DataParallel::create(*model, threads);
            // (the optimizer's update fused into split steps, any finite loss trusted).
            const DataParallel::FusedStep fused{&opt, oc.lr,
                                                std::numeric_limits<double>::infinity()};
            auto trainStep = [&]() {
                const int* r = rows.data() + (it++ % pool) * batch;
                double loss;
                if (split) {
                    loss = split->forwardBackward(data, r, batch, rng, &fused);
                } else {
                    loss = model->forward(data, r, batch, true, rng);
                    model->backward();
                }
                if (!split || !split->lastStepped()) opt.step();
                return loss;
            };
            const double lossFirst = trainStep();
            for (int i = 0; i < warmup; ++i) trainStep();
            std::vector<double> times;
            double lossLast = 0;
            const long long allocsBefore = alloc::count();
            countProductFlops(true);
            for (int rep = 0; rep < repeats; ++rep) {
                const auto t0 = std::chrono::steady_clock::now();
                for (int s = 0; s < steps; ++s) lossLast = trainStep();
                times.push_back(
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            }
            const double flopsPerStep = productFlops() / (static_cast<double>(repeats) * steps);
            countProductFlops(false);
            const double allocsPerStep = alloc::available()
                                             ? static_cast<double>(alloc::count() - allocsBefore) /
                                                   (static_cast<double>(repeats) * steps)
                                             : std::numeric_limits<double>::quiet_NaN();
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
            const double gflops = flopsPerStep * steps / tTrain / 1e9;
            if (o.json) {
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
                          << ", \"gflop_per_step_train\": " << jnum(flopsPerStep / 1e9)
                          << ", \"gflops_train\": " << jnum(gflops)
                          << ", \"gemm_peak_gflops\": " << jnum(peak)
                          << ", \"peak_share\": " << jnum(gflops / peak) << ", \"gemm\": \""
                          << gemmBackendName() << "\""
                          << ", \"steps_split\": " << (split ? split->threads() : 0)
                          << ", \"engine\": \"mtlstudio\"}" << std::endl;
            } else {
                std::cout << std::left << std::setw(8) << cn << std::setw(15) << mn << std::right
                          << std::setw(12) << std::fixed << std::setprecision(0) << spsTrain
                          << " train/s" << std::setw(12) << spsInf << " infer/s" << std::setw(7)
                          << gflops << " GFLOP/s (" << std::setw(2) << 100 * gflops / peak
                          << " % of GEMM peak " << peak << ")  (" << model->parameterCount()
                          << " params, " << std::setprecision(1);
                if (alloc::available())
                    std::cout << allocsPerStep << " mallocs/step";
                else
                    std::cout << "mallocs not counted in this build";
                std::cout << (split ? ", data-parallel)" : ", layer-threaded)");
                std::cout << std::defaultfloat << std::endl;
            }
        }
    }
    return 0;
}

// A graph that does not compile: the first problem on the first line, then all of them.
std::string compileErrorText(const CompileError& e) {
    std::string first, all;
    int errors = 0;
    for (const Issue& i : e.issues) {
        const bool error = i.severity == Issue::Severity::Error;
        if (error && first.empty()) first = i.message;
        errors += error;
        all += std::string("  ") + (error ? "error: " : "warning: ") + i.message + "\n";
    }
    if (first.empty()) return e.what();
    return first + "\n" +
           (errors > 1 || all.size() > first.size() + 10
                ? "the graph is not valid; all its problems:\n" + all
                : std::string());
}

}  // namespace

int main(int argc, char** argv) {
    // Keep large freed blocks (GEMM workspaces) in the heap instead of returning them to the
    // system and faulting them back in on the next step (the PyTorch peer does the same).
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    if (argc > 1 && std::string(argv[1]) == "sweep") return sweepMain(argc, argv);
    if (argc > 1 && std::string(argv[1]) == "esmm-bias") return esmmBiasMain(argc, argv);
    CliOptions o;
    try {
        o = parseCommandLine(argc, argv);
    } catch (const CliError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "error: cannot read the command line\n";
        return 2;
    }
    if (o.help || o.command.empty()) {
        std::cout << usageText();
        return o.command.empty() && !o.help ? 2 : 0;
    }
    for (const std::string& note : o.notes) std::cerr << "note: " << note << "\n";
    try {
        // One thread by default: the small models of this field gain little from a second
        // thread, and OpenMP barriers stall badly when another process holds the other core.
        // Eigen's own GEMM threading stays off (the engine splits large products itself).
        setEngineThreads(o.threads);
        if (o.command == "train" || o.command == "demo") return cmdTrain(o);
        if (o.command == "eval") return cmdEval(o);
        if (o.command == "inspect") return cmdInspect(o);
        if (o.command == "export") return cmdExport(o);
        if (o.command == "bench") return cmdBench(o);
        if (o.command == "templates") {
            for (const TemplateInfo& t : templateList())
                std::cout << std::left << std::setw(14) << t.key << std::setw(18) << t.displayName
                          << t.description << "\n";
            return 0;
        }
        std::cerr << "error: unknown command '" << o.command << "'\n";
        return 2;
    } catch (const CliError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    } catch (const DataError& e) {
        std::string msg = e.what();
        // A one-line file read with a header has no data: perhaps it has no header.
        if (o.data.kind == DataSpec::Kind::Csv && o.data.csv.header &&
            msg.find("no data rows") != std::string::npos)
            msg +=
                " (its first line is read as the header; if the file has no header line, add "
                "--no-header)";
        std::cerr << "error: " << msg << "\n";
        return 1;
    } catch (const CompileError& e) {
        std::cerr << "error: " << compileErrorText(e);
        return 1;
    } catch (const std::bad_alloc&) {
        std::cerr << "error: not enough memory\n";
        return 1;
    } catch (const std::logic_error& e) {
        // Core messages (std::invalid_argument from the data and template builders) are
        // readable; the standard library's own (std::out_of_range: "basic_string::at", ...) are
        // not, and mean a case the checks above missed.
        const std::string what = e.what();
        const bool internal = dynamic_cast<const std::out_of_range*>(&e) ||
                              dynamic_cast<const std::length_error*>(&e) ||
                              what.find("::") != std::string::npos || what.rfind("sto", 0) == 0;
        std::cerr << "error: "
                  << (internal ? "internal error while running '" + o.command + "'" : what) << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
}
