#include "Options.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>
#include <thread>

#include "graph/Param.h"
#include "nn/Optimizer.h"

namespace po = boost::program_options;

namespace mtl::cli {

namespace {

// Commands an option applies to.
enum : unsigned { kTrain = 1, kEval = 2, kBench = 4, kDemo = 8, kInspect = 16, kExport = 32 };
constexpr unsigned kFit = kTrain | kDemo;  // builds and trains a model
constexpr unsigned kData = kTrain | kDemo | kEval | kInspect | kExport;
constexpr unsigned kAll = kTrain | kEval | kBench | kDemo | kInspect;

// The kind of data an option applies to ("" = any).
struct Spec {
    const char* group;
    const char* name;
    const char* value;  // nullptr: a flag
    unsigned commands;
    const char* data;
    const char* help;
};

// clang-format off
const std::vector<Spec>& specs() {
    static const std::vector<Spec> s = {
        {"general", "help", nullptr, kAll | kExport, "", "this text (also -h, or the command help)"},
        {"general", "threads", "N", kAll, "",
         "worker threads, 1 to 4 x the hardware threads (default 1; bench: 2)"},
        {"general", "json", nullptr, kAll | kExport, "",
         "JSON lines instead of a table (train: the last line holds the final test metrics)"},

        {"model (train, demo)", "template", "KEY", kFit, "",
         "single | shared_bottom | omoe | mmoe | cgc | ple | esmm | cross_stitch | l2 | "
         "mmoe_dselect | mmoe_topk (default mmoe)"},
        {"model (train, demo)", "graph", "FILE", kFit, "",
         "a saved graph or model file instead of a template"},
        {"model (train, demo)", "experts", "N", kFit, "", "experts, 1 to 1024 (default 8)"},
        {"model (train, demo)", "expert-units", "LIST", kFit, "",
         "hidden units of each expert, e.g. 64,32; each 1 to 65536 (default 16)"},
        {"model (train, demo)", "tower-units", "LIST", kFit, "",
         "hidden units of each task tower (default 8)"},
        {"model (train, demo)", "bottom-units", "LIST", kFit, "",
         "Shared-Bottom / single-task / soft-sharing hidden units (default 113)"},
        {"model (train, demo)", "ple-specific", "N", kFit, "",
         "CGC/PLE task-specific experts per task, 1 to 1024 (default 2)"},
        {"model (train, demo)", "ple-shared", "N", kFit, "",
         "CGC/PLE shared experts, 1 to 1024 (default 4)"},
        {"model (train, demo)", "ple-levels", "N", kFit, "", "PLE levels, 1 to 64 (default 2)"},
        {"model (train, demo)", "top-k", "N", kFit, "",
         "Top-k gates: experts per example, 1 to --experts (default 2)"},
        {"model (train, demo)", "dselect-k", "N", kFit, "",
         "DSelect-k gates: experts selected, 1 to --experts (default 2)"},
        {"model (train, demo)", "gamma", "G", kFit, "",
         "DSelect-k smooth-step width, greater than 0 and at most 100 (default 1)"},
        {"model (train, demo)", "static-gates", nullptr, kFit, "",
         "DSelect-k gates independent of the example"},
        {"model (train, demo)", "encoding", "E", kFit, "",
         "categorical inputs: onehot | embedding (default onehot)"},
        {"model (train, demo)", "embedding-dim", "N", kFit, "",
         "embedding width, 1 to 4096 (default 4)"},

        {"data (train, demo, eval)", "data", "KIND", kData, "",
         "synthetic | census | csv | funnel (default synthetic)"},
        {"data (train, demo, eval)", "p", "P", kData, "synthetic",
         "task correlation, -1 to 1 (default 0.5)"},
        {"data (train, demo, eval)", "d", "D", kData, "synthetic|funnel",
         "input dimension, 2 to 100000 (default 100; funnel: 16)"},
        {"data (train, demo, eval)", "n-train", "N", kData, "synthetic|funnel",
         "training rows, 2 to 100000000 (default 10000; funnel: 20000)"},
        {"data (train, demo, eval)", "n-valid", "N", kData, "synthetic|funnel",
         "validation rows, 0 to 100000000 (default 2000; funnel: 5000)"},
        {"data (train, demo, eval)", "n-test", "N", kData, "synthetic|funnel",
         "test rows, 0 to 100000000 (default 2000; funnel: 10000)"},
        {"data (train, demo, eval)", "noise", "S", kData, "synthetic",
         "label noise standard deviation, 0 to 1e6 (default 0.01)"},
        {"data (train, demo, eval)", "sinusoids", "M", kData, "synthetic",
         "sinusoids per task, 0 to 10000 (default 10)"},
        {"data (train, demo, eval)", "binary", nullptr, kData, "synthetic",
         "threshold the labels at their training median (two binary tasks)"},
        {"data (train, demo, eval)", "click-rate", "R", kData, "funnel",
         "mean click probability, greater than 0 and less than 1 (default 0.2)"},
        {"data (train, demo, eval)", "conversion-rate", "R", kData, "funnel",
         "mean conversion propensity over all impressions, greater than 0 and less than 1 "
         "(default 0.2)"},
        {"data (train, demo, eval)", "bias", "B", kData, "funnel",
         "selection-bias strength: how much the click depends on the conversion features, -1 "
         "to 1 (default 0.5; 0: no selection bias)"},
        {"data (train, demo, eval)", "data-seed", "S", kData, "",
         "seed of the data (synthetic draws, splits), 0 to 2^64-1 (default 1)"},
        {"data (train, demo, eval)", "group", "G", kData, "census",
         "1 (income, marital) or 2 (education, marital) (default 1)"},
        {"data (train, demo, eval)", "census-dir", "DIR", kData, "census",
         "folder with census-income.data(.gz) and census-income.test(.gz)"},
        {"data (train, demo, eval)", "max-train-rows", "N", kData, "census",
         "use only the first N training rows, 0 (all) to 100000000 (default 0)"},
        {"data (train, demo, eval)", "csv", "FILE", kData, "csv", "the CSV file (needed)"},
        {"data (train, demo, eval)", "columns", "SPEC", kData, "csv",
         "name:role[:kind],... roles numeric, categorical, label (kind binary | regression), "
         "ignore (default: detected)"},
        {"data (train, demo, eval)", "delimiter", "C", kData, "csv",
         "one character, or tab (default ,)"},
        {"data (train, demo, eval)", "skip-lines", "N", kData, "csv",
         "lines at the top that are neither column names nor data, 0 to 1000000 (default: "
         "detected, e.g. scikit-learn's \"506,13\" first line; a note says what was skipped)"},
        {"data (train, demo, eval)", "no-header", nullptr, kData, "csv",
         "the first line is data (columns are named c1, c2, ...)"},

        {"training (train, demo)", "epochs", "N", kFit, "",
         "1 to 1000000 (default 10; demo: 50)"},
        {"training (train, demo)", "batch", "N", kFit | kBench, "",
         "batch size, 1 to 1000000 (default 256; bench: the config's)"},
        {"training (train, demo)", "lr", "X", kFit, "",
         "learning rate, greater than 0 and at most 1e6 (default 1e-3; demo: 3e-3)"},
        {"training (train, demo)", "optimizer", "NAME", kFit, "",
         "adam | sgd | adagrad (default adam)"},
        {"training (train, demo)", "momentum", "X", kFit, "",
         "SGD momentum, 0 to below 1 (default 0.9)"},
        {"training (train, demo)", "weight-decay", "X", kFit, "",
         "L2 weight decay, 0 to 1e3 (default 0)"},
        {"training (train, demo)", "seed", "S", kFit, "",
         "initialisation and shuffling seed, 0 to 2^64-1 (default 1)"},
        {"training (train, demo)", "loss-weight", "TASK=W", kFit, "",
         "loss weight of a task head, W 0 to 1e6 (repeatable)"},
        {"training (train, demo)", "early-stop", "TASK", kFit, "",
         "stop when the validation metric of TASK (a task of the data) stops improving"},
        {"training (train, demo)", "patience", "N", kFit, "",
         "epochs without improvement before --early-stop stops, 1 to 1000000 (default 3)"},
        {"training (train, demo)", "no-restore-best", nullptr, kFit, "",
         "keep the last epoch's weights instead of the best validation epoch's"},
        {"loss weighting (train, demo)", "weighting", "METHOD", kFit, "",
         "ew | uw | gradnorm | dwa | ple | pcgrad | mgda | cagrad | mgda-ub (default ew: the heads' "
         "weights)"},
        {"loss weighting (train, demo)", "gradnorm-alpha", "X", kFit, "",
         "GradNorm's restoring force, 0 to 10 (default 1.5)"},
        {"loss weighting (train, demo)", "gradnorm-lr", "X", kFit, "",
         "GradNorm's step on the weights, greater than 0 and at most 10 (default 0.025)"},
        {"loss weighting (train, demo)", "dwa-temperature", "X", kFit, "",
         "DWA's temperature T, greater than 0 and at most 1e6 (default 2)"},
        {"loss weighting (train, demo)", "ple-gamma", "LIST", kFit, "",
         "PLE: per-task decay gamma_k of w_k0 * gamma_k^epoch, each 0 to 10 (default 1; one "
         "value: every task's)"},
        {"loss weighting (train, demo)", "ple-w0", "LIST", kFit, "",
         "PLE: per-task initial weights w_k0, each 0 to 1e6 (default 1; one value: every task's)"},
        {"loss weighting (train, demo)", "cagrad-c", "X", kFit, "",
         "CAGrad's c, 0 to 100 (default 0.5; 0 is EW)"},
        {"loss weighting (train, demo)", "weighting-seed", "S", kFit, "",
         "PCGrad's task-order seed, 1 to 2^64-1 (default: from --seed)"},
        {"loss weighting (train, demo)", "conflict-every", "N", kFit, "",
         "measure task conflict (gradient cosines on the shared parameters) every N steps, 0 "
         "(never) to 1000000 (default 0; gradnorm, pcgrad, mgda, cagrad, mgda-ub: every step)"},
        {"training (train, demo)", "save", "FILE", kFit, "",
         "save graph, weights, optimizer state and config (its folder must be writable)"},
        {"training (train, demo)", "progress", nullptr, kFit, "",
         "force the progress line on stderr (default: when stderr is a terminal)"},

        {"eval and bench", "model", "M", kEval | kBench | kInspect | kExport, "",
         "eval, inspect, export: the model FILE (needed); bench: shared_bottom | mmoe | ple1 | ple2 | "
         "all, or a comma-separated list (default all)"},
        {"inspect", "slice", "COLUMN", kInspect, "",
         "inspect: slice the validation split by this column: a feature, a column that is not an "
         "input (census: education, marital stat) or a task label (needed)"},
        {"inspect", "bins", "N", kInspect, "",
         "inspect: quantile bins of a numeric slice column, 1 to 100 (default 4)"},
        {"inspect", "example", "ROW", kInspect, "",
         "inspect: also follow this validation row (0-based) through the model: features, gate "
         "weights, experts' contributions, towers, predictions"},
        {"inspect", "sensitivity-rows", "N", kInspect, "",
         "inspect: rows sampled for the experts' input sensitivity, 0 (none) to 1000000 "
         "(default 4096)"},
        {"export", "to", "FORMAT", kExport, "",
         "export: pytorch or onnx (needed), followed by the destination: export --model M.mtl "
         "--to pytorch DIR (the data options add the data's preprocessing), or --to onnx FILE "
         "(needs Python with torch and onnx)"},
        {"export", "force", nullptr, kExport, "",
         "export: write into a folder that is not empty (the export's files are replaced), or "
         "replace an existing ONNX file"},
        {"eval and bench", "config", "C", kBench, "",
         "bench: census | small | large | all, or a comma-separated list (default all)"},
        {"eval and bench", "steps", "N", kBench, "",
         "bench: timed steps per repeat, 1 to 1000000 (default: the config's)"},
        {"eval and bench", "repeats", "N", kBench, "", "bench: 1 to 1000 (default 5)"},
        {"eval and bench", "warmup", "N", kBench, "", "bench: untimed steps, 0 to 1000000 (default 20)"},
        {"eval and bench", "weightings", "LIST", kBench, "",
         "bench: time training steps per loss weighting method against ew (through the "
         "trainer): methods of --weighting, comma-separated, or all"},
        {"eval and bench", "sweep-runs", "N", kBench, "",
         "bench: instead of throughput, time a synthetic sweep of N runs (MMoE) on 1 worker and "
         "on --threads workers, --repeats times interleaved, 1 to 100000"},
    };
    return s;
}
// clang-format on

const Spec* findSpec(const std::string& name) {
    for (const Spec& s : specs())
        if (name == s.name) return &s;
    return nullptr;
}

unsigned commandBit(const std::string& c) {
    if (c == "train") return kTrain;
    if (c == "eval") return kEval;
    if (c == "bench") return kBench;
    if (c == "demo") return kDemo;
    if (c == "inspect") return kInspect;
    if (c == "export") return kExport;
    return 0;
}

size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string unknownOption(const std::string& token) {
    std::string msg = "unknown option '" + token + "'";
    const std::string name = token.rfind("--", 0) == 0 ? token.substr(2) : token.substr(1);
    const Spec* best = nullptr;
    size_t bestD = 3;
    for (const Spec& s : specs()) {
        const size_t d = editDistance(name, s.name);
        if (d < bestD) {
            bestD = d;
            best = &s;
        }
    }
    if (best) msg += std::string(" (did you mean --") + best->name + "?)";
    return msg + "; mtlstudio-cli --help lists the options";
}

po::options_description describe(bool forHelp) {
    po::options_description all("options", 100, 50);
    std::vector<std::string> groups;
    for (const Spec& s : specs())
        if (std::find(groups.begin(), groups.end(), s.group) == groups.end())
            groups.push_back(s.group);
    for (const std::string& g : groups) {
        po::options_description d(g, 100, 50);
        for (const Spec& s : specs()) {
            if (g != s.group) continue;
            std::string help = s.help;
            if (forHelp && *s.data) help += std::string(" [--data ") + s.data + "]";
            const std::string name = std::string(s.name) == "help" ? "help,h" : s.name;
            if (!s.value)
                d.add_options()(name.c_str(), po::bool_switch(), help.c_str());
            else if (std::string(s.name) == "loss-weight")
                d.add_options()(name.c_str(),
                                po::value<std::vector<std::string>>()->value_name(s.value),
                                help.c_str());
            else
                d.add_options()(name.c_str(), po::value<std::string>()->value_name(s.value),
                                help.c_str());
        }
        all.add(d);
    }
    return all;
}

// ------------------------------------------------------------------------------ value parsing

[[noreturn]] void fail(const std::string& message) { throw CliError(message); }

long long integer(const std::string& name, const std::string& text, long long lo, long long hi) {
    const char* b = text.data();
    const char* e = b + text.size();
    long long v = 0;
    auto r = std::from_chars(b, e, v);
    bool ok = !text.empty() && r.ec == std::errc() && r.ptr == e;
    if (!ok && r.ec == std::errc::result_out_of_range && r.ptr == e)
        fail("--" + name + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
             ", got " + text);
    if (!ok) {  // 1e3 and 10.0 are whole numbers too
        double x = 0;
        auto rd = std::from_chars(b, e, x);
        if (!text.empty() && rd.ec == std::errc() && rd.ptr == e && std::isfinite(x) &&
            x == std::floor(x)) {
            if (x < static_cast<double>(lo) || x > static_cast<double>(hi))
                fail("--" + name + " must be between " + std::to_string(lo) + " and " +
                     std::to_string(hi) + ", got " + text);
            v = static_cast<long long>(x);
            ok = true;
        }
    }
    if (!ok) fail("--" + name + " expects a whole number, got '" + text + "'");
    if (v < lo || v > hi)
        fail("--" + name + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
             ", got " + text);
    return v;
}

unsigned long long seedValue(const std::string& name, const std::string& text) {
    unsigned long long v = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size())
        fail("--" + name + " expects a whole number from 0 to 18446744073709551615, got '" + text +
             "'");
    return v;
}

std::string numText(double x) {
    std::ostringstream os;
    os << x;
    return os.str();
}

// A finite number in [lo, hi] (lo excluded when loOpen; hi excluded when hiOpen).
double real(const std::string& name, const std::string& text, double lo, double hi,
            bool loOpen = false, bool hiOpen = false) {
    double x = 0;
    const char* b = text.data();
    const char* e = b + text.size();
    if (!text.empty() && *b == '+') ++b;
    auto r = std::from_chars(b, e, x);
    if (text.empty() || r.ec == std::errc::invalid_argument || r.ptr != e)
        fail("--" + name + " expects a number, got '" + text + "'");
    if (r.ec == std::errc::result_out_of_range || !std::isfinite(x))
        fail("--" + name + " must be a finite number, got '" + text + "'");
    const bool below = loOpen ? !(x > lo) : !(x >= lo);
    const bool above = hiOpen ? !(x < hi) : !(x <= hi);
    if (below || above)
        fail("--" + name + " must be " + (loOpen ? "greater than " : "at least ") + numText(lo) +
             " and " + (hiOpen ? "below " : "at most ") + numText(hi) + ", got " + text);
    return x;
}

std::vector<int> intList(const std::string& name, const std::string& text) {
    std::vector<int> v;
    if (!parseIntList(text, v) || v.empty())
        fail("--" + name + " expects a list of whole numbers like 64,32, got '" + text + "'");
    for (int x : v)
        if (x < 1 || x > 65536)
            fail("--" + name + ": each layer needs 1 to 65536 units, got " + std::to_string(x));
    return v;
}

std::string choice(const std::string& name, const std::string& text,
                   const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), text) != allowed.end()) return text;
    std::string list;
    for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
    fail("--" + name + " must be one of " + list + ", got '" + text + "'");
}

std::vector<std::string> expandList(const std::string& name, const std::string& text,
                                    const std::vector<std::string>& all,
                                    const std::map<std::string, std::string>& aliases) {
    if (text == "all") return all;
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string s;
    while (std::getline(ss, s, ',')) {
        const auto a = aliases.find(s);
        if (a != aliases.end()) s = a->second;
        std::vector<std::string> allowed = all;
        allowed.push_back("all");
        choice(name, s, allowed);
        if (s == "all") return all;
        if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    if (out.empty()) fail("--" + name + " needs at least one name");
    return out;
}

std::vector<CsvColumn> csvColumns(const std::string& text) {
    std::vector<CsvColumn> cols;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        CsvColumn col;
        try {
            col = parseCsvColumn(item);
        } catch (const DataError& e) {
            fail(std::string("--columns: ") + e.what());
        }
        for (const CsvColumn& c : cols)
            if (c.name == col.name) fail("--columns names '" + col.name + "' twice");
        cols.push_back(col);
    }
    if (cols.empty()) fail("--columns needs at least one name:role");
    return cols;
}

// --------------------------------------------------------------------------------- tokenising

// Turns "--name value" into "--name=value" for options that take a value (so that values such
// as -2 or an empty string reach the option), refusing unknown options, missing values, values
// given to flags and stray arguments. Returns the command (first argument, when not an option).
std::vector<std::string> normalise(int argc, const char* const* argv, std::string& command,
                                   std::vector<std::string>& positional) {
    std::vector<std::string> out;
    int i = 1;
    if (i < argc && argv[i][0] != '-') command = argv[i++];
    for (; i < argc; ++i) {
        const std::string tok = argv[i];
        if (tok == "-h") {
            out.push_back("--help");
            continue;
        }
        if (tok.rfind("--", 0) != 0 || tok.size() == 2) {
            if (tok.size() > 1 && tok[0] == '-') fail(unknownOption(tok));
            if (command == "export" && positional.empty() && tok != "--") {  // the destination
                positional.push_back(tok);
                continue;
            }
            fail("unexpected argument '" + tok + "'" +
                 (command.empty() ? std::string(" (the command comes first)") : std::string()));
        }
        const size_t eq = tok.find('=');
        const std::string name = tok.substr(2, eq == std::string::npos ? eq : eq - 2);
        const Spec* s = findSpec(name);
        if (!s) fail(unknownOption("--" + name));
        if (!s->value) {
            if (eq != std::string::npos) fail("--" + name + " takes no value");
            out.push_back("--" + name);
            continue;
        }
        std::string value;
        if (eq != std::string::npos) {
            value = tok.substr(eq + 1);
        } else {
            const std::string next = i + 1 < argc ? argv[i + 1] : "";
            const bool nextIsOption =
                next.rfind("--", 0) == 0 && findSpec(next.substr(2, next.find('=') - 2));
            if (i + 1 >= argc || nextIsOption)
                fail("--" + name + " needs a value (" + s->value + ")");
            value = argv[++i];
        }
        // Adjacent ("--name=value") so that a value such as -2 is not read as an option; an
        // empty value as its own argument (Program_options refuses "--name=").
        if (value.empty()) {
            out.push_back("--" + name);
            out.push_back(value);
        } else {
            out.push_back("--" + name + "=" + value);
        }
    }
    return out;
}

}  // namespace

int maxThreads() {
    const unsigned hw = std::thread::hardware_concurrency();
    return static_cast<int>(std::min(256u, std::max(4u, 4 * std::max(1u, hw))));
}

const std::vector<std::string>& benchModelNames() {
    static const std::vector<std::string> n = {"shared_bottom", "mmoe", "ple1", "ple2"};
    return n;
}
const std::vector<std::string>& benchConfigNames() {
    static const std::vector<std::string> n = {"census", "small", "large"};
    return n;
}

std::string usageText() {
    std::ostringstream os;
    os << "usage: mtlstudio-cli <command> [options]\n\n"
          "commands:\n"
          "  train       train a model and report per-epoch and final test metrics\n"
          "  eval        score a saved model on a data set's test split\n"
          "  inspect     gate allocation per slice of the validation split, expert similarity and "
          "input sensitivity of a saved model, one example followed through it\n"
          "  bench       training/inference throughput (same models and shapes as the PyTorch "
          "peer)\n"
          "  demo        train MMoE on the MMoE paper's synthetic data (the embedded default; 50 "
          "epochs, lr 3e-3)\n"
          "  export      write a saved model as a PyTorch package or an ONNX file: export --model "
          "M.mtl --to pytorch DIR | --to onnx FILE\n"
          "  templates   list the architecture templates\n"
          "  sweep       run a grid of runs with confidence intervals (mtlstudio-cli sweep "
          "--help)\n"
          "  esmm-bias   ESMM vs a CVR model trained on clicked rows, on the synthetic funnel "
          "(mtlstudio-cli esmm-bias --help)\n\n"
       << describe(true)
       << "\nEvery value is checked before any work starts; an option that does not apply to "
          "the command\nor to the kind of data is refused.\n";
    return os.str();
}

CliOptions parseCommandLine(int argc, const char* const* argv) {
    CliOptions o;
    std::vector<std::string> positional;  // export: the destination folder
    const std::vector<std::string> tokens = normalise(argc, argv, o.command, positional);
    if (!positional.empty()) o.exportDir = positional.front();
    po::variables_map vm;
    try {
        const po::options_description desc = describe(false);
        const int style = po::command_line_style::unix_style &
                          ~po::command_line_style::allow_guessing &
                          ~po::command_line_style::allow_sticky;
        po::store(po::command_line_parser(tokens).options(desc).style(style).run(), vm);
        po::notify(vm);
    } catch (const po::multiple_occurrences& e) {
        fail(std::string(e.get_option_name()) + " is given more than once");
    } catch (const po::error& e) {
        fail(e.what());
    }
    std::map<std::string, std::string> v;  // the single-valued options given
    for (const auto& kv : vm) {
        if (kv.second.defaulted()) continue;
        const Spec* s = findSpec(kv.first);
        if (!s) continue;
        if (!s->value) {
            if (kv.second.as<bool>()) o.given.insert(kv.first);
            continue;
        }
        o.given.insert(kv.first);
        if (kv.first != "loss-weight") v[kv.first] = kv.second.as<std::string>();
    }
    const auto has = [&](const char* n) { return o.given.count(n) > 0; };
    o.help = has("help") || o.command == "help";
    if (o.help) return o;
    if (o.command.empty()) return o;
    const unsigned bit = commandBit(o.command);
    if (o.command == "templates") {
        if (!o.given.empty()) fail("templates takes no options (--" + *o.given.begin() + ")");
        return o;
    }
    if (!bit)
        fail("unknown command '" + o.command +
             "' (train, eval, inspect, bench, demo, export, templates)");

    // Options that do not apply to this command or to this kind of data.
    const std::string dataKind =
        v.count("data") ? choice("data", v["data"], {"synthetic", "census", "csv", "funnel"})
                        : "synthetic";
    for (const std::string& name : o.given) {
        const Spec* s = findSpec(name);
        if (!(s->commands & bit)) fail("--" + name + " does not apply to '" + o.command + "'");
        // s->data: "" (any kind), one kind, or kinds separated by '|'.
        const std::string kinds = std::string("|") + s->data + "|";
        if (*s->data && kinds.find("|" + dataKind + "|") == std::string::npos) {
            std::string list = s->data;
            for (size_t bar; (bar = list.find('|')) != std::string::npos;)
                list.replace(bar, 1, " or --data ");
            fail("--" + name + " applies to --data " + list + ", not to --data " + dataKind);
        }
    }

    o.json = has("json");
    o.progress = has("progress");
    o.threads = o.command == "bench" ? 2 : 1;
    if (v.count("threads")) {
        const long long t = integer("threads", v["threads"], std::numeric_limits<int>::min(),
                                    std::numeric_limits<int>::max());
        if (t < 1 || t > maxThreads())
            fail("--threads must be between 1 and " + std::to_string(maxThreads()) + ", got " +
                 v["threads"] + " (at most 4 x the " +
                 std::to_string(std::max(1u, std::thread::hardware_concurrency())) +
                 " hardware threads of this machine, and at most 256: more threads only wait for "
                 "each "
                 "other)");
        o.threads = static_cast<int>(t);
    }

    // ------------------------------------------------------------------------------------ data
    if (bit & kData) {
        DataSpec& d = o.data;
        if (dataKind == "synthetic") {
            d.kind = DataSpec::Kind::Synthetic;
            SyntheticConfig& c = d.synthetic;
            if (v.count("p")) c.p = real("p", v["p"], -1, 1);
            if (v.count("d")) c.d = static_cast<int>(integer("d", v["d"], 2, 100000));
            if (v.count("n-train"))
                c.nTrain = static_cast<int>(integer("n-train", v["n-train"], 2, 100000000));
            if (v.count("n-valid"))
                c.nValid = static_cast<int>(integer("n-valid", v["n-valid"], 0, 100000000));
            if (v.count("n-test"))
                c.nTest = static_cast<int>(integer("n-test", v["n-test"], 0, 100000000));
            if (v.count("noise")) c.noiseStd = real("noise", v["noise"], 0, 1e6);
            if (v.count("sinusoids"))
                c.m = static_cast<int>(integer("sinusoids", v["sinusoids"], 0, 10000));
            if (v.count("data-seed")) c.seed = seedValue("data-seed", v["data-seed"]);
            c.binary = has("binary");
        } else if (dataKind == "funnel") {
            d.kind = DataSpec::Kind::Funnel;
            FunnelConfig& c = d.funnel;
            if (v.count("d")) c.d = static_cast<int>(integer("d", v["d"], 2, 100000));
            if (v.count("n-train"))
                c.nTrain = static_cast<int>(integer("n-train", v["n-train"], 2, 100000000));
            if (v.count("n-valid"))
                c.nValid = static_cast<int>(integer("n-valid", v["n-valid"], 0, 100000000));
            if (v.count("n-test"))
                c.nTest = static_cast<int>(integer("n-test", v["n-test"], 0, 100000000));
            if (v.count("click-rate"))
                c.clickRate = real("click-rate", v["click-rate"], 0, 1, true, true);
            if (v.count("conversion-rate"))
                c.conversionRate = real("conversion-rate", v["conversion-rate"], 0, 1, true, true);
            if (v.count("bias")) c.bias = real("bias", v["bias"], -1, 1);
            if (v.count("data-seed")) c.seed = seedValue("data-seed", v["data-seed"]);
        } else if (dataKind == "census") {
            d.kind = DataSpec::Kind::Census;
            CensusConfig& c = d.census;
            if (v.count("census-dir")) {
                c.dir = v["census-dir"];
                if (c.dir.empty()) fail("--census-dir needs a folder name");
            }
            if (v.count("group")) c.group = static_cast<int>(integer("group", v["group"], 1, 2));
            if (v.count("data-seed")) c.seed = seedValue("data-seed", v["data-seed"]);
            if (v.count("max-train-rows"))
                c.maxTrainRows =
                    static_cast<int>(integer("max-train-rows", v["max-train-rows"], 0, 100000000));
        } else {
            d.kind = DataSpec::Kind::Csv;
            if (!v.count("csv") || v["csv"].empty()) fail("--data csv needs --csv FILE");
            d.csvPath = v["csv"];
            CsvOptions& c = d.csv;
            c.header = !has("no-header");
            if (v.count("delimiter")) {
                const std::string& t = v["delimiter"];
                if (t == "tab" || t == "\\t")
                    c.delimiter = '\t';
                else if (t.size() == 1 && t != "\n" && t != "\r" && t != "\"")
                    c.delimiter = t[0];
                else
                    fail("--delimiter must be one character (or tab), got '" + t + "'");
            }
            if (v.count("data-seed")) c.seed = seedValue("data-seed", v["data-seed"]);
            if (v.count("columns")) c.columns = csvColumns(v["columns"]);
            if (v.count("skip-lines")) {
                c.skipLines = static_cast<int>(integer("skip-lines", v["skip-lines"], 0, 1000000));
                c.headerLine = c.skipLines + 1;
            } else if (c.header) {
                // As the GUI's import dialog: a metadata first line is not the header.
                CsvLayout layout;
                try {
                    layout = detectCsvLayout(d.csvPath, c.delimiter);
                } catch (const std::exception&) {
                    // an unreadable file is reported when the data are loaded
                }
                if (layout.skipLines > 0) {
                    c.skipLines = layout.skipLines;
                    c.header = layout.header;
                    c.headerLine = layout.header ? layout.headerLine : layout.skipLines + 1;
                    const std::string line = "line " + std::to_string(layout.skipLines);
                    std::string why;
                    switch (layout.reason) {
                        case CsvLayout::Reason::FewerFields:
                        case CsvLayout::Reason::MoreFields:
                            why = line + " has " + std::to_string(layout.skippedFields) +
                                  " fields above rows of " + std::to_string(layout.dataFields);
                            break;
                        case CsvLayout::Reason::NumbersAboveHeader:
                            why = line + " holds only numbers above a line of names";
                            break;
                        default:
                            why = line +
                                  " starts with numbers above a line of names (such as a "
                                  "row count)";
                            break;
                    }
                    o.notes.push_back("--csv: " + why + ", so it is not the column names: the " +
                                      "first " + std::to_string(layout.skipLines) +
                                      " line(s) are skipped (--skip-lines 0 reads them)");
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------- model
    if (bit & kFit) {
        if (o.command == "demo") {
            o.train.epochs = 50;
            o.train.optimizer.lr = 3e-3;
        }
        if (v.count("template") && v.count("graph"))
            fail("--template and --graph exclude each other");
        if (v.count("template")) {
            std::vector<std::string> keys;
            for (const TemplateInfo& t : templateList()) keys.push_back(t.key);
            o.templateKey = choice("template", v["template"], keys);
        }
        if (v.count("graph")) {
            o.graphFile = v["graph"];
            if (o.graphFile.empty()) fail("--graph needs a file name");
            for (const char* n : {"experts", "expert-units", "tower-units", "bottom-units",
                                  "ple-specific", "ple-shared", "ple-levels", "top-k", "dselect-k",
                                  "gamma", "static-gates", "encoding", "embedding-dim"})
                if (has(n))
                    fail(std::string("--") + n +
                         " shapes a template; it does not apply "
                         "with --graph");
        }
        TemplateOptions& m = o.model;
        if (v.count("experts"))
            m.experts = static_cast<int>(integer("experts", v["experts"], 1, 1024));
        if (v.count("expert-units")) m.expertUnits = intList("expert-units", v["expert-units"]);
        if (v.count("tower-units")) m.towerUnits = intList("tower-units", v["tower-units"]);
        if (v.count("bottom-units")) m.bottomUnits = intList("bottom-units", v["bottom-units"]);
        if (v.count("ple-specific"))
            m.pleSpecific = static_cast<int>(integer("ple-specific", v["ple-specific"], 1, 1024));
        if (v.count("ple-shared"))
            m.pleShared = static_cast<int>(integer("ple-shared", v["ple-shared"], 1, 1024));
        if (v.count("ple-levels"))
            m.pleLevels = static_cast<int>(integer("ple-levels", v["ple-levels"], 1, 64));
        if (v.count("top-k"))
            m.topK = static_cast<int>(integer("top-k", v["top-k"], 1, m.experts));
        else if (m.topK > m.experts && o.templateKey == "mmoe_topk")
            fail("--experts " + std::to_string(m.experts) + " is fewer than the default --top-k " +
                 std::to_string(m.topK) + ": give --top-k too");
        if (v.count("dselect-k"))
            m.dselectK = static_cast<int>(integer("dselect-k", v["dselect-k"], 1, m.experts));
        else if (m.dselectK > m.experts && o.templateKey == "mmoe_dselect")
            fail("--experts " + std::to_string(m.experts) +
                 " is fewer than the default --dselect-k " + std::to_string(m.dselectK) +
                 ": give --dselect-k too");
        if (v.count("gamma")) m.dselectGamma = real("gamma", v["gamma"], 0, 100, true);
        m.dselectPerExample = !has("static-gates");
        if (v.count("encoding"))
            m.encoding = choice("encoding", v["encoding"], {"onehot", "embedding"});
        if (v.count("embedding-dim"))
            m.embeddingDim =
                static_cast<int>(integer("embedding-dim", v["embedding-dim"], 1, 4096));

        // ---------------------------------------------------------------------------- training
        TrainConfig& c = o.train;
        if (v.count("epochs"))
            c.epochs = static_cast<int>(integer("epochs", v["epochs"], 1, 1000000));
        if (v.count("batch"))
            c.batchSize = static_cast<int>(integer("batch", v["batch"], 1, 1000000));
        if (v.count("lr")) c.optimizer.lr = real("lr", v["lr"], 0, 1e6, true);
        if (v.count("optimizer")) {
            choice("optimizer", v["optimizer"], {"adam", "sgd", "adagrad"});
            optimizerFromString(v["optimizer"], c.optimizer.kind);
        }
        c.optimizer.momentum = 0.9;
        if (v.count("momentum"))
            c.optimizer.momentum = real("momentum", v["momentum"], 0, 1, false, true);
        c.optimizer.weightDecay = 0.0;
        if (v.count("weight-decay"))
            c.optimizer.weightDecay = real("weight-decay", v["weight-decay"], 0, 1e3);
        if (v.count("seed")) c.seed = seedValue("seed", v["seed"]);
        if (v.count("early-stop")) {
            c.earlyStopTask = v["early-stop"];
            if (c.earlyStopTask.empty()) fail("--early-stop needs a task name");
        }
        c.patience = 3;
        if (v.count("patience")) {
            if (!v.count("early-stop")) fail("--patience applies with --early-stop TASK");
            c.patience = static_cast<int>(integer("patience", v["patience"], 1, 1000000));
        }
        c.restoreBest = !has("no-restore-best");
        if (vm.count("loss-weight")) {
            for (const std::string& lw : vm["loss-weight"].as<std::vector<std::string>>()) {
                const size_t eq = lw.find('=');
                if (eq == std::string::npos || eq == 0)
                    fail("--loss-weight expects TASK=W, got '" + lw + "'");
                const std::string task = lw.substr(0, eq);
                const double w = real("loss-weight " + task, lw.substr(eq + 1), 0, 1e6);
                for (const auto& p : c.lossWeights)
                    if (p.first == task) fail("--loss-weight gives task '" + task + "' twice");
                c.lossWeights.emplace_back(task, w);
            }
        }
        WeightingConfig& w = c.weighting;
        if (v.count("weighting"))
            weightingFromString(choice("weighting", v["weighting"], weightingNames()), w.method);
        const auto only = [&](const char* name, WeightingMethod m) {
            if (has(name) && w.method != m)
                fail(std::string("--") + name + " applies with --weighting " + weightingName(m));
        };
        only("gradnorm-alpha", WeightingMethod::GradNorm);
        only("gradnorm-lr", WeightingMethod::GradNorm);
        only("dwa-temperature", WeightingMethod::DWA);
        only("ple-gamma", WeightingMethod::PLE);
        only("ple-w0", WeightingMethod::PLE);
        only("cagrad-c", WeightingMethod::CAGrad);
        only("weighting-seed", WeightingMethod::PCGrad);
        if (v.count("gradnorm-alpha"))
            w.gradnormAlpha = real("gradnorm-alpha", v["gradnorm-alpha"], 0, 10);
        if (v.count("gradnorm-lr"))
            w.gradnormLr = real("gradnorm-lr", v["gradnorm-lr"], 0, 10, true);
        if (v.count("dwa-temperature"))
            w.dwaT = real("dwa-temperature", v["dwa-temperature"], 0, 1e6, true);
        if (v.count("cagrad-c")) w.cagradC = real("cagrad-c", v["cagrad-c"], 0, 100);
        const auto reals = [&](const char* name, double hi) {
            std::vector<double> r;
            const std::string& text = v[name];
            size_t at = 0;
            while (true) {
                const size_t comma = text.find(',', at);
                r.push_back(real(name, text.substr(at, comma - at), 0, hi));
                if (comma == std::string::npos) break;
                at = comma + 1;
            }
            return r;
        };
        if (v.count("ple-gamma")) w.pleGamma = reals("ple-gamma", 10);
        if (v.count("ple-w0")) w.pleW0 = reals("ple-w0", 1e6);
        if (v.count("weighting-seed")) {
            w.seed = seedValue("weighting-seed", v["weighting-seed"]);
            if (w.seed == 0) fail("--weighting-seed must be at least 1 (0 means: from --seed)");
        }
        if (v.count("conflict-every"))
            w.conflictEvery =
                static_cast<int>(integer("conflict-every", v["conflict-every"], 0, 1000000));
        if (v.count("save")) {
            o.savePath = v["save"];
            if (o.savePath.empty()) fail("--save needs a file name");
        }
        // The tasks known from the data settings alone (all but a CSV file's detected columns).
        const std::vector<TaskInfo> tasks = expectedTasks(o.data);
        if (!c.earlyStopTask.empty() && !tasks.empty()) {
            std::vector<std::string> names;
            for (const TaskInfo& t : tasks) names.push_back(t.name);
            checkTasks(o, names, {});
        }
    }

    // ------------------------------------------------------------------------------ eval, bench
    if (o.command == "eval") {
        if (!v.count("model") || v["model"].empty()) fail("eval needs --model FILE");
        o.modelFile = v["model"];
    }
    if (o.command == "inspect") {
        if (!v.count("model") || v["model"].empty()) fail("inspect needs --model FILE");
        if (!v.count("slice") || v["slice"].empty()) fail("inspect needs --slice COLUMN");
        o.modelFile = v["model"];
        o.sliceColumn = v["slice"];
        if (v.count("bins")) o.sliceBins = static_cast<int>(integer("bins", v["bins"], 1, 100));
        if (v.count("example"))
            o.inspectExample = static_cast<int>(integer("example", v["example"], 0, 2000000000));
        if (v.count("sensitivity-rows"))
            o.sensitivityRows =
                static_cast<int>(integer("sensitivity-rows", v["sensitivity-rows"], 0, 1000000));
    }
    if (o.command == "export") {
        if (!v.count("model") || v["model"].empty()) fail("export needs --model FILE");
        o.modelFile = v["model"];
        if (!v.count("to"))
            fail(
                "export needs --to pytorch DIR or --to onnx FILE (the format, then the "
                "destination)");
        o.exportFormat = choice("to", v["to"], {"pytorch", "onnx"});
        if (o.exportDir.empty())
            fail(o.exportFormat == "onnx"
                     ? std::string("export needs the destination file after --to onnx: export "
                                   "--model M.mtl --to onnx FILE")
                     : std::string("export needs the destination folder after --to pytorch: "
                                   "export --model M.mtl --to pytorch DIR"));
        o.force = has("force");
        for (const std::string& name : o.given) {
            const Spec* s = findSpec(name);
            if (s && std::string(s->group).rfind("data", 0) == 0) o.exportData = true;
        }
    }
    if (o.command == "bench") {
        o.benchModels = expandList("model", v.count("model") ? v["model"] : "all",
                                   benchModelNames(), {{"cgc", "ple1"}, {"sb", "shared_bottom"}});
        o.benchConfigs =
            expandList("config", v.count("config") ? v["config"] : "all", benchConfigNames(), {});
        if (v.count("batch"))
            o.benchBatch = static_cast<int>(integer("batch", v["batch"], 1, 1000000));
        if (v.count("steps"))
            o.benchSteps = static_cast<int>(integer("steps", v["steps"], 1, 1000000));
        if (v.count("repeats"))
            o.benchRepeats = static_cast<int>(integer("repeats", v["repeats"], 1, 1000));
        if (v.count("warmup"))
            o.benchWarmup = static_cast<int>(integer("warmup", v["warmup"], 0, 1000000));
        if (v.count("weightings")) {
            o.benchWeightings = expandList("weightings", v["weightings"], weightingNames(), {});
            if (has("sweep-runs")) fail("--weightings does not apply with --sweep-runs");
        }
        if (v.count("sweep-runs")) {
            o.benchSweepRuns = static_cast<int>(integer("sweep-runs", v["sweep-runs"], 1, 100000));
            for (const char* n : {"model", "config", "steps", "batch", "warmup"})
                if (has(n)) fail(std::string("--") + n + " does not apply with --sweep-runs");
        }
    }
    return o;
}

void checkTasks(const CliOptions& o, const std::vector<std::string>& labelledTasks,
                const std::vector<std::string>& headTasks) {
    const auto list = [](const std::vector<std::string>& v) {
        std::string s;
        for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
        return s.empty() ? std::string("none") : s;
    };
    const std::string& es = o.train.earlyStopTask;
    if (!es.empty() &&
        std::find(labelledTasks.begin(), labelledTasks.end(), es) == labelledTasks.end())
        fail("--early-stop: the data has no task '" + es + "' (its tasks: " + list(labelledTasks) +
             ")");
    const WeightingConfig& w = o.train.weighting;
    for (const auto& [list, name] : {std::pair{&w.pleGamma, "ple-gamma"}, {&w.pleW0, "ple-w0"}})
        if (list->size() > 1 && !labelledTasks.empty() && list->size() != labelledTasks.size())
            fail(std::string("--") + name + ": " + std::to_string(list->size()) +
                 " values for the data's " + std::to_string(labelledTasks.size()) + " tasks (" +
                 [&] {
                     std::string s;
                     for (const std::string& x : labelledTasks) s += (s.empty() ? "" : ", ") + x;
                     return s;
                 }() +
                 "), one per task in this order or one for all");
    if (headTasks.empty()) return;
    for (const auto& lw : o.train.lossWeights)
        if (std::find(headTasks.begin(), headTasks.end(), lw.first) == headTasks.end())
            fail("--loss-weight: the model has no task '" + lw.first +
                 "' (its task heads: " + list(headTasks) + ")");
}

}  // namespace mtl::cli
