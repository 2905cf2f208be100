#pragma once
// ESMM and sample-selection bias, measured (Ma et al., SIGIR 2018): on the synthetic funnel
// (data/Funnel.h), for each bias strength b and seeds 1..N, two conversion models are trained on
// the same data and scored on the ENTIRE space, i.e. on every impression of the test split:
//
//   clicked-only: the single-task template ("single": a 113-unit hidden layer and an 8-unit
//     tower by default) trained on the conversion label of the clicked training rows only, as a
//     CVR model trained on the click space is (validation: the clicked validation rows);
//   ESMM: the ESMM template (the same bottom and tower sizes for its CTR and CVR towers) trained
//     on all training impressions with the click and click_and_conversion labels; its pCVR is the
//     output of the CVR head (lossWeight 0, no label of its own), read at inference.
//
// Both keep the weights of their best validation epoch (the trainer's default: lowest total
// validation loss) and use the same optimiser settings and seed. Scores per model, against the
// funnel's ground truth (FunnelInfo, never seen in training):
//   auc:          ROC-AUC of the predicted pCVR against the LATENT conversion outcome of every
//                 test impression (what would have happened had the user clicked);
//   calibration:  mean predicted pCVR minus the mean TRUE conversion propensity pCVR(x), over
//                 every test impression (0: unbiased on the entire space; > 0: overestimates);
//   clickAuc:     the same AUC over the clicked test impressions only (the space a clicked-only
//                 model is usually validated on).
// Per bias level: mean, sd and 95% CI (Stats.h: Student t, n - 1 degrees of freedom) of each
// score, and the paired differences over the common seeds (same data and split per seed):
// auc(ESMM) - auc(clicked-only), and |calibration(ESMM)| - |calibration(clicked-only)| (negative:
// ESMM is less biased). The oracle AUC (the true pCVR(x) as the score) bounds what any model can
// reach against the noisy latent outcomes.
//
// Determinism: a cell (b, seed) is the funnel with that bias and data seed `seed`, and both models
// train with seed `seed`: the same cell gives the same numbers on any number of workers.
#include <atomic>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "data/Funnel.h"
#include "experiment/Stats.h"
#include "graph/Templates.h"
#include "train/Trainer.h"

namespace mtl::exp {

struct EsmmBiasConfig {
    FunnelConfig funnel;  // the data; bias and seed are set per cell
    std::vector<double> biases = {0.0, 1.0};
    int seeds = 10;                      // seeds 1..seeds
    TrainConfig train = defaultTrain();  // seed set per cell
    TemplateOptions model;               // bottom / tower units (schema set per model)
    int workers = 1;                     // cells in parallel (each single-threaded)

    static TrainConfig defaultTrain() {
        TrainConfig t;
        t.epochs = 60;
        t.batchSize = 256;
        t.optimizer.lr = 1e-3;
        return t;
    }
};

// One model's scores on the test split.
struct EsmmBiasScore {
    double auc = 0, calibration = 0, meanPrediction = 0, clickAuc = 0;
    int epochs = 0, bestEpoch = 0;  // 1-based best epoch
    double seconds = 0;
};

struct EsmmBiasRun {
    double bias = 0;
    unsigned long long seed = 0;
    bool ok = true;
    std::string note;  // why not ok (e.g. too few clicked rows), or a divergence
    int trainRows = 0, clickedTrainRows = 0, testRows = 0;
    double clickRate = 0;    // training split
    double featureGap = 0;   // mean x.v of clicked minus unclicked training rows
    double meanTrueCvr = 0;  // mean pCVR(x) over the test impressions
    double oracleAuc = 0;    // pCVR(x) against the latent conversions (test)
    EsmmBiasScore clicked, esmm;
};

struct EsmmBiasLevel {
    double bias = 0;
    int runs = 0, failed = 0;
    Stat clickRate, featureGap, meanTrueCvr, oracleAuc;
    Stat aucClicked, aucEsmm, aucDiff;     // aucDiff = ESMM - clicked-only, paired by seed
    Stat calClicked, calEsmm, absCalDiff;  // absCalDiff = |cal ESMM| - |cal clicked-only|
    Stat clickAucClicked, clickAucEsmm, clickAucDiff;  // on the clicked test impressions only
    Stat bestEpochClicked, bestEpochEsmm;              // 1-based epoch whose weights were kept
};

struct EsmmBiasProgress {
    size_t done = 0, total = 0;
    double elapsed = 0, eta = 0;
    const EsmmBiasRun* last = nullptr;
};

struct EsmmBiasResult {
    EsmmBiasConfig config;
    std::vector<EsmmBiasRun> runs;  // bias levels in config order, seeds ascending
    std::vector<EsmmBiasLevel> levels;
    bool cancelled = false;
    double seconds = 0;
};

// Throws std::invalid_argument (naming the setting) for an empty bias list, a bias outside
// [-1, 1], seeds < 1, workers < 1, or funnel settings makeFunnel refuses.
void checkEsmmBiasConfig(const EsmmBiasConfig& config);

// One cell: generates the funnel, trains both models, scores them. Never throws for data that
// leaves too few clicked rows: the run is then !ok with a note and NaN scores.
EsmmBiasRun runEsmmBiasCell(const EsmmBiasConfig& config, double bias, unsigned long long seed,
                            const std::atomic<bool>* stop = nullptr);

// Every cell (on config.workers threads), then the per-level statistics. `progress` is called
// (serialised) as each cell ends; `cancel` stops after the cells in flight (result.cancelled).
EsmmBiasResult measureEsmmBias(const EsmmBiasConfig& config,
                               const std::function<void(const EsmmBiasProgress&)>& progress = {},
                               const std::atomic<bool>* cancel = nullptr);

// Per bias level (in `biases` order) over the runs with that bias.
std::vector<EsmmBiasLevel> summariseEsmmBias(const std::vector<EsmmBiasRun>& runs,
                                             const std::vector<double>& biases);

// The settings, one line per run and one per level, as one JSON object.
std::string esmmBiasJson(const EsmmBiasResult& result);
// A plain-text table (English, fixed width): one row per bias level, mean +- 95% CI.
std::string esmmBiasTable(const EsmmBiasResult& result);

// Parses `name = value` entries (command-line options): seeds, bias (comma-separated list),
// click-rate, conversion-rate, d, n-train, n-valid, n-test, epochs, batch, lr, bottom-units,
// tower-units, jobs. Throws std::invalid_argument naming the entry, its range and the value.
EsmmBiasConfig parseEsmmBias(const std::vector<std::pair<std::string, std::string>>& entries);
// The names parseEsmmBias() accepts, with a one-line help each.
const std::vector<std::pair<std::string, std::string>>& esmmBiasEntryHelp();

}  // namespace mtl::exp
