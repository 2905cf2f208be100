#include "Sweep.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "CommandArgs.h"
#include "experiment/Experiment.h"
#include "experiment/Runner.h"
#include "experiment/Stats.h"

namespace mtl::cli {

namespace {

using namespace mtl::exp;

// Options of the sweep command itself (the grid's entries are specEntryHelp()).
const std::vector<OwnOption>& ownOptions() {
    static const std::vector<OwnOption> o = {
        {"help", nullptr, "this text"},
        {"spec", "FILE",
         "read the grid from a spec file (name = value lines; options given here "
         "replace its entries)"},
        {"reproduce", "NAME",
         "a preset: mmoe-fig4 | mmoe-table1 | mmoe-table2 (options given here replace its "
         "entries)"},
        {"jobs", "N", "parallel runs (one thread each), 1 to 1024 (default: hardware threads)"},
        {"out", "FILE", "results file (JSON lines); an existing one of the same sweep is resumed"},
        {"shard", "I/N", "run only the cells whose index % N == I (0 <= I < N <= 100000)"},
        {"collect", nullptr,
         "merge the shard files given after it (--collect a.jsonl b.jsonl ...) into --out", true},
        {"slurm-script", "FILE",
         "write an sbatch job-array script running --shards shards of this sweep, and exit"},
        {"shards", "N", "shards of --slurm-script, 1 to 100000 (default 8)"},
        {"json", nullptr, "JSON lines on stdout (one per run, then the summary) instead of tables"},
        {"progress", nullptr, "force the progress line on stderr (default: when a terminal)"},
        {"dry-run", nullptr, "check the grid and list its cells without running them"},
    };
    return o;
}

std::string usage() {
    std::ostringstream os;
    os << "usage: mtlstudio-cli sweep [grid options] [--out FILE] [--jobs N] [--shard I/N]\n"
          "       mtlstudio-cli sweep --spec FILE | --reproduce NAME [...]\n"
          "       mtlstudio-cli sweep --collect A.jsonl B.jsonl ... --out ALL.jsonl\n\n"
          "Runs every cell of the grid (data settings x seeds x architectures x optimizers x\n"
          "learning rates x batch sizes x epochs x loss-weight sets; a comma-separated value is\n"
          "an axis), prints mean +- 95% CI per cell group, the setting chosen on validation per\n"
          "architecture, and paired differences between architectures over common seeds.\n\n"
          "sweep options:\n";
    printOptions(os, ownOptions());
    os << "\ngrid options (also the entries of a spec file: 'name = value'):\n";
    printEntries(os, specEntryHelp());
    os << "\npresets:\n";
    for (const Preset& p : presets())
        os << "  " << std::setw(14) << p.name << p.description << "\n";
    return os.str();
}

long long intArg(const std::string& name, const std::string& text, long long lo, long long hi) {
    size_t used = 0;
    long long v = 0;
    try {
        v = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || !std::isdigit(static_cast<unsigned char>(text[0])))
        throw UsageError("--" + name + " expects a whole number, got '" + text + "'");
    if (v < lo || v > hi)
        throw UsageError("--" + name + " must be between " + std::to_string(lo) + " and " +
                         std::to_string(hi) + ", got " + text);
    return v;
}

std::string fmt(double x, int prec = 4) {
    if (!std::isfinite(x)) return "-";
    std::ostringstream os;
    os << std::fixed << std::setprecision(prec) << x;
    return os.str();
}

std::string duration(double s) {
    if (!std::isfinite(s) || s < 0) return "?";
    char buf[32];
    const long t = static_cast<long>(s + 0.5);
    if (t >= 3600)
        std::snprintf(buf, sizeof buf, "%ldh%02ldm", t / 3600, t / 60 % 60);
    else if (t >= 60)
        std::snprintf(buf, sizeof buf, "%ldm%02lds", t / 60, t % 60);
    else
        std::snprintf(buf, sizeof buf, "%lds", t);
    return buf;
}

std::string shellQuote(const std::string& s) {
    std::string o = "'";
    for (char c : s) {
        if (c == '\'')
            o += "'\\''";
        else
            o += c;
    }
    return o + "'";
}

// A group's setting without the weighting (the method has its own column).
std::string settingText(const std::string& hyper) {
    const size_t w = hyper.find("|weighting=");
    return w == std::string::npos ? hyper : hyper.substr(0, w);
}

void printTables(const std::vector<RunSummary>& runs, std::ostream& os) {
    const std::vector<GroupStats> groups = groupStats(runs);
    const auto metricName = [](bool hi) { return hi ? "AUC" : "MSE"; };
    os << "test metrics, mean +- 95% CI (Student t) over seeds; best = best run; cos = mean "
          "task-gradient cosine (- when not measured); s = mean seconds per run\n";
    os << std::left << std::setw(30) << "data" << std::setw(24) << "arch + weighting"
       << std::setw(46) << "setting" << std::setw(12) << "task" << std::right << std::setw(4) << "n"
       << std::setw(24) << "mean +- CI" << std::setw(9) << "best" << std::setw(9) << "cos"
       << std::setw(9) << "s"
       << "\n";
    for (const GroupStats& g : groups)
        for (size_t t = 0; t < g.tasks.size(); ++t) {
            const Stat& s = g.test[t];
            const double best = g.higherIsBetter[t] ? s.max : s.min;
            os << std::left << std::setw(30) << g.data << std::setw(24)
               << methodLabel(g.arch, g.weighting) << std::setw(46) << settingText(g.hyper)
               << std::setw(12) << (g.tasks[t] + " " + metricName(g.higherIsBetter[t]))
               << std::right << std::setw(4) << s.n << std::setw(24)
               << (fmt(s.mean) + " +- " + fmt(s.half)) << std::setw(9) << fmt(best) << std::setw(9)
               << (g.meanCosine.n ? fmt(g.meanCosine.mean, 3) : std::string("-")) << std::setw(9)
               << fmt(g.seconds.mean, 3)
               << (g.failed ? "  (" + std::to_string(g.failed) + " diverged)" : "") << "\n";
        }
    const std::vector<Selection> sel = selectByValidation(runs);
    bool anyChoice = std::any_of(sel.begin(), sel.end(),
                                 [](const Selection& s) { return s.candidates.size() > 1; });
    if (anyChoice) {
        os << "\nselected on validation (per data, architecture and weighting), its test "
              "metrics:\n";
        for (const Selection& s : sel) {
            os << std::left << std::setw(30) << s.data << std::setw(24)
               << methodLabel(s.arch, s.weighting) << std::setw(46) << settingText(s.chosen.hyper);
            for (size_t t = 0; t < s.chosen.tasks.size(); ++t)
                os << "  " << s.chosen.tasks[t] << " " << fmt(s.chosen.test[t].mean) << " +- "
                   << fmt(s.chosen.test[t].half);
            os << "\n";
        }
    }
    const std::vector<PairedDiff> pd = pairedDifferences(runs);
    if (!pd.empty()) {
        os << "\npaired differences a - b over common seeds (test metric of the selected "
              "settings):\n";
        for (const PairedDiff& p : pd)
            os << std::left << std::setw(30) << p.data << std::setw(50)
               << (methodLabel(p.archA, p.weightingA) + " - " + methodLabel(p.archB, p.weightingB))
               << std::setw(18) << (p.task + " " + metricName(p.higherIsBetter)) << std::right
               << std::setw(4) << p.diff.n << std::setw(26)
               << (fmt(p.diff.mean) + " +- " + fmt(p.diff.half)) << "\n";
    }
    const std::vector<GainVsSingle> gains = gainsVsSingle(runs);
    if (!gains.empty()) {
        os << "\nagainst single-task: MTL gain per task (PLE Eq. 11, positive = better) and "
              "delta-p (LibMTL, %):\n";
        for (const GainVsSingle& g : gains) {
            os << std::left << std::setw(30) << g.data << std::setw(24)
               << methodLabel(g.arch, g.weighting);
            for (size_t t = 0; t < g.tasks.size(); ++t)
                os << "  " << g.tasks[t] << " " << fmt(g.gain[t]);
            os << "  delta-p " << fmt(g.deltaP, 3) << "\n";
        }
    }
}

int run(int argc, const char* const* argv) {
    CommandArgs p = parseCommandArgs(argc, argv, "sweep", ownOptions(), specEntryHelp());
    const auto has = [&](const char* n) { return p.has(n); };
    if (has("help")) {
        std::cout << usage();
        return 0;
    }
    const bool json = has("json");
    if (has("out")) checkWritableFile("out", p.own["out"]);

    if (has("collect")) {
        if (p.list.empty()) throw UsageError("--collect needs the shard files after it");
        if (!has("out")) throw UsageError("--collect needs --out FILE");
        for (const auto& kv : p.own)
            if (kv.first != "collect" && kv.first != "out" && kv.first != "json")
                throw UsageError("--" + kv.first + " does not apply with --collect");
        if (!p.entries.empty())
            throw UsageError("--" + p.entries.front().first + " does not apply with --collect");
        collectResults(p.list, p.own["out"]);
        const ResultsFile f = readResults(p.own["out"]);
        if (json) {
            std::ifstream in(p.own["out"]);
            std::cout << in.rdbuf();
        } else {
            std::cout << "collected " << f.runs.size() << " runs from " << p.list.size()
                      << " files into " << p.own["out"] << "\n\n";
            printTables(f.runs, std::cout);
        }
        return 0;
    }

    // The grid: a preset or a spec file, with the command line's entries replacing theirs.
    if (has("spec") && has("reproduce"))
        throw UsageError("--spec and --reproduce exclude each other");
    std::vector<std::pair<std::string, std::string>> entries;
    if (has("reproduce")) {
        const Preset* preset = nullptr;
        std::string names;
        for (const Preset& pr : presets()) {
            names += (names.empty() ? "" : ", ") + pr.name;
            if (pr.name == p.own["reproduce"]) preset = &pr;
        }
        if (!preset)
            throw UsageError("--reproduce must be one of " + names + ", got '" +
                             p.own["reproduce"] + "'");
        entries = preset->entries;
    }
    if (has("spec")) {
        try {
            entries = readSpecFile(p.own["spec"]);
        } catch (const SpecError& e) {
            throw UsageError(e.what());
        }
    }
    for (const auto& kv : p.entries) {
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const auto& e) { return e.first == kv.first; });
        if (it != entries.end())
            it->second = kv.second;
        else
            entries.push_back(kv);
    }
    Experiment e;
    try {
        e = parseExperiment(entries);
    } catch (const SpecError& ex) {
        throw UsageError((has("spec") ? p.own["spec"] + ": " : std::string()) + ex.what());
    }

    int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (has("jobs")) jobs = static_cast<int>(intArg("jobs", p.own["jobs"], 1, 1024));
    int shardIndex = 0, shardCount = 1;
    if (has("shard")) {
        const std::string& s = p.own["shard"];
        const size_t slash = s.find('/');
        if (slash == std::string::npos)
            throw UsageError("--shard expects I/N (e.g. 0/3), got '" + s + "'");
        shardCount = static_cast<int>(intArg("shard", s.substr(slash + 1), 1, 100000));
        shardIndex = static_cast<int>(intArg("shard", s.substr(0, slash), 0, shardCount - 1));
        if (!has("out")) throw UsageError("--shard needs --out FILE (the shard's results)");
    }
    if (has("shards") && !has("slurm-script"))
        throw UsageError("--shards applies with --slurm-script");

    if (has("slurm-script")) {
        if (!has("out"))
            throw UsageError("--slurm-script needs --out FILE (the collected results)");
        if (has("shard")) throw UsageError("--shard does not apply with --slurm-script");
        const int shards =
            has("shards") ? static_cast<int>(intArg("shards", p.own["shards"], 1, 100000)) : 8;
        namespace fs = std::filesystem;
        const std::string out = fs::absolute(p.own["out"]).string();
        std::string self = "mtlstudio-cli";
        std::error_code ec;
        const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
        if (!ec) self = exe.string();
        std::ostringstream os;
        os << "#!/bin/bash\n"
              "# A Slurm job array running one shard of an MTL Studio sweep per array task;\n"
              "# submit with: sbatch "
           << p.own["slurm-script"]
           << "\n"
              "# then merge:  "
           << shellQuote(self) << " sweep --collect " << out << ".shard-*-of-" << shards
           << ".jsonl --out " << shellQuote(out)
           << "\n"
              "# (or submit the merge after the array: sbatch --dependency=afterok:JOBID "
              "--wrap=\"...\")\n"
              "#SBATCH --job-name=mtl-sweep\n"
              "#SBATCH --array=0-"
           << shards - 1
           << "\n"
              "#SBATCH --cpus-per-task="
           << jobs
           << "\n"
              "#SBATCH --output="
           << out
           << ".shard-%a.log\n"
              "set -eu\n"
              "i=${SLURM_ARRAY_TASK_ID}\n"
              "exec "
           << shellQuote(self) << " sweep";
        for (const auto& kv : entries) os << " --" << kv.first << " " << shellQuote(kv.second);
        os << " --jobs \"${SLURM_CPUS_PER_TASK:-" << jobs << "}\" --shard \"$i/" << shards
           << "\" --out " << shellQuote(out) << ".shard-\"$i\"-of-" << shards << ".jsonl\n";
        std::ofstream f(p.own["slurm-script"]);
        if (!(f << os.str())) throw std::runtime_error(p.own["slurm-script"] + ": cannot write");
        f.close();
        fs::permissions(p.own["slurm-script"], fs::perms::owner_exec | fs::perms::group_exec,
                        fs::perm_options::add, ec);
        std::cout << "wrote " << p.own["slurm-script"] << ": " << e.cellCount() << " cells in "
                  << shards << " array tasks\n";
        return 0;
    }

    // Everything is checked before the first run: every architecture on every data setting.
    const std::map<std::string, std::shared_ptr<const DataSplits>> preloaded = prepareExperiment(e);
    if (has("dry-run")) {
        std::cout << e.cellCount() << " cells\n";
        for (size_t i = 0; i < e.cellCount(); ++i)
            if (static_cast<int>(i % static_cast<size_t>(shardCount)) == shardIndex)
                std::cout << i << "\t" << cellAt(e, i).key << "\n";
        return 0;
    }

    installInterruptHandlers();
    const bool progress = has("progress") || isatty(STDERR_FILENO);
    RunnerOptions ro;
    ro.workers = jobs;
    ro.shardIndex = shardIndex;
    ro.shardCount = shardCount;
    ro.outPath = has("out") ? p.own["out"] : "";
    ro.cancel = &interrupted();
    ro.preloaded = preloaded;
    std::vector<RunSummary> kept;  // without --out: the compact summaries, for the tables
    const bool tty = isatty(STDERR_FILENO);
    ro.onRun = [&](const RunSummary& s) {
        if (json) std::cout << toJson(s) << std::endl;
        if (ro.outPath.empty()) kept.push_back(s);
    };
    if (progress)
        ro.progress = [&](const SweepProgress& s) {
            const size_t all = s.pending + s.skipped, done = s.done + s.skipped;
            std::fprintf(stderr, "%s[%zu/%zu] %.1f%%  elapsed %s  ETA %s  last: %s%s",
                         tty ? "\r" : "", done, all, 100.0 * done / std::max<size_t>(1, all),
                         duration(s.elapsed).c_str(), duration(s.eta).c_str(),
                         s.last ? s.last->key.substr(0, 60).c_str() : "", tty ? "   " : "\n");
            std::fflush(stderr);
        };
    if (!json)
        std::cerr << e.cellCount() << " cells"
                  << (shardCount > 1 ? " (shard " + std::to_string(shardIndex) + "/" +
                                           std::to_string(shardCount) + ")"
                                     : std::string())
                  << ", " << jobs << " parallel runs\n";
    const RunnerResult r = runExperiment(e, ro);
    if (progress && tty) std::fprintf(stderr, "\n");
    if (r.skipped && !json)
        std::cerr << "resumed: " << r.skipped << " cells were already in " << ro.outPath << "\n";
    if (r.cancelled) {
        std::cerr << "interrupted after " << r.ran << " runs; run the same command again to resume"
                  << (ro.outPath.empty() ? " (with --out FILE to keep results)" : "") << "\n";
        return 130;
    }
    std::vector<RunSummary> runs = ro.outPath.empty() ? kept : readResults(ro.outPath).runs;
    if (json) {
        if (shardCount == 1) std::cout << "{\"summary\":" << summaryJson(runs) << "}" << std::endl;
    } else {
        std::cout << r.ran << " runs in " << duration(r.seconds) << " (" << r.skipped
                  << " resumed from the file)\n\n";
        printTables(runs, std::cout);
        if (shardCount > 1)
            std::cout << "\n(shard " << shardIndex << "/" << shardCount
                      << " only: merge the shards with --collect)\n";
    }
    return 0;
}

}  // namespace

int sweepMain(int argc, const char* const* argv) {
    try {
        return run(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "error: not enough memory\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace mtl::cli
