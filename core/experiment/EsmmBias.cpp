#include "experiment/EsmmBias.h"

#include <omp.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "experiment/Experiment.h"
#include "metrics/Metrics.h"
#include "nn/Model.h"

namespace mtl::exp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using Clock = std::chrono::steady_clock;

double mean(const std::vector<float>& v) {
    if (v.empty()) return kNaN;
    double s = 0;
    for (float x : v) s += x;
    return s / static_cast<double>(v.size());
}

// Trains `graph` on train / valid and returns its predictions on `test` for the head named
// `headName` (the layer's node name).
std::vector<float> trainAndPredict(const Graph& graph, const Dataset& train, const Dataset& valid,
                                   const Dataset& test, const TrainConfig& cfg,
                                   const std::string& headName, const std::atomic<bool>* stop,
                                   EsmmBiasScore& score, std::string& note) {
    std::unique_ptr<Model> model = Model::compile(graph, train.schema, cfg.seed);
    Trainer trainer(*model, cfg);
    trainer.setStopFlag(stop);
    const TrainResult res = trainer.train(train, valid);
    score.epochs = res.epochs;
    score.bestEpoch = res.bestEpoch + 1;
    score.seconds = res.seconds;
    if (!res.ok) note += (note.empty() ? "" : "; ") + res.reason;
    std::vector<std::vector<float>> preds;
    evaluate(*model, test, cfg.evalBatch, &preds);
    const auto& heads = model->heads();
    for (size_t h = 0; h < heads.size(); ++h)
        if (heads[h]->name == headName) return preds[h];
    throw std::logic_error("the model has no task head '" + headName + "'");
}

void scoreModel(EsmmBiasScore& s, const std::vector<float>& pred, const FunnelTruth& truth,
                const Dataset& test, double meanTrueCvr) {
    s.auc = rocAuc(pred, truth.conversion);
    s.meanPrediction = mean(pred);
    s.calibration = s.meanPrediction - meanTrueCvr;
    // The click space: the latent conversion where clicked, NaN (not scored) elsewhere.
    std::vector<float> clickedLabels(truth.conversion.size(), std::nanf(""));
    const int ci = test.schema.taskIndex("click");
    for (size_t r = 0; r < clickedLabels.size(); ++r)
        if (test.labels(ci, static_cast<Eigen::Index>(r)) == 1.0f)
            clickedLabels[r] = truth.conversion[r];
    s.clickAuc = rocAuc(pred, clickedLabels);
}

void nanScore(EsmmBiasScore& s) { s.auc = s.calibration = s.meanPrediction = s.clickAuc = kNaN; }

[[noreturn]] void fail(const std::string& message) { throw std::invalid_argument(message); }

std::string num(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", x);
    return buf;
}

double realValue(const std::string& name, const std::string& text, double lo, double hi,
                 bool openLo = false, bool openHi = false) {
    double x = 0;
    const char* b = text.data();
    const char* e = b + text.size();
    auto r = std::from_chars(b, e, x);
    if (text.empty() || r.ec != std::errc() || r.ptr != e || !std::isfinite(x))
        fail(name + " must be a number, got '" + text + "'");
    const bool low = openLo ? x <= lo : x < lo;
    const bool high = openHi ? x >= hi : x > hi;
    if (low || high)
        fail(name + " must be " + (openLo ? "greater than " : "at least ") + num(lo) + " and " +
             (openHi ? "less than " : "at most ") + num(hi) + ", got " + text);
    return x;
}

long long intValue(const std::string& name, const std::string& text, long long lo, long long hi) {
    long long v = 0;
    const char* b = text.data();
    const char* e = b + text.size();
    auto r = std::from_chars(b, e, v);
    if (text.empty() || r.ec != std::errc() || r.ptr != e) {
        double x = 0;  // 1e4 is a whole number too
        auto rd = std::from_chars(b, e, x);
        if (text.empty() || rd.ec != std::errc() || rd.ptr != e || !std::isfinite(x) ||
            x != std::floor(x))
            fail(name + " must be a whole number, got '" + text + "'");
        if (x < static_cast<double>(lo) || x > static_cast<double>(hi))
            fail(name + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
                 ", got " + text);
        v = static_cast<long long>(x);
    }
    if (v < lo || v > hi)
        fail(name + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
             ", got " + text);
    return v;
}

std::vector<std::string> splitList(const std::string& name, const std::string& text) {
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        const size_t b = item.find_first_not_of(" \t");
        const size_t e = item.find_last_not_of(" \t");
        if (b == std::string::npos) fail(name + " has an empty entry in '" + text + "'");
        out.push_back(item.substr(b, e - b + 1));
    }
    if (out.empty() || (!text.empty() && text.back() == ','))
        fail(name + " needs a comma-separated list, got '" + text + "'");
    return out;
}

std::vector<int> unitList(const std::string& name, const std::string& text) {
    std::vector<int> v;
    for (const std::string& s : splitList(name, text))
        v.push_back(static_cast<int>(intValue(name, s, 1, 65536)));
    return v;
}

std::string statJson(const Stat& s) {
    return "{\"n\": " + std::to_string(s.n) + ", \"mean\": " + jsonNumber(s.mean) +
           ", \"sd\": " + jsonNumber(s.sd) + ", \"ci95\": " + jsonNumber(s.half) +
           ", \"lo\": " + jsonNumber(s.lo) + ", \"hi\": " + jsonNumber(s.hi) + "}";
}

std::string scoreJson(const EsmmBiasScore& s) {
    return "{\"auc\": " + jsonNumber(s.auc) + ", \"calibration\": " + jsonNumber(s.calibration) +
           ", \"mean_prediction\": " + jsonNumber(s.meanPrediction) +
           ", \"click_space_auc\": " + jsonNumber(s.clickAuc) +
           ", \"epochs\": " + std::to_string(s.epochs) +
           ", \"best_epoch\": " + std::to_string(s.bestEpoch) +
           ", \"seconds\": " + jsonNumber(s.seconds) + "}";
}

// "mean +- half" with format `f` (e.g. "%+.4f"; the half-width is printed without the sign).
std::string pm(const Stat& s, const char* f) {
    if (!std::isfinite(s.mean)) return "n/a";
    const std::string unsigned_ = f[1] == '+' ? std::string("%") + (f + 2) : std::string(f);
    char a[32], b[32];
    std::snprintf(a, sizeof a, f, s.mean);
    std::snprintf(b, sizeof b, unsigned_.c_str(), s.half);
    return std::string(a) + " +- " + (std::isfinite(s.half) ? b : "n/a");
}

}  // namespace

void checkEsmmBiasConfig(const EsmmBiasConfig& c) {
    if (c.biases.empty()) fail("bias needs at least one value");
    for (double b : c.biases)
        if (!(std::fabs(b) <= 1)) fail("bias must be between -1 and 1, got " + num(b));
    if (c.seeds < 1) fail("seeds must be at least 1, got " + std::to_string(c.seeds));
    if (c.workers < 1) fail("jobs must be at least 1, got " + std::to_string(c.workers));
    if (c.train.epochs < 1) fail("epochs must be at least 1");
    if (c.train.batchSize < 1) fail("batch must be at least 1");
    FunnelConfig f = c.funnel;
    f.bias = c.biases.front();
    checkFunnelConfig(f);
}

EsmmBiasRun runEsmmBiasCell(const EsmmBiasConfig& config, double bias, unsigned long long seed,
                            const std::atomic<bool>* stop) {
    EsmmBiasRun run;
    run.bias = bias;
    run.seed = seed;
    FunnelConfig fc = config.funnel;
    fc.bias = bias;
    fc.seed = seed;
    FunnelInfo info;
    const DataSplits data = makeFunnel(fc, &info);
    run.trainRows = data.train.rows();
    run.testRows = data.test.rows();
    run.clickRate = info.clickRate;
    run.featureGap = info.cvrFeatureMeanClicked - info.cvrFeatureMeanUnclicked;
    run.meanTrueCvr = mean(info.test.pCvr);
    run.oracleAuc = rocAuc(info.test.pCvr, info.test.conversion);

    const Dataset clickedTrain = clickedConversionData(data.train);
    const Dataset clickedValid = clickedConversionData(data.valid);
    run.clickedTrainRows = clickedTrain.rows();
    nanScore(run.clicked);
    nanScore(run.esmm);
    if (run.testRows == 0) {
        run.ok = false;
        run.note = "the test split is empty";
        return run;
    }
    if (clickedTrain.rows() < 2) {
        run.ok = false;
        run.note = "fewer than 2 clicked training rows (" + std::to_string(clickedTrain.rows()) +
                   "): no click-space model";
        return run;
    }

    TrainConfig tc = config.train;
    tc.seed = seed;
    tc.earlyStopTask.clear();
    tc.lossWeights.clear();

    // (a) The clicked-only CVR model.
    {
        TemplateOptions o = config.model;
        o.schema = clickedTrain.schema;
        const Graph g = makeTemplate("single", o);
        const std::string head = o.schema.tasks[0].name;  // "single" names a head by its task
        const std::vector<float> pred = trainAndPredict(g, clickedTrain, clickedValid, data.test,
                                                        tc, head, stop, run.clicked, run.note);
        scoreModel(run.clicked, pred, info.test, data.test, run.meanTrueCvr);
    }
    // (b) ESMM on every impression; its pCVR is the CVR head's output.
    {
        TemplateOptions o = config.model;
        o.schema = data.train.schema;
        const Graph g = makeTemplate("esmm", o);
        const std::vector<float> pred = trainAndPredict(g, data.train, data.valid, data.test, tc,
                                                        "cvr", stop, run.esmm, run.note);
        scoreModel(run.esmm, pred, info.test, data.test, run.meanTrueCvr);
    }
    if (!run.note.empty()) run.ok = false;
    return run;
}

std::vector<EsmmBiasLevel> summariseEsmmBias(const std::vector<EsmmBiasRun>& runs,
                                             const std::vector<double>& biases) {
    std::vector<EsmmBiasLevel> levels;
    for (double b : biases) {
        EsmmBiasLevel l;
        l.bias = b;
        std::vector<double> cr, gap, tc, oa, ac, ae, ad, cc, ce, cd, kc, ke, kd, bc, be;
        for (const EsmmBiasRun& r : runs) {
            if (r.bias != b) continue;
            ++l.runs;
            if (!r.ok) ++l.failed;
            cr.push_back(r.clickRate);
            gap.push_back(r.featureGap);
            tc.push_back(r.meanTrueCvr);
            oa.push_back(r.oracleAuc);
            ac.push_back(r.clicked.auc);
            ae.push_back(r.esmm.auc);
            ad.push_back(r.esmm.auc - r.clicked.auc);
            cc.push_back(r.clicked.calibration);
            ce.push_back(r.esmm.calibration);
            cd.push_back(std::fabs(r.esmm.calibration) - std::fabs(r.clicked.calibration));
            kc.push_back(r.clicked.clickAuc);
            ke.push_back(r.esmm.clickAuc);
            kd.push_back(r.esmm.clickAuc - r.clicked.clickAuc);
            bc.push_back(r.ok ? r.clicked.bestEpoch : kNaN);
            be.push_back(r.ok ? r.esmm.bestEpoch : kNaN);
        }
        l.clickRate = describe(cr);
        l.featureGap = describe(gap);
        l.meanTrueCvr = describe(tc);
        l.oracleAuc = describe(oa);
        l.aucClicked = describe(ac);
        l.aucEsmm = describe(ae);
        l.aucDiff = describe(ad);
        l.calClicked = describe(cc);
        l.calEsmm = describe(ce);
        l.absCalDiff = describe(cd);
        l.clickAucClicked = describe(kc);
        l.clickAucEsmm = describe(ke);
        l.clickAucDiff = describe(kd);
        l.bestEpochClicked = describe(bc);
        l.bestEpochEsmm = describe(be);
        levels.push_back(l);
    }
    return levels;
}

EsmmBiasResult measureEsmmBias(const EsmmBiasConfig& config,
                               const std::function<void(const EsmmBiasProgress&)>& progress,
                               const std::atomic<bool>* cancel) {
    checkEsmmBiasConfig(config);
    EsmmBiasResult result;
    result.config = config;
    struct CellId {
        double bias;
        unsigned long long seed;
    };
    std::vector<CellId> cells;
    for (double b : config.biases)
        for (int s = 1; s <= config.seeds; ++s) cells.push_back({b, static_cast<unsigned>(s)});
    std::vector<EsmmBiasRun> runs(cells.size());
    std::vector<bool> finished(cells.size(), false);

    const auto t0 = Clock::now();
    std::atomic<size_t> next{0};
    std::atomic<bool> abort{false};
    std::mutex mu;
    std::exception_ptr error;
    size_t done = 0;
    const auto cancelled = [&] { return abort.load() || (cancel && cancel->load()); };
    std::atomic<bool> stop{false};
    if (Eigen::nbThreads() != 1) Eigen::setNbThreads(1);  // as the experiment runner does
    const auto worker = [&] {
        omp_set_num_threads(1);
        while (!cancelled()) {
            const size_t k = next++;
            if (k >= cells.size()) break;
            try {
                EsmmBiasRun r = runEsmmBiasCell(config, cells[k].bias, cells[k].seed, &stop);
                std::lock_guard<std::mutex> lock(mu);
                if (cancel && cancel->load()) break;  // a run cut short by the stop flag
                runs[k] = std::move(r);
                finished[k] = true;
                ++done;
                if (progress) {
                    EsmmBiasProgress p;
                    p.done = done;
                    p.total = cells.size();
                    p.elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
                    p.eta = p.elapsed / done * (cells.size() - done);
                    p.last = &runs[k];
                    progress(p);
                }
            } catch (...) {
                std::lock_guard<std::mutex> lock(mu);
                if (!error) error = std::current_exception();
                abort = true;
                stop = true;
            }
        }
    };
    std::thread watcher;
    std::atomic<bool> over{false};
    if (cancel)
        watcher = std::thread([&] {
            while (!over.load()) {
                if (cancel->load()) stop = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    const int n = std::max(1, std::min<int>(config.workers, static_cast<int>(cells.size())));
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) threads.emplace_back(worker);
    for (std::thread& t : threads) t.join();
    over = true;
    if (watcher.joinable()) watcher.join();
    if (error) std::rethrow_exception(error);
    for (size_t k = 0; k < cells.size(); ++k)
        if (finished[k]) result.runs.push_back(std::move(runs[k]));
    result.cancelled = result.runs.size() < cells.size();
    result.levels = summariseEsmmBias(result.runs, config.biases);
    result.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return result;
}

std::string esmmBiasJson(const EsmmBiasResult& r) {
    const EsmmBiasConfig& c = r.config;
    const FunnelConfig& f = c.funnel;
    std::ostringstream os;
    os << "{\"esmm_bias\": {\"settings\": {\"seeds\": " << c.seeds << ", \"bias\": [";
    for (size_t i = 0; i < c.biases.size(); ++i) os << (i ? ", " : "") << jsonNumber(c.biases[i]);
    os << "], \"d\": " << f.d << ", \"n_train\": " << f.nTrain << ", \"n_valid\": " << f.nValid
       << ", \"n_test\": " << f.nTest << ", \"click_rate\": " << jsonNumber(f.clickRate)
       << ", \"conversion_rate\": " << jsonNumber(f.conversionRate)
       << ", \"click_slope\": " << jsonNumber(f.clickSlope)
       << ", \"conversion_slope\": " << jsonNumber(f.conversionSlope) << ", \"sinusoids\": " << f.m
       << ", \"epochs\": " << c.train.epochs << ", \"batch\": " << c.train.batchSize
       << ", \"lr\": " << jsonNumber(c.train.optimizer.lr) << ", \"bottom_units\": [";
    for (size_t i = 0; i < c.model.bottomUnits.size(); ++i)
        os << (i ? ", " : "") << c.model.bottomUnits[i];
    os << "], \"tower_units\": [";
    for (size_t i = 0; i < c.model.towerUnits.size(); ++i)
        os << (i ? ", " : "") << c.model.towerUnits[i];
    os << "], \"jobs\": " << c.workers << "}, \"seconds\": " << jsonNumber(r.seconds)
       << ", \"cancelled\": " << (r.cancelled ? "true" : "false") << ", \"runs\": [";
    for (size_t i = 0; i < r.runs.size(); ++i) {
        const EsmmBiasRun& x = r.runs[i];
        os << (i ? ",\n  " : "\n  ") << "{\"bias\": " << jsonNumber(x.bias)
           << ", \"seed\": " << x.seed << ", \"ok\": " << (x.ok ? "true" : "false")
           << ", \"note\": \"" << jsonEscape(x.note)
           << "\", \"clicked_train_rows\": " << x.clickedTrainRows
           << ", \"click_rate\": " << jsonNumber(x.clickRate)
           << ", \"feature_gap\": " << jsonNumber(x.featureGap)
           << ", \"mean_true_cvr\": " << jsonNumber(x.meanTrueCvr)
           << ", \"oracle_auc\": " << jsonNumber(x.oracleAuc)
           << ", \"clicked_only\": " << scoreJson(x.clicked) << ", \"esmm\": " << scoreJson(x.esmm)
           << "}";
    }
    os << "],\n \"levels\": [";
    for (size_t i = 0; i < r.levels.size(); ++i) {
        const EsmmBiasLevel& l = r.levels[i];
        os << (i ? ",\n  " : "\n  ") << "{\"bias\": " << jsonNumber(l.bias)
           << ", \"runs\": " << l.runs << ", \"failed\": " << l.failed
           << ", \"click_rate\": " << statJson(l.clickRate)
           << ", \"feature_gap\": " << statJson(l.featureGap)
           << ", \"mean_true_cvr\": " << statJson(l.meanTrueCvr)
           << ", \"oracle_auc\": " << statJson(l.oracleAuc)
           << ", \"auc_clicked_only\": " << statJson(l.aucClicked)
           << ", \"auc_esmm\": " << statJson(l.aucEsmm)
           << ", \"auc_esmm_minus_clicked_only\": " << statJson(l.aucDiff)
           << ", \"calibration_clicked_only\": " << statJson(l.calClicked)
           << ", \"calibration_esmm\": " << statJson(l.calEsmm)
           << ", \"abs_calibration_esmm_minus_clicked_only\": " << statJson(l.absCalDiff)
           << ", \"click_space_auc_clicked_only\": " << statJson(l.clickAucClicked)
           << ", \"click_space_auc_esmm\": " << statJson(l.clickAucEsmm)
           << ", \"click_space_auc_esmm_minus_clicked_only\": " << statJson(l.clickAucDiff)
           << ", \"best_epoch_clicked_only\": " << statJson(l.bestEpochClicked)
           << ", \"best_epoch_esmm\": " << statJson(l.bestEpochEsmm) << "}";
    }
    os << "]}}";
    return os.str();
}

std::string esmmBiasTable(const EsmmBiasResult& r) {
    std::ostringstream os;
    const EsmmBiasConfig& c = r.config;
    os << "ESMM vs a CVR model trained on clicked rows only, scored on every test impression\n"
       << "(mean +- 95% CI over " << c.seeds << " seed(s); d = " << c.funnel.d << ", "
       << c.funnel.nTrain << "/" << c.funnel.nValid << "/" << c.funnel.nTest << " rows, click rate "
       << num(c.funnel.clickRate) << ", conversion rate " << num(c.funnel.conversionRate) << ", "
       << c.train.epochs << " epochs, batch " << c.train.batchSize << ", lr "
       << num(c.train.optimizer.lr) << ")\n\n";
    char line[512];
    for (const EsmmBiasLevel& l : r.levels) {
        os << "bias " << num(l.bias) << " (" << l.runs << " runs): click rate "
           << pm(l.clickRate, "%.3f") << ", mean x.v clicked - unclicked "
           << pm(l.featureGap, "%.3f") << ", oracle AUC " << pm(l.oracleAuc, "%.4f") << "\n";
        std::snprintf(line, sizeof line, "  %-26s %-20s %-20s %s\n", "", "clicked-only", "ESMM",
                      "ESMM - clicked-only (paired)");
        os << line;
        std::snprintf(line, sizeof line, "  %-26s %-20s %-20s %s\n", "AUC, entire space",
                      pm(l.aucClicked, "%.4f").c_str(), pm(l.aucEsmm, "%.4f").c_str(),
                      pm(l.aucDiff, "%+.4f").c_str());
        os << line;
        std::snprintf(line, sizeof line, "  %-26s %-20s %-20s %s\n", "calibration bias",
                      pm(l.calClicked, "%+.4f").c_str(), pm(l.calEsmm, "%+.4f").c_str(),
                      ("|.|: " + pm(l.absCalDiff, "%+.4f")).c_str());
        os << line;
        std::snprintf(line, sizeof line, "  %-26s %-20s %-20s %s\n", "AUC, clicked impressions",
                      pm(l.clickAucClicked, "%.4f").c_str(), pm(l.clickAucEsmm, "%.4f").c_str(),
                      pm(l.clickAucDiff, "%+.4f").c_str());
        os << line;
        std::snprintf(line, sizeof line, "  %-26s %-20s %-20s\n", "best epoch",
                      pm(l.bestEpochClicked, "%.1f").c_str(), pm(l.bestEpochEsmm, "%.1f").c_str());
        os << line << "\n";
    }
    int failed = 0;
    for (const EsmmBiasLevel& l : r.levels) failed += l.failed;
    if (failed) os << "\n" << failed << " run(s) not ok (their notes are in the JSON output)\n";
    if (r.cancelled) os << "\ncancelled: only the finished runs are counted\n";
    return os.str();
}

const std::vector<std::pair<std::string, std::string>>& esmmBiasEntryHelp() {
    static const std::vector<std::pair<std::string, std::string>> h = {
        {"seeds", "seeds 1..N, 1 to 10000 (default 10)"},
        {"bias", "bias strengths, a comma-separated list, each -1 to 1 (default 0,1)"},
        {"click-rate", "mean click probability, greater than 0 and less than 1 (default 0.2)"},
        {"conversion-rate",
         "mean conversion propensity over all impressions, greater than 0 and less than 1 "
         "(default 0.2)"},
        {"d", "input dimension, 2 to 100000 (default 16)"},
        {"n-train", "training impressions, 2 to 100000000 (default 20000)"},
        {"n-valid", "validation impressions, 0 to 100000000 (default 5000)"},
        {"n-test", "test impressions, 1 to 100000000 (default 10000)"},
        {"epochs", "1 to 1000000 (default 60; the best validation epoch is kept)"},
        {"batch", "batch size, 1 to 1000000 (default 256)"},
        {"lr", "Adam learning rate, greater than 0 and at most 1e6 (default 1e-3)"},
        {"bottom-units", "hidden units of the bottom layer(s), e.g. 113 (default 113)"},
        {"tower-units", "hidden units of each tower (default 8)"},
        {"jobs", "cells in parallel (one thread each), 1 to 1024 (default 1)"},
    };
    return h;
}

EsmmBiasConfig parseEsmmBias(const std::vector<std::pair<std::string, std::string>>& entries) {
    EsmmBiasConfig c;
    for (const auto& [name, value] : entries) {
        bool known = false;
        for (const auto& h : esmmBiasEntryHelp()) known = known || h.first == name;
        if (!known) fail("unknown setting '" + name + "'");
        if (name == "seeds") {
            c.seeds = static_cast<int>(intValue(name, value, 1, 10000));
        } else if (name == "bias") {
            c.biases.clear();
            for (const std::string& s : splitList(name, value)) {
                const double b = realValue(name, s, -1, 1);
                if (std::find(c.biases.begin(), c.biases.end(), b) != c.biases.end())
                    fail("bias lists " + s + " twice");
                c.biases.push_back(b);
            }
        } else if (name == "click-rate") {
            c.funnel.clickRate = realValue(name, value, 0, 1, true, true);
        } else if (name == "conversion-rate") {
            c.funnel.conversionRate = realValue(name, value, 0, 1, true, true);
        } else if (name == "d") {
            c.funnel.d = static_cast<int>(intValue(name, value, 2, 100000));
        } else if (name == "n-train") {
            c.funnel.nTrain = static_cast<int>(intValue(name, value, 2, 100000000));
        } else if (name == "n-valid") {
            c.funnel.nValid = static_cast<int>(intValue(name, value, 0, 100000000));
        } else if (name == "n-test") {
            c.funnel.nTest = static_cast<int>(intValue(name, value, 1, 100000000));
        } else if (name == "epochs") {
            c.train.epochs = static_cast<int>(intValue(name, value, 1, 1000000));
        } else if (name == "batch") {
            c.train.batchSize = static_cast<int>(intValue(name, value, 1, 1000000));
        } else if (name == "lr") {
            c.train.optimizer.lr = realValue(name, value, 0, 1e6, true);
        } else if (name == "bottom-units") {
            c.model.bottomUnits = unitList(name, value);
        } else if (name == "tower-units") {
            c.model.towerUnits = unitList(name, value);
        } else if (name == "jobs") {
            c.workers = static_cast<int>(intValue(name, value, 1, 1024));
        }
    }
    checkEsmmBiasConfig(c);
    return c;
}

}  // namespace mtl::exp
