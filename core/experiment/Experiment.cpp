#include "experiment/Experiment.h"

#include <algorithm>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include "graph/Param.h"
#include "io/Archive.h"
#include "nn/Model.h"
#include "train/Adapt.h"
#include "train/Run.h"

namespace mtl::exp {

namespace {

[[noreturn]] void fail(const std::string& m) { throw SpecError(m); }

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

// Splits at commas outside parentheses; items trimmed. An empty item is refused.
std::vector<std::string> splitList(const std::string& name, const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    int depth = 0;
    for (char ch : text) {
        if (ch == '(') ++depth;
        if (ch == ')') --depth;
        if (depth < 0) fail(name + ": unbalanced ')' in '" + text + "'");
        if (ch == ',' && depth == 0) {
            out.push_back(trim(cur));
            cur.clear();
        } else {
            cur += ch;
        }
    }
    if (depth != 0) fail(name + ": unbalanced '(' in '" + text + "'");
    out.push_back(trim(cur));
    for (const std::string& s : out)
        if (s.empty()) fail(name + ": an empty value in the list '" + text + "'");
    return out;
}

std::string numText(double x) {
    char buf[40];
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*g", prec, x);
        if (std::strtod(buf, nullptr) == x) break;
    }
    return buf;
}

double realValue(const std::string& name, const std::string& text, double lo, double hi,
                 bool loOpen = false) {
    double x = 0;
    const char* b = text.data();
    const char* e = b + text.size();
    if (!text.empty() && *b == '+') ++b;
    auto r = std::from_chars(b, e, x);
    if (text.empty() || r.ec == std::errc::invalid_argument || r.ptr != e)
        fail(name + ": expects a number, got '" + text + "'");
    if (r.ec == std::errc::result_out_of_range || !std::isfinite(x))
        fail(name + ": must be a finite number, got '" + text + "'");
    if ((loOpen ? !(x > lo) : !(x >= lo)) || !(x <= hi))
        fail(name + ": must be " + (loOpen ? "greater than " : "at least ") + numText(lo) +
             " and at most " + numText(hi) + ", got " + text);
    return x;
}

long long intValue(const std::string& name, const std::string& text, long long lo, long long hi) {
    long long v = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || r.ptr != text.data() + text.size() || r.ec == std::errc::invalid_argument) {
        double x = 0;
        auto rd = std::from_chars(text.data(), text.data() + text.size(), x);
        if (text.empty() || rd.ec != std::errc() || rd.ptr != text.data() + text.size() ||
            !std::isfinite(x) || x != std::floor(x))
            fail(name + ": expects a whole number, got '" + text + "'");
        if (x < static_cast<double>(lo) || x > static_cast<double>(hi))
            fail(name + ": must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
                 ", got " + text);
        v = static_cast<long long>(x);
    } else if (r.ec == std::errc::result_out_of_range || v < lo || v > hi) {
        fail(name + ": must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
             ", got " + text);
    }
    return v;
}

unsigned long long seedValue(const std::string& name, const std::string& text) {
    unsigned long long v = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size())
        fail(name + ": expects a whole number from 0 to 18446744073709551615, got '" + text + "'");
    return v;
}

std::vector<int> unitsValue(const std::string& name, const std::string& text) {
    std::vector<int> v;
    if (!parseIntList(text, v) || v.empty())
        fail(name + ": expects a list of whole numbers like 64,32, got '" + text + "'");
    for (int x : v)
        if (x < 1 || x > 65536)
            fail(name + ": each layer needs 1 to 65536 units, got " + std::to_string(x));
    return v;
}

bool boolValue(const std::string& name, const std::string& text) {
    if (text == "true" || text == "1" || text == "yes") return true;
    if (text == "false" || text == "0" || text == "no") return false;
    fail(name + ": expects true or false, got '" + text + "'");
}

// Template options shared by the global entries and the per-architecture "(...)" overrides.
// Returns false when `name` is not a template option.
bool templateOption(TemplateOptions& m, const std::string& name, const std::string& value,
                    const std::string& where) {
    const std::string n = where + name;
    if (name == "experts")
        m.experts = static_cast<int>(intValue(n, value, 1, 1024));
    else if (name == "expert-units")
        m.expertUnits = unitsValue(n, value);
    else if (name == "tower-units")
        m.towerUnits = unitsValue(n, value);
    else if (name == "bottom-units")
        m.bottomUnits = unitsValue(n, value);
    else if (name == "ple-specific")
        m.pleSpecific = static_cast<int>(intValue(n, value, 1, 1024));
    else if (name == "ple-shared")
        m.pleShared = static_cast<int>(intValue(n, value, 1, 1024));
    else if (name == "ple-levels")
        m.pleLevels = static_cast<int>(intValue(n, value, 1, 64));
    else if (name == "top-k")
        m.topK = static_cast<int>(intValue(n, value, 1, 1024));
    else if (name == "dselect-k")
        m.dselectK = static_cast<int>(intValue(n, value, 1, 1024));
    else if (name == "l2-alpha")
        m.l2Alpha = realValue(n, value, 0, 1e6);
    else if (name == "cross-stitch-self")
        m.crossStitchSelf = realValue(n, value, 0, 1);
    else
        return false;
    return true;
}

const std::vector<std::string>& templateOptionNames() {
    static const std::vector<std::string> n = {
        "experts",      "expert-units", "tower-units",      "bottom-units",
        "ple-specific", "ple-shared",   "ple-levels",       "top-k",
        "dselect-k",    "l2-alpha",     "cross-stitch-self"};
    return n;
}

std::string joinNames(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
}

void checkTemplateOptions(const TemplateOptions& m, const std::string& key,
                          const std::string& where) {
    if (key == "mmoe_topk" && m.topK > m.experts)
        fail(where + "top-k " + std::to_string(m.topK) + " exceeds experts " +
             std::to_string(m.experts));
    if (key == "mmoe_dselect" && m.dselectK > m.experts)
        fail(where + "dselect-k " + std::to_string(m.dselectK) + " exceeds experts " +
             std::to_string(m.experts));
}

ArchSpec parseArch(const std::string& item, const TemplateOptions& global) {
    ArchSpec a;
    a.label = item;
    a.options = global;
    if (item.rfind("graph:", 0) == 0) {
        a.graphFile = item.substr(6);
        if (a.graphFile.empty()) fail("arch: 'graph:' needs a file name");
        try {
            try {
                a.fileGraph = loadModelFile(a.graphFile).graph;
            } catch (const ArchiveError& e) {
                if (e.reason != ArchiveError::Reason::WrongKind) throw;
                a.fileGraph = loadGraphFile(a.graphFile);
            }
        } catch (const std::exception& e) {
            fail("arch '" + item + "': " + e.what());
        }
        return a;
    }
    std::string key = item, opts;
    const size_t paren = item.find('(');
    if (paren != std::string::npos) {
        if (item.back() != ')') fail("arch '" + item + "': expected 'name(option=value;...)'");
        key = trim(item.substr(0, paren));
        opts = item.substr(paren + 1, item.size() - paren - 2);
    }
    std::vector<std::string> keys;
    for (const TemplateInfo& t : templateList()) keys.push_back(t.key);
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
        fail("arch: unknown template '" + key + "' (templates: " + joinNames(keys) +
             "; or graph:FILE)");
    a.templateKey = key;
    std::stringstream ss(opts);
    std::string kv;
    while (std::getline(ss, kv, ';')) {
        kv = trim(kv);
        if (kv.empty()) continue;
        const size_t eq = kv.find('=');
        if (eq == std::string::npos)
            fail("arch '" + item + "': expected option=value, got '" + kv + "'");
        const std::string n = trim(kv.substr(0, eq)), v = trim(kv.substr(eq + 1));
        if (!templateOption(a.options, n, v, "arch '" + item + "': "))
            fail("arch '" + item + "': unknown template option '" + n + "' (" +
                 joinNames(templateOptionNames()) + ")");
    }
    checkTemplateOptions(a.options, key, "arch '" + item + "': ");
    return a;
}

}  // namespace

std::string jsonNumber(double x) {
    if (!std::isfinite(x)) return "null";
    return numText(x);
}

std::string jsonEscape(const std::string& s) {
    std::string o;
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            o += '\\';
            o += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            o += buf;
        } else {
            o += static_cast<char>(c);
        }
    }
    return o;
}

const std::vector<std::pair<std::string, std::string>>& specEntryHelp() {
    static const std::vector<std::pair<std::string, std::string>> h = {
        {"arch",
         "architectures: template keys (templates command), each optionally with options "
         "'mmoe(experts=4;expert-units=32)', or graph:FILE (default mmoe)"},
        {"experts", "template option for every architecture, 1 to 1024 (default 8)"},
        {"expert-units", "hidden units of each expert, e.g. 16 (default 16)"},
        {"tower-units", "hidden units of each task tower (default 8)"},
        {"bottom-units", "Shared-Bottom / single-task / soft-sharing units (default 113)"},
        {"ple-specific", "CGC/PLE task-specific experts, 1 to 1024 (default 2)"},
        {"ple-shared", "CGC/PLE shared experts, 1 to 1024 (default 4)"},
        {"ple-levels", "PLE levels, 1 to 64 (default 2)"},
        {"top-k", "Top-k gates' k (default 2)"},
        {"dselect-k", "DSelect-k gates' k (default 2)"},
        {"l2-alpha", "L2-constrained penalty, 0 to 1e6 (default 1e-3)"},
        {"cross-stitch-self", "cross-stitch initial self weight, 0 to 1 (default 0.9)"},
        {"data", "synthetic | census | csv (default synthetic)"},
        {"p", "synthetic: task correlations, each -1 to 1 (default 0.5)"},
        {"noise", "synthetic: label noise standard deviations, each 0 to 1e6 (default 0.01)"},
        {"n-train", "synthetic: training rows, each 2 to 100000000 (default 10000)"},
        {"n-valid", "synthetic: validation rows, 1 to 100000000 (default 2000)"},
        {"n-test", "synthetic: test rows, 1 to 100000000 (default 2000)"},
        {"d", "synthetic: input dimension, 2 to 100000 (default 100)"},
        {"sinusoids", "synthetic: sinusoids per task, 0 to 10000 (default 10)"},
        {"binary", "synthetic: true for two binary tasks (default false)"},
        {"group", "census: groups, 1 and/or 2 (default 1)"},
        {"census-dir", "census: folder of census-income.data(.gz) and .test(.gz)"},
        {"max-train-rows", "census: first N training rows only, 0 (all) to 100000000"},
        {"csv", "csv: CSV files (each a data setting)"},
        {"columns", "csv: name:role[:kind],... as for train --columns (needed)"},
        {"data-seed",
         "per-run (data seed = run seed) or a fixed seed (default: per-run for synthetic, 1 "
         "otherwise)"},
        {"optimizer", "adam | sgd | adagrad, a list (default adam)"},
        {"lr", "learning rates, each greater than 0 and at most 1e6 (default 1e-3)"},
        {"batch", "batch sizes, each 1 to 1000000 (default 256)"},
        {"epochs", "epochs, each 1 to 1000000 (default 10)"},
        {"loss-weights",
         "loss-weight sets, per task in the data's order, e.g. 1:0.5,1:1 (default: the "
         "graph's)"},
        {"weighting",
         "loss weighting methods, ew | uw | gradnorm | dwa | ple | pcgrad | mgda | cagrad | "
         "mgda-ub, a list (default ew; the single-task architecture runs ew only)"},
        {"gradnorm-alpha", "GradNorm's alpha, 0 to 10 (default 1.5)"},
        {"dwa-temperature", "DWA's temperature, greater than 0 and at most 1e6 (default 2)"},
        {"cagrad-c", "CAGrad's c, 0 to 100 (default 0.5)"},
        {"conflict-every",
         "measure task conflict every N steps, 0 (never) to 1000000 (default 0; gradnorm, "
         "pcgrad, mgda, cagrad, mgda-ub: every step)"},
        {"seeds", "runs per cell, seeds first-seed .. first-seed+N-1, 1 to 100000 (default 1)"},
        {"first-seed", "the first seed, 0 to 2^64-1 (default 1)"},
        {"restore-best",
         "keep the weights of the best validation epoch, true|false (default true)"},
    };
    return h;
}

size_t Experiment::weightingsFor(size_t arch) const {
    return weightingAxis && archs[arch].singleTask() ? 1 : weightings.size();
}

namespace {

// Cells of one (data setting, seed): per architecture its hyper-parameter settings times the
// weighting methods it runs.
size_t seedBlock(const Experiment& e) {
    const size_t hyper = e.optimizers.size() * e.lrs.size() * e.batches.size() * e.epochs.size() *
                         e.lossWeights.size();
    size_t n = 0;
    for (size_t a = 0; a < e.archs.size(); ++a) n += hyper * e.weightingsFor(a);
    return n;
}

}  // namespace

size_t Experiment::cellCount() const { return data.size() * seeds.size() * seedBlock(*this); }

Experiment parseExperiment(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::map<std::string, std::string> v;
    for (const auto& [rawName, rawValue] : entries) {
        const std::string name = trim(rawName), value = trim(rawValue);
        const auto& help = specEntryHelp();
        if (std::none_of(help.begin(), help.end(), [&](const auto& h) { return h.first == name; }))
            fail("unknown entry '" + name + "'");
        if (v.count(name)) fail("'" + name + "' is given twice");
        if (value.empty()) fail(name + ": needs a value");
        v[name] = value;
    }
    Experiment e;
    {
        std::string c;
        for (const auto& [n, val] : v) c += n + "=" + val + ";";
        e.canonical = c;
    }
    const auto has = [&](const char* n) { return v.count(n) > 0; };
    const std::string kind = has("data") ? v["data"] : "synthetic";
    if (kind != "synthetic" && kind != "census" && kind != "csv")
        fail("data: must be one of synthetic, census, csv, got '" + kind + "'");
    const std::map<std::string, std::string> dataOf = {
        {"p", "synthetic"},         {"noise", "synthetic"},       {"n-train", "synthetic"},
        {"n-valid", "synthetic"},   {"n-test", "synthetic"},      {"d", "synthetic"},
        {"sinusoids", "synthetic"}, {"binary", "synthetic"},      {"group", "census"},
        {"census-dir", "census"},   {"max-train-rows", "census"}, {"csv", "csv"},
        {"columns", "csv"}};
    for (const auto& [n, k] : dataOf)
        if (has(n.c_str()) && k != kind)
            fail(n + ": applies to data " + k + ", not to data " + kind);

    // Template options for every architecture, then the architectures.
    TemplateOptions global;
    for (const std::string& n : templateOptionNames())
        if (has(n.c_str())) templateOption(global, n, v[n], "");
    for (const std::string& item : splitList("arch", has("arch") ? v["arch"] : "mmoe")) {
        for (const ArchSpec& a : e.archs)
            if (a.label == item) fail("arch: '" + item + "' is listed twice");
        e.archs.push_back(parseArch(item, global));
    }

    // Data settings.
    if (kind == "synthetic") {
        SyntheticConfig base;
        if (has("d")) base.d = static_cast<int>(intValue("d", v["d"], 2, 100000));
        if (has("n-valid"))
            base.nValid = static_cast<int>(intValue("n-valid", v["n-valid"], 1, 100000000));
        if (has("n-test"))
            base.nTest = static_cast<int>(intValue("n-test", v["n-test"], 1, 100000000));
        if (has("sinusoids"))
            base.m = static_cast<int>(intValue("sinusoids", v["sinusoids"], 0, 10000));
        if (has("binary")) base.binary = boolValue("binary", v["binary"]);
        std::vector<double> ps, noises;
        std::vector<int> ns;
        for (const std::string& s : splitList("p", has("p") ? v["p"] : "0.5"))
            ps.push_back(realValue("p", s, -1, 1));
        for (const std::string& s : splitList("noise", has("noise") ? v["noise"] : "0.01"))
            noises.push_back(realValue("noise", s, 0, 1e6));
        for (const std::string& s : splitList("n-train", has("n-train") ? v["n-train"] : "10000"))
            ns.push_back(static_cast<int>(intValue("n-train", s, 2, 100000000)));
        for (double p : ps)
            for (double noise : noises)
                for (int n : ns) {
                    DataSetting d;
                    d.spec.kind = DataSpec::Kind::Synthetic;
                    d.spec.synthetic = base;
                    d.spec.synthetic.p = p;
                    d.spec.synthetic.noiseStd = noise;
                    d.spec.synthetic.nTrain = n;
                    d.label =
                        "p=" + numText(p) + " noise=" + numText(noise) + " n=" + std::to_string(n);
                    e.data.push_back(d);
                }
    } else if (kind == "census") {
        CensusConfig base;
        if (has("census-dir")) base.dir = v["census-dir"];
        if (has("max-train-rows"))
            base.maxTrainRows =
                static_cast<int>(intValue("max-train-rows", v["max-train-rows"], 0, 100000000));
        for (const std::string& s : splitList("group", has("group") ? v["group"] : "1")) {
            DataSetting d;
            d.spec.kind = DataSpec::Kind::Census;
            d.spec.census = base;
            d.spec.census.group = static_cast<int>(intValue("group", s, 1, 2));
            d.label = "census group=" + std::to_string(d.spec.census.group);
            e.data.push_back(d);
        }
    } else {
        if (!has("csv")) fail("data csv needs csv = FILE[,FILE...]");
        if (!has("columns")) fail("data csv needs columns = name:role[:kind],...");
        std::vector<CsvColumn> cols;
        for (const std::string& item : splitList("columns", v["columns"])) {
            CsvColumn c;
            try {
                c = parseCsvColumn(item);
            } catch (const DataError& e) {
                fail(std::string("columns: ") + e.what());
            }
            cols.push_back(c);
        }
        for (const std::string& path : splitList("csv", v["csv"])) {
            DataSetting d;
            d.spec.kind = DataSpec::Kind::Csv;
            d.spec.csvPath = path;
            d.spec.csv.columns = cols;
            d.label = "csv=" + path;
            e.data.push_back(d);
        }
    }

    if (has("data-seed")) {
        if (v["data-seed"] == "per-run") {
            e.dataSeedPerRun = true;
        } else {
            e.dataSeedPerRun = false;
            e.fixedDataSeed = seedValue("data-seed", v["data-seed"]);
        }
    } else {
        e.dataSeedPerRun = kind == "synthetic";
    }

    // Hyper-parameters.
    if (has("optimizer")) {
        e.optimizers.clear();
        for (const std::string& s : splitList("optimizer", v["optimizer"])) {
            OptimizerKind k;
            if (!optimizerFromString(s, k) || (s != "adam" && s != "sgd" && s != "adagrad"))
                fail("optimizer: must be one of adam, sgd, adagrad, got '" + s + "'");
            e.optimizers.push_back(k);
        }
    }
    if (has("lr")) {
        e.lrs.clear();
        for (const std::string& s : splitList("lr", v["lr"]))
            e.lrs.push_back(realValue("lr", s, 0, 1e6, true));
    }
    if (has("batch")) {
        e.batches.clear();
        for (const std::string& s : splitList("batch", v["batch"]))
            e.batches.push_back(static_cast<int>(intValue("batch", s, 1, 1000000)));
    }
    if (has("epochs")) {
        e.epochs.clear();
        for (const std::string& s : splitList("epochs", v["epochs"]))
            e.epochs.push_back(static_cast<int>(intValue("epochs", s, 1, 1000000)));
    }
    if (has("loss-weights")) {
        e.lossWeights.clear();
        for (const std::string& s : splitList("loss-weights", v["loss-weights"])) {
            std::vector<double> w;
            std::stringstream is(s);
            for (std::string x; std::getline(is, x, ':');)
                w.push_back(realValue("loss-weights", trim(x), 0, 1e6));
            e.lossWeights.push_back(w);
        }
    }
    if (has("weighting")) {
        e.weightingAxis = true;
        e.weightings.clear();
        for (const std::string& s : splitList("weighting", v["weighting"])) {
            WeightingMethod m;
            if (!weightingFromString(s, m)) {
                std::string list;
                for (const std::string& n : weightingNames())
                    list += (list.empty() ? "" : ", ") + n;
                fail("weighting: must be one of " + list + ", got '" + s + "'");
            }
            if (std::find(e.weightings.begin(), e.weightings.end(), m) != e.weightings.end())
                fail("weighting: '" + s + "' is listed twice");
            e.weightings.push_back(m);
        }
    }
    WeightingConfig& wc = e.base.weighting;
    if (has("gradnorm-alpha"))
        wc.gradnormAlpha = realValue("gradnorm-alpha", v["gradnorm-alpha"], 0, 10);
    if (has("dwa-temperature"))
        wc.dwaT = realValue("dwa-temperature", v["dwa-temperature"], 0, 1e6, true);
    if (has("cagrad-c")) wc.cagradC = realValue("cagrad-c", v["cagrad-c"], 0, 100);
    if (has("conflict-every"))
        wc.conflictEvery =
            static_cast<int>(intValue("conflict-every", v["conflict-every"], 0, 1000000));
    const int nSeeds =
        has("seeds") ? static_cast<int>(intValue("seeds", v["seeds"], 1, 100000)) : 1;
    const unsigned long long first =
        has("first-seed") ? seedValue("first-seed", v["first-seed"]) : 1;
    if (first > std::numeric_limits<unsigned long long>::max() - static_cast<unsigned>(nSeeds))
        fail("first-seed: too large for " + std::to_string(nSeeds) + " seeds");
    e.seeds.clear();
    for (int i = 0; i < nSeeds; ++i) e.seeds.push_back(first + static_cast<unsigned>(i));
    if (has("restore-best")) e.base.restoreBest = boolValue("restore-best", v["restore-best"]);
    e.base.batchSnapshotEvery = 1 << 30;  // no batch snapshots are kept
    for (const auto& list : {e.lrs.size(), e.batches.size(), e.epochs.size()})
        if (list == 0) fail("the grid is empty");
    if (e.cellCount() == 0) fail("the grid is empty");
    if (e.cellCount() > 10000000) fail("the grid has more than 10,000,000 cells");
    return e;
}

std::vector<std::pair<std::string, std::string>> readSpecFile(const std::string& path) {
    std::ifstream in(path);
    if (!in) fail(path + ": cannot open the spec file");
    std::vector<std::pair<std::string, std::string>> out;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        const size_t hash = line.find('#');
        if (hash != std::string::npos) line.resize(hash);
        line = trim(line);
        if (line.empty()) continue;
        const size_t eq = line.find('=');
        if (eq == std::string::npos || trim(line.substr(0, eq)).empty())
            fail(path + ":" + std::to_string(n) + ": expected 'name = value', got '" + line + "'");
        out.emplace_back(trim(line.substr(0, eq)), trim(line.substr(eq + 1)));
    }
    return out;
}

Cell cellAt(const Experiment& e, size_t index) {
    Cell c;
    c.index = index;
    size_t r = index;
    const auto take = [&r](size_t n) {
        const size_t v = r % n;
        r /= n;
        return v;
    };
    // Outermost: data setting and seed, then the architecture's run of cells within the seed's
    // block; within it, innermost first (an axis of one value leaves the others' indices as they
    // were). With the same weighting count for every architecture this is the mixed-radix number
    // data, seed, arch, optimizer, lr, batch, epochs, loss weights, weighting.
    const size_t block = seedBlock(e);
    c.data = index / (e.seeds.size() * block);
    r = index % (e.seeds.size() * block);
    c.seed = r / block;
    r %= block;
    const size_t hyperCount = e.optimizers.size() * e.lrs.size() * e.batches.size() *
                              e.epochs.size() * e.lossWeights.size();
    for (c.arch = 0; c.arch + 1 < e.archs.size(); ++c.arch) {
        const size_t n = hyperCount * e.weightingsFor(c.arch);
        if (r < n) break;
        r -= n;
    }
    const size_t nw = e.weightingsFor(c.arch);
    c.weighting = take(nw);
    c.method = e.weightingAxis && e.archs[c.arch].singleTask() ? WeightingMethod::EW
                                                               : e.weightings[c.weighting];
    c.lw = take(e.lossWeights.size());
    c.epochs = take(e.epochs.size());
    c.batch = take(e.batches.size());
    c.lr = take(e.lrs.size());
    c.optimizer = take(e.optimizers.size());
    c.runSeed = e.seeds[c.seed];
    c.dataSeed = e.dataSeedPerRun ? c.runSeed : e.fixedDataSeed;
    std::string lw;
    for (double w : e.lossWeights[c.lw]) lw += (lw.empty() ? "" : ":") + numText(w);
    const std::string hyper =
        "|arch=" + e.archs[c.arch].label + "|opt=" + optimizerName(e.optimizers[c.optimizer]) +
        "|lr=" + numText(e.lrs[c.lr]) + "|batch=" + std::to_string(e.batches[c.batch]) +
        "|epochs=" + std::to_string(e.epochs[c.epochs]) + "|lw=" + lw +
        (e.weightingAxis ? std::string("|weighting=") + weightingName(c.method) : std::string());
    c.group = "data=" + e.data[c.data].label + hyper;
    c.key = "data=" + e.data[c.data].label + "|seed=" + std::to_string(c.runSeed) + hyper;
    return c;
}

DataSpec cellData(const Experiment& e, const Cell& c) {
    DataSpec s = e.data[c.data].spec;
    s.synthetic.seed = c.dataSeed;
    s.census.seed = c.dataSeed;
    s.csv.seed = c.dataSeed;
    s.funnel.seed = c.dataSeed;
    return s;
}

std::string dataKey(const Experiment& e, const Cell& c) {
    return e.data[c.data].label + "|data-seed=" + std::to_string(c.dataSeed);
}

TrainConfig cellConfig(const Experiment& e, const Cell& c) {
    TrainConfig t = e.base;
    t.optimizer.kind = e.optimizers[c.optimizer];
    t.optimizer.lr = e.lrs[c.lr];
    t.batchSize = e.batches[c.batch];
    t.epochs = e.epochs[c.epochs];
    t.seed = c.runSeed;
    t.weighting.method = c.method;
    const std::vector<TaskInfo> tasks = expectedTasks(e.data[c.data].spec);
    const std::vector<double>& w = e.lossWeights[c.lw];
    for (size_t i = 0; i < w.size() && i < tasks.size(); ++i)
        t.lossWeights.emplace_back(tasks[i].name, w[i]);
    return t;
}

Graph buildGraph(const ArchSpec& arch, const DataSchema& schema) {
    if (arch.templateKey.empty()) {
        const GraphAdaptation heads = adaptTaskHeads(arch.fileGraph, schema.tasks);
        if (heads.status == GraphAdaptation::Status::Mismatch)
            fail("arch '" + arch.label + "': " + heads.describe());
        return fitInputs(heads.graph, schema).graph;
    }
    TemplateOptions o = arch.options;
    o.schema = templateSchema(arch.templateKey, schema);
    try {
        return makeTemplate(arch.templateKey, o);
    } catch (const std::invalid_argument& ex) {
        fail("arch '" + arch.label + "': " + ex.what());
    }
}

std::map<std::string, std::shared_ptr<const DataSplits>> prepareExperiment(const Experiment& e) {
    std::map<std::string, std::shared_ptr<const DataSplits>> loaded;
    for (size_t d = 0; d < e.data.size(); ++d) {
        Cell c = cellAt(e, d * (e.cellCount() / e.data.size()));  // first cell of the setting
        const DataSpec spec = cellData(e, c);
        DataSchema schema;
        if (auto s = schemaWithoutLoading(spec)) {
            schema = *s;
        } else {
            try {
                auto data = std::make_shared<const DataSplits>(loadData(spec));
                schema = data->train.schema;
                loaded[dataKey(e, c)] = data;
            } catch (const std::exception& ex) {
                fail("data '" + e.data[d].label + "': " + ex.what());
            }
        }
        for (const std::vector<double>& w : e.lossWeights)
            if (!w.empty() && w.size() != schema.tasks.size()) {
                std::string names;
                for (const TaskInfo& t : schema.tasks)
                    names += (names.empty() ? "" : ", ") + t.name;
                fail("loss-weights: a set of " + std::to_string(w.size()) + " weights for data '" +
                     e.data[d].label + "', which has " + std::to_string(schema.tasks.size()) +
                     " tasks (" + names + ")");
            }
        for (const ArchSpec& a : e.archs) {
            Graph g = buildGraph(a, schema);
            try {
                Model::compile(g, schema, 1);
            } catch (const std::exception& ex) {
                fail("arch '" + a.label + "' does not fit data '" + e.data[d].label +
                     "': " + ex.what());
            }
        }
    }
    return loaded;
}

// ------------------------------------------------------------------------------ run summaries

bool RunSummary::higherIsBetter() const {
    if (tasks.empty()) return false;
    return std::all_of(tasks.begin(), tasks.end(), [](const TaskResult& t) { return t.binary; });
}

double RunSummary::testMetric(size_t t) const {
    return tasks[t].binary ? tasks[t].testAuc : tasks[t].testLoss;
}
double RunSummary::validMetric(size_t t) const {
    return tasks[t].binary ? tasks[t].validAuc : tasks[t].validLoss;
}

double RunSummary::validScore() const {
    const bool hi = higherIsBetter();
    double s = 0;
    for (const TaskResult& t : tasks) s += hi ? t.validAuc : t.validLoss;
    return tasks.empty() ? std::numeric_limits<double>::quiet_NaN() : s / tasks.size();
}
double RunSummary::testScore() const {
    const bool hi = higherIsBetter();
    double s = 0;
    for (const TaskResult& t : tasks) s += hi ? t.testAuc : t.testLoss;
    return tasks.empty() ? std::numeric_limits<double>::quiet_NaN() : s / tasks.size();
}

RunSummary runCell(const Experiment& e, const Cell& c, const DataSplits& data,
                   const std::atomic<bool>* stop, RunRecord* whole) {
    RunSummary s;
    s.index = c.index;
    s.key = c.key;
    s.group = c.group;
    s.data = e.data[c.data].label;
    s.arch = e.archs[c.arch].label;
    s.optimizer = optimizerName(e.optimizers[c.optimizer]);
    for (double w : e.lossWeights[c.lw])
        s.lossWeights += (s.lossWeights.empty() ? "" : ":") + numText(w);
    s.weighting = weightingName(c.method);
    s.lr = e.lrs[c.lr];
    s.batch = e.batches[c.batch];
    s.epochsConfigured = e.epochs[c.epochs];
    s.seed = c.runSeed;
    s.dataSeed = c.dataSeed;

    TrainConfig cfg = cellConfig(e, c);
    if (whole) cfg.batchSnapshotEvery = 1;
    const Graph graph = buildGraph(e.archs[c.arch], data.train.schema);
    std::unique_ptr<Model> model = Model::compile(graph, data.train.schema, cfg.seed);
    Trainer trainer(*model, cfg);
    trainer.setStopFlag(stop);
    // A normal run record: in a sweep without batch snapshots and weights, and summarised.
    RunRecord record = beginRun(c.key, *model, cellData(e, c), data, cfg);
    RunRecorder recorder(record);
    if (whole) trainer.addObserver(&recorder);
    const TrainResult res = trainer.train(data.train, data.valid);
    finishRun(record, res, *model, data.test, whole != nullptr);
    const EvalResult valid = evaluate(*model, data.valid, cfg.evalBatch);
    s.ok = res.ok && !res.stopped;
    s.reason = res.stopped ? "stopped" : res.reason;
    s.epochs = res.epochs;
    s.bestEpoch = res.bestEpoch + 1;
    s.seconds = res.seconds;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const TaskInfo& ti : data.train.schema.tasks) {
        TaskResult t;
        t.task = ti.name;
        t.binary = ti.kind == TaskKind::Binary;
        const TaskMetrics* tm = record.test.find(ti.name);
        const TaskMetrics* vm = valid.find(ti.name);
        t.testLoss = tm ? tm->loss : nan;
        t.testAuc = tm && t.binary ? tm->auc : nan;
        t.validLoss = vm ? vm->loss : nan;
        t.validAuc = vm && t.binary ? vm->auc : nan;
        s.tasks.push_back(t);
    }
    for (const GateStats& g : record.test.gates) s.gates.push_back({g.gate, g.mean});
    s.meanCosine = res.meanCosine;
    s.conflictShare = res.conflictShare;
    s.meanJs = record.gateSummary.meanJs;
    s.meanExampleJs = record.gateSummary.meanExampleJs;
    s.normalisedEntropy = record.gateSummary.normalisedEntropy;
    s.deadExperts = static_cast<int>(record.gateSummary.deadExperts.size());
    if (whole) *whole = std::move(record);
    return s;
}

std::string toJson(const RunSummary& r) {
    std::ostringstream os;
    os << "{\"index\":" << r.index << ",\"key\":\"" << jsonEscape(r.key) << "\",\"group\":\""
       << jsonEscape(r.group) << "\",\"data\":\"" << jsonEscape(r.data) << "\",\"arch\":\""
       << jsonEscape(r.arch) << "\",\"optimizer\":\"" << r.optimizer
       << "\",\"lr\":" << jsonNumber(r.lr) << ",\"batch\":" << r.batch
       << ",\"epochs_configured\":" << r.epochsConfigured << ",\"loss_weights\":\""
       << jsonEscape(r.lossWeights) << "\",\"seed\":" << r.seed << ",\"data_seed\":" << r.dataSeed
       << ",\"ok\":" << (r.ok ? "true" : "false") << ",\"reason\":\"" << jsonEscape(r.reason)
       << "\",\"epochs\":" << r.epochs << ",\"best_epoch\":" << r.bestEpoch
       << ",\"seconds\":" << jsonNumber(r.seconds) << ",\"tasks\":[";
    for (size_t i = 0; i < r.tasks.size(); ++i) {
        const TaskResult& t = r.tasks[i];
        os << (i ? "," : "") << "{\"task\":\"" << jsonEscape(t.task)
           << "\",\"binary\":" << (t.binary ? "true" : "false")
           << ",\"valid_loss\":" << jsonNumber(t.validLoss)
           << ",\"valid_auc\":" << jsonNumber(t.validAuc)
           << ",\"test_loss\":" << jsonNumber(t.testLoss)
           << ",\"test_auc\":" << jsonNumber(t.testAuc) << "}";
    }
    os << "],\"gates\":[";
    for (size_t i = 0; i < r.gates.size(); ++i) {
        os << (i ? "," : "") << "{\"gate\":\"" << jsonEscape(r.gates[i].gate) << "\",\"mean\":[";
        for (size_t k = 0; k < r.gates[i].mean.size(); ++k)
            os << (k ? "," : "") << jsonNumber(r.gates[i].mean[k]);
        os << "]}";
    }
    os << "],\"gate_analysis\":{\"mean_js\":" << jsonNumber(r.meanJs)
       << ",\"mean_example_js\":" << jsonNumber(r.meanExampleJs) << ",\"normalised_entropy\":[";
    for (size_t i = 0; i < r.normalisedEntropy.size(); ++i)
        os << (i ? "," : "") << jsonNumber(r.normalisedEntropy[i]);
    os << "],\"dead_experts\":" << r.deadExperts << "},\"weighting\":\"" << jsonEscape(r.weighting)
       << "\",\"conflict\":{\"mean_cosine\":" << jsonNumber(r.meanCosine)
       << ",\"conflict_share\":" << jsonNumber(r.conflictShare) << "}}";
    return os.str();
}

namespace {

double num(const boost::property_tree::ptree& p, const char* name) {
    const std::string s = p.get<std::string>(name);
    if (s == "null") return std::numeric_limits<double>::quiet_NaN();
    return std::stod(s);
}

}  // namespace

RunSummary runFromJson(const std::string& line) {
    namespace pt = boost::property_tree;
    pt::ptree p;
    try {
        std::istringstream is(line);
        pt::read_json(is, p);
        RunSummary r;
        r.index = p.get<size_t>("index");
        r.key = p.get<std::string>("key");
        r.group = p.get<std::string>("group");
        r.data = p.get<std::string>("data");
        r.arch = p.get<std::string>("arch");
        r.optimizer = p.get<std::string>("optimizer");
        r.lr = num(p, "lr");
        r.batch = p.get<int>("batch");
        r.epochsConfigured = p.get<int>("epochs_configured");
        r.lossWeights = p.get<std::string>("loss_weights");
        r.seed = p.get<unsigned long long>("seed");
        r.dataSeed = p.get<unsigned long long>("data_seed");
        r.ok = p.get<bool>("ok");
        r.reason = p.get<std::string>("reason");
        r.epochs = p.get<int>("epochs");
        r.bestEpoch = p.get<int>("best_epoch");
        r.seconds = num(p, "seconds");
        for (const auto& kv : p.get_child("tasks")) {
            const pt::ptree& t = kv.second;
            TaskResult tr;
            tr.task = t.get<std::string>("task");
            tr.binary = t.get<bool>("binary");
            tr.validLoss = num(t, "valid_loss");
            tr.validAuc = num(t, "valid_auc");
            tr.testLoss = num(t, "test_loss");
            tr.testAuc = num(t, "test_auc");
            r.tasks.push_back(tr);
        }
        for (const auto& kv : p.get_child("gates")) {
            GateSummary g;
            g.gate = kv.second.get<std::string>("gate");
            for (const auto& m : kv.second.get_child("mean")) {
                const std::string s = m.second.get_value<std::string>();
                g.mean.push_back(s == "null" ? std::numeric_limits<double>::quiet_NaN()
                                             : std::stod(s));
            }
            r.gates.push_back(g);
        }
        r.weighting = p.get<std::string>("weighting", "ew");  // absent in older files: EW
        if (const auto c = p.get_child_optional("conflict")) {
            r.meanCosine = num(*c, "mean_cosine");
            r.conflictShare = num(*c, "conflict_share");
        }
        if (const auto a = p.get_child_optional("gate_analysis")) {  // absent in older files
            r.meanJs = num(*a, "mean_js");
            r.meanExampleJs = num(*a, "mean_example_js");
            for (const auto& v : a->get_child("normalised_entropy")) {
                const std::string s = v.second.get_value<std::string>();
                r.normalisedEntropy.push_back(s == "null" ? std::numeric_limits<double>::quiet_NaN()
                                                          : std::stod(s));
            }
            r.deadExperts = a->get<int>("dead_experts");
        }
        return r;
    } catch (const std::exception& ex) {
        throw std::runtime_error(std::string("not a run summary: ") + ex.what());
    }
}

const std::vector<Preset>& presets() {
    static const std::vector<Preset> p = {
        {"mmoe-fig4",
         "MMoE paper Fig. 4: synthetic data, p = 0.5 / 0.9 / 1.0, MMoE / OMoE / Shared-Bottom at "
         "the paper's sizes, lr chosen per model from 1e-4 / 1e-3 / 1e-2 on validation, 20 seeds",
         {{"arch", "mmoe,omoe,shared_bottom"},
          {"p", "0.5,0.9,1.0"},
          {"lr", "1e-4,1e-3,1e-2"},
          {"seeds", "20"},
          {"epochs", "100"},
          {"batch", "128"}}},
        {"mmoe-table1",
         "MMoE paper Table 1: census-income group 1 (income, marital), paper protocol, 20 seeds",
         {{"data", "census"},
          {"group", "1"},
          {"arch", "single,shared_bottom,l2,cross_stitch,omoe,mmoe,ple"},
          {"seeds", "20"},
          {"epochs", "5"},
          {"lr", "1e-3"},
          {"batch", "256"}}},
        {"mmoe-table2",
         "MMoE paper Table 2: census-income group 2 (education, marital), paper protocol, 20 "
         "seeds",
         {{"data", "census"},
          {"group", "2"},
          {"arch", "single,shared_bottom,l2,cross_stitch,omoe,mmoe,ple"},
          {"seeds", "20"},
          {"epochs", "5"},
          {"lr", "1e-3"},
          {"batch", "256"}}},
    };
    return p;
}

}  // namespace mtl::exp
