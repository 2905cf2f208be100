#pragma once
// Arguments of the experiment commands (sweep, esmm-bias): the command's own options, each a flag
// or `--name VALUE` / `--name=VALUE`, and settings handed on as (name, value) entries to a core
// parser (exp::parseExperiment, exp::parseEsmmBias), which names any bad value itself. One
// tokenizer for both, so they refuse the same things in the same words: an unknown option, an
// option given twice, a flag with a value, a missing or empty value (a following option is not
// taken as the value). Also the interrupt flag their runs poll and the writable-file check of
// --out.
#include <atomic>
#include <map>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace mtl::cli {

// A command-line mistake: the command prints "error: <what>" and exits with status 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct OwnOption {
    const char* name;
    const char* value;  // nullptr: a flag
    const char* help;
    bool takesList = false;  // a flag followed by plain arguments (sweep --collect A B ...)
};

using EntryHelp = std::vector<std::pair<std::string, std::string>>;  // name, help

struct CommandArgs {
    std::vector<std::pair<std::string, std::string>> entries;  // settings, in the order given
    std::map<std::string, std::string> own;                    // own options given ("" for flags)
    std::vector<std::string> list;                             // a takesList flag's arguments
    bool has(const std::string& name) const { return own.count(name) > 0; }
};

// argv[2..argc) of `mtlstudio-cli <command> ...`; "-h" counts as --help.
CommandArgs parseCommandArgs(int argc, const char* const* argv, const std::string& command,
                             const std::vector<OwnOption>& own, const EntryHelp& entries);

// One "  --name VALUE   help" line per option, then per entry ("--name V").
void printOptions(std::ostream& os, const std::vector<OwnOption>& own);
void printEntries(std::ostream& os, const EntryHelp& entries);

// Throws UsageError unless a file can be written at path (its folder exists and is writable, and
// path is not a folder).
void checkWritableFile(const std::string& option, const std::string& path);

// Set by SIGINT / SIGTERM once installInterruptHandlers() ran; runs poll it to stop cleanly.
std::atomic<bool>& interrupted();
void installInterruptHandlers();

}  // namespace mtl::cli
