#pragma once
// Statistics over the runs of an experiment (RunSummary lists, e.g. read back from a results
// file): per group of cells (all axes but the seed) mean, standard deviation, 95% confidence
// interval (Student t with n - 1 degrees of freedom, Boost.Math) and best run; selection of a
// swept hyper-parameter by validation as in the MMoE paper (per architecture and data setting,
// the setting with the best mean validation score, then its TEST metrics are reported); paired
// differences between architectures over common seeds (common random numbers: the same data seed
// and split); the PLE paper's MTL gain against single-task and LibMTL's delta-p.
//
// The loss weighting method (train/Weighting.h) is a compared method, not a hyper-parameter:
// selection is per (data setting, architecture, weighting) over the other axes, and every
// (architecture, weighting) is compared with the single-task baseline. Runs of files without a
// weighting have the method "ew", so such experiments keep the statistics they always had.
//
// Metrics: per task the test AUC for a binary task (higher is better), the test loss (MSE) for a
// regression task (lower is better). A run's score (selection) is the mean over its tasks of the
// validation AUC when every task is binary, else of the validation loss.
//
// MTL gain (PLE, Tang et al. 2020, Eq. 11), implemented with the sign that makes a positive gain
// an improvement: gain = M_MTL - M_single for a higher-is-better metric (AUC), M_single - M_MTL for
// a lower-is-better one (MSE). The single-task baseline is the architecture "single" (the template
// of one independent network per task) of the same data setting, at its selected setting; its
// runs use EW (the sweep runs "single" once per seed, not once per method); should a results file
// hold "single" under several methods, the EW one is the baseline (else the first).
// delta-p (LibMTL): mean over tasks of (-1)^{l_t} (M_mtl,t - M_stl,t) / M_stl,t * 100, with l_t = 0
// when higher is better and 1 otherwise.
#include <string>
#include <vector>

#include "experiment/Experiment.h"

namespace mtl::exp {

struct Stat {
    int n = 0;  // finite values
    double mean = 0, sd = 0;
    double half = 0;  // 95% CI half-width: t_{0.975, n-1} * sd / sqrt(n) (NaN when n < 2)
    double lo = 0, hi = 0;
    double min = 0, max = 0;
};

// Two-sided 95% Student t quantile t_{0.975, df} (df >= 1).
double tQuantile95(int df);
// Over the finite values of `x` (NaN ones are skipped; n = 0: every field NaN).
Stat describe(const std::vector<double>& x);

// The runs of one cell group (all axes but the seed).
struct GroupStats {
    std::string group, data, arch, hyper;  // hyper: "opt=adam|lr=0.001|batch=256|epochs=10|lw="
                                           //   (then "|weighting=uw" unless EW)
    std::string weighting = "ew";          // the loss weighting method's key
    size_t firstIndex = 0;
    int runs = 0, failed = 0;  // failed: diverged or not ok (their metrics still count)
    std::vector<std::string> tasks;
    std::vector<bool> higherIsBetter;  // per task
    std::vector<Stat> test, valid;     // per task
    Stat validScore, testScore;
    Stat seconds;     // wall time of a run
    Stat meanCosine;  // the runs' mean task-gradient cosines (n = 0 when none was measured)
    Stat conflictShare;
    std::string bestKey;  // the run with the best test score
    unsigned long long bestSeed = 0;
};

// Groups in order of their first cell index.
std::vector<GroupStats> groupStats(const std::vector<RunSummary>& runs);

// Per (data setting, architecture, weighting method): the group with the best mean validation
// score, in order of first appearance.
struct Selection {
    std::string data, arch, weighting = "ew";
    GroupStats chosen;
    std::vector<std::pair<std::string, double>> candidates;  // hyper -> mean validation score
};
std::vector<Selection> selectByValidation(const std::vector<RunSummary>& runs);

// Per data setting, per pair of selections, per task: the test metric of a minus b's, over the
// seeds both selected groups ran. The pairs: two selections of the same weighting method, or one
// of them single-task (the baseline of every method), in order of appearance (a before b); and
// each method other than EW against EW on the same architecture (a = the method, b = EW). Two
// different methods on different architectures, or two methods other than EW, are not paired.
struct PairedDiff {
    std::string data, archA, archB, task;
    std::string weightingA = "ew", weightingB = "ew";
    bool higherIsBetter = true;
    Stat diff;
};
std::vector<PairedDiff> pairedDifferences(const std::vector<RunSummary>& runs);

double mtlGain(double mtl, double single, bool higherIsBetter);
// Throws std::invalid_argument if the vectors differ in size or are empty.
double deltaP(const std::vector<double>& mtl, const std::vector<double>& single,
              const std::vector<bool>& higherIsBetter);

// Per (data setting, architecture other than "single", weighting method), when the setting has a
// "single" run: MTL gain per task and delta-p, on the mean test metrics of the selected settings.
struct GainVsSingle {
    std::string data, arch, weighting = "ew";
    std::vector<std::string> tasks;
    std::vector<double> gain;
    double deltaP = 0;
};
std::vector<GainVsSingle> gainsVsSingle(const std::vector<RunSummary>& runs);

// "mmoe" for EW, "mmoe + uw" otherwise: how tables name an (architecture, method).
std::string methodLabel(const std::string& arch, const std::string& weighting);

// The "summary" object of a results file: groups, selections, paired differences, gains.
// Depends only on the runs' metrics (not on their seconds), so a collected experiment and a
// one-piece run of it have the same summary.
std::string summaryJson(const std::vector<RunSummary>& runs);

}  // namespace mtl::exp
