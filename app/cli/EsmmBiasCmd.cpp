#include "EsmmBiasCmd.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "CommandArgs.h"
#include "experiment/EsmmBias.h"

namespace mtl::cli {

namespace {

using namespace mtl::exp;

const std::vector<OwnOption>& ownOptions() {
    static const std::vector<OwnOption> o = {
        {"help", nullptr, "this text"},
        {"out", "FILE", "also write the results as JSON to FILE (its folder must exist)"},
        {"json", nullptr, "print the JSON instead of the table"},
        {"progress", nullptr, "force the progress line on stderr (default: when a terminal)"},
    };
    return o;
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
    printOptions(os, ownOptions());
    printEntries(os, esmmBiasEntryHelp());
    return os.str();
}

}  // namespace

int esmmBiasMain(int argc, const char* const* argv) {
    CommandArgs p;
    EsmmBiasConfig config;
    try {
        p = parseCommandArgs(argc, argv, "esmm-bias", ownOptions(), esmmBiasEntryHelp());
        if (p.has("help")) {
            std::cout << usage();
            return 0;
        }
        // Settings as entries: the core parser names the setting; here it is an option.
        try {
            config = parseEsmmBias(p.entries);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--") + e.what());
        }
        if (p.has("out")) checkWritableFile("out", p.own["out"]);
    } catch (const UsageError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    }
    installInterruptHandlers();
    const bool json = p.has("json");
    const bool progress = p.has("progress") || isatty(STDERR_FILENO);
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
            &interrupted());
        const std::string js = esmmBiasJson(r);
        if (json)
            std::cout << js << std::endl;
        else
            std::cout << esmmBiasTable(r) << "\ntime: " << std::fixed << std::setprecision(1)
                      << r.seconds << " s on " << config.workers << " job(s)" << std::endl;
        if (p.has("out")) {
            const std::string& out = p.own["out"];
            std::ofstream f(out, std::ios::binary | std::ios::trunc);
            f << js << "\n";
            f.close();
            if (!f) {
                std::cerr << "error: cannot write " << out << "\n";
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
