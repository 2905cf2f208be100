#include "EsmmBiasCmd.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "experiment/EsmmBias.h"

namespace mtl::cli {

namespace {

using namespace mtl::exp;

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::atomic<bool> gInterrupted{false};
extern "C" void onEsmmSignal(int) { gInterrupted = true; }

struct Own {
    const char* name;
    const char* value;  // nullptr: a flag
    const char* help;
};
const std::vector<Own>& ownOptions() {
    static const std::vector<Own> o = {
        {"help", nullptr, "this text"},
        {"out", "FILE", "also write the results as JSON to FILE (its folder must exist)"},
        {"json", nullptr, "print the JSON instead of the table"},
        {"progress", nullptr, "force the progress line on stderr (default: when a terminal)"},
    };
    return o;
}

const Own* findOwn(const std::string& n) {
    for (const Own& o : ownOptions())
        if (n == o.name) return &o;
    return nullptr;
}
bool isEntry(const std::string& n) {
    for (const auto& e : esmmBiasEntryHelp())
        if (e.first == n) return true;
    return false;
}

std::string usage() {
    std::ostringstream os;
    os << "usage: mtlstudio-cli esmm-bias [--seeds N] [--bias B1,B2,...] [funnel and training "
          "options] [--out FILE]\n\n"
          "On the synthetic click -> conversion funnel, for each bias strength and seeds 1..N,\n"
          "trains a CVR model on the clicked rows only and ESMM on every impression, and scores\n"
          "both models' pCVR on every test impression against the latent conversions: AUC and\n"
          "calibration bias (mean predicted minus true mean pCVR), mean +- 95% CI, and the\n"
          "paired differences over common seeds.\n\n"
          "options:\n";
    for (const Own& o : ownOptions())
        os << "  --" << std::left << std::setw(22)
           << (std::string(o.name) + (o.value ? std::string(" ") + o.value : "")) << o.help << "\n";
    for (const auto& e : esmmBiasEntryHelp())
        os << "  --" << std::left << std::setw(22) << (e.first + " V") << e.second << "\n";
    return os.str();
}

struct Parsed {
    std::vector<std::pair<std::string, std::string>> entries;
    std::set<std::string> flags;
    std::string out;
};

Parsed tokenize(int argc, const char* const* argv) {
    Parsed p;
    std::set<std::string> seen;
    for (int i = 2; i < argc; ++i) {
        const std::string tok = argv[i];
        if (tok == "-h") {
            p.flags.insert("help");
            continue;
        }
        if (tok.rfind("--", 0) != 0 || tok.size() == 2)
            throw UsageError("unexpected argument '" + tok + "'");
        const size_t eq = tok.find('=');
        const std::string name = tok.substr(2, eq == std::string::npos ? eq : eq - 2);
        const Own* own = findOwn(name);
        if (!own && !isEntry(name))
            throw UsageError("unknown option '--" + name +
                             "' for esmm-bias; mtlstudio-cli esmm-bias --help lists the options");
        if (!seen.insert(name).second) throw UsageError("--" + name + " is given more than once");
        if (own && !own->value) {
            if (eq != std::string::npos) throw UsageError("--" + name + " takes no value");
            p.flags.insert(name);
            continue;
        }
        std::string value;
        if (eq != std::string::npos) {
            value = tok.substr(eq + 1);
        } else {
            if (i + 1 >= argc) throw UsageError("--" + name + " needs a value");
            const std::string next = argv[i + 1];
            if (next.rfind("--", 0) == 0) {
                const std::string nextName = next.substr(2, next.find('=') - 2);
                if (findOwn(nextName) || isEntry(nextName))
                    throw UsageError("--" + name + " needs a value");
            }
            value = argv[++i];
        }
        if (name == "out") {
            if (value.empty()) throw UsageError("--out needs a file name");
            p.out = value;
        } else {
            p.entries.emplace_back(name, value);
        }
    }
    return p;
}

void checkWritableFile(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path parent = fs::absolute(fs::path(path)).parent_path();
    std::error_code ec;
    if (!fs::is_directory(parent, ec))
        throw UsageError("--out: the folder " + parent.string() + " does not exist");
    if (fs::is_directory(fs::path(path), ec)) throw UsageError("--out: " + path + " is a folder");
    if (access(parent.c_str(), W_OK) != 0)
        throw UsageError("--out: the folder " + parent.string() + " is not writable");
}

}  // namespace

int esmmBiasMain(int argc, const char* const* argv) {
    Parsed p;
    EsmmBiasConfig config;
    try {
        p = tokenize(argc, argv);
        if (p.flags.count("help")) {
            std::cout << usage();
            return 0;
        }
        // Settings as entries: the core parser names the setting; here it is an option.
        try {
            config = parseEsmmBias(p.entries);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--") + e.what());
        }
        if (!p.out.empty()) checkWritableFile(p.out);
    } catch (const UsageError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    }
    std::signal(SIGINT, onEsmmSignal);
    std::signal(SIGTERM, onEsmmSignal);
    const bool json = p.flags.count("json") > 0;
    const bool progress = p.flags.count("progress") > 0 || isatty(STDERR_FILENO);
    try {
        const EsmmBiasResult r = measureEsmmBias(
            config,
            [&](const EsmmBiasProgress& pr) {
                if (!progress) return;
                std::fprintf(stderr, "\r  %zu/%zu runs  %.0f s  ETA %.0f s   ", pr.done, pr.total,
                             pr.elapsed, pr.eta);
                if (pr.done == pr.total) std::fprintf(stderr, "\r%60s\r", "");
                std::fflush(stderr);
            },
            &gInterrupted);
        const std::string js = esmmBiasJson(r);
        if (json)
            std::cout << js << std::endl;
        else
            std::cout << esmmBiasTable(r) << "\ntime: " << std::fixed << std::setprecision(1)
                      << r.seconds << " s on " << config.workers << " job(s)" << std::endl;
        if (!p.out.empty()) {
            std::ofstream f(p.out, std::ios::binary | std::ios::trunc);
            f << js << "\n";
            f.close();
            if (!f) {
                std::cerr << "error: cannot write " << p.out << "\n";
                return 1;
            }
        }
        return r.cancelled ? 130 : 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace mtl::cli
