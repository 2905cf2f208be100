#pragma once
// The command line of mtlstudio-cli (Boost.Program_options): every option, its range, and the
// commands it applies to. parseCommandLine() checks everything that can be checked without data
// (unknown options, missing values, types, ranges, options that do not apply to the command or to
// the kind of data) and throws CliError with a message that names the option; no work starts
// before that. What depends on the data or the graph (the task named by --early-stop or
// --loss-weight) is checked by checkTasks() once they are known, before training.
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "data/DataSpec.h"
#include "graph/Templates.h"
#include "train/Trainer.h"

namespace mtl::cli {

// A refused command line; what() is the message shown after "error: ".
class CliError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CliOptions {
    std::string command;  // train | eval | inspect | bench | demo | export | templates | help | ""
    bool help = false;
    std::set<std::string> given;  // long names of the options on the command line

    bool json = false;
    bool progress = false;
    std::vector<std::string> notes;  // said on stderr before the command runs (e.g. lines skipped)
    int threads = 1;                 // train, eval, demo: 1 by default; bench: 2

    // Model (train, demo).
    std::string templateKey = "mmoe";
    std::string graphFile;
    TemplateOptions model;  // schema left empty (set from the data)

    // Data (train, demo, eval).
    DataSpec data;

    // Training (train, demo).
    TrainConfig train;
    std::string savePath;

    // eval / bench / inspect: --model.
    std::string modelFile;
    std::string sliceColumn;     // inspect: --slice
    int sliceBins = 4;           // inspect: --bins
    int inspectExample = -1;     // inspect: --example (-1: none)
    int sensitivityRows = 4096;  // inspect: --sensitivity-rows
    // export: --to FORMAT DIR, --force; exportData: data options were given (the export then
    // carries the data's preprocessing).
    std::string exportFormat, exportDir;
    bool force = false, exportData = false;
    std::vector<std::string> benchModels, benchConfigs;
    int benchSteps = 0;  // 0: the config's own
    int benchBatch = 0;  // 0: the config's own
    int benchRepeats = 5;
    int benchWarmup = 20;
    int benchSweepRuns = 0;                    // > 0: the parallel sweep benchmark instead
    std::vector<std::string> benchWeightings;  // non-empty: the loss weighting benchmark instead
};

// Parses and validates argv. Throws CliError.
CliOptions parseCommandLine(int argc, const char* const* argv);

// The help text: commands, then every option with its range (generated from the same option
// table the parser uses, so it lists every option).
std::string usageText();

// The largest --threads accepted: 4 x the hardware threads, at least 4 and at most 256.
int maxThreads();

// Checks --early-stop against the tasks that have labels in the data and --loss-weight against
// the model's task heads (`headTasks`). Throws CliError naming the option and the known tasks.
void checkTasks(const CliOptions& o, const std::vector<std::string>& labelledTasks,
                const std::vector<std::string>& headTasks);

// Bench: model and config names (also used to expand "all").
const std::vector<std::string>& benchModelNames();
const std::vector<std::string>& benchConfigNames();

}  // namespace mtl::cli
