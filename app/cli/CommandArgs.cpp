#include "CommandArgs.h"

#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <iomanip>
#include <set>

namespace mtl::cli {

namespace {
std::atomic<bool> gInterrupted{false};
extern "C" void onInterrupt(int) { gInterrupted = true; }
}  // namespace

CommandArgs parseCommandArgs(int argc, const char* const* argv, const std::string& command,
                             const std::vector<OwnOption>& own, const EntryHelp& entries) {
    auto findOwn = [&](const std::string& n) -> const OwnOption* {
        for (const OwnOption& o : own)
            if (n == o.name) return &o;
        return nullptr;
    };
    auto isEntry = [&](const std::string& n) {
        for (const auto& e : entries)
            if (e.first == n) return true;
        return false;
    };
    CommandArgs p;
    std::set<std::string> seen;
    for (int i = 2; i < argc; ++i) {
        const std::string tok = argv[i];
        if (tok == "-h") {
            p.own["help"] = "";
            continue;
        }
        if (tok.rfind("--", 0) != 0 || tok.size() == 2)
            throw UsageError("unexpected argument '" + tok + "'");
        const size_t eq = tok.find('=');
        const std::string name = tok.substr(2, eq == std::string::npos ? eq : eq - 2);
        const OwnOption* o = findOwn(name);
        if (!o && !isEntry(name))
            throw UsageError("unknown option '--" + name + "' for " + command + "; mtlstudio-cli " +
                             command + " --help lists the options");
        if (!seen.insert(name).second) throw UsageError("--" + name + " is given more than once");
        if (o && !o->value) {
            if (eq != std::string::npos) throw UsageError("--" + name + " takes no value");
            p.own[name] = "";
            if (o->takesList)
                while (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0)
                    p.list.push_back(argv[++i]);
            continue;
        }
        std::string value;
        if (eq != std::string::npos) {
            value = tok.substr(eq + 1);
        } else {
            if (i + 1 >= argc) throw UsageError("--" + name + " needs a value");
            const std::string next = argv[i + 1];
            if (next.rfind("--", 0) == 0) {
                const std::string nn = next.substr(2, next.find('=') - 2);
                if (findOwn(nn) || isEntry(nn)) throw UsageError("--" + name + " needs a value");
            }
            value = argv[++i];
        }
        if (value.empty()) throw UsageError("--" + name + " needs a value");
        if (o)
            p.own[name] = value;
        else
            p.entries.emplace_back(name, value);
    }
    return p;
}

void printOptions(std::ostream& os, const std::vector<OwnOption>& own) {
    for (const OwnOption& o : own)
        os << "  --" << std::left << std::setw(22)
           << (std::string(o.name) + (o.value ? std::string(" ") + o.value : "")) << o.help << "\n";
}

void printEntries(std::ostream& os, const EntryHelp& entries) {
    for (const auto& e : entries)
        os << "  --" << std::left << std::setw(22) << (e.first + " V") << e.second << "\n";
}

void checkWritableFile(const std::string& option, const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path parent = fs::absolute(fs::path(path)).parent_path();
    std::error_code ec;
    if (!fs::is_directory(parent, ec))
        throw UsageError("--" + option + ": the folder " + parent.string() + " does not exist");
    if (fs::is_directory(fs::path(path), ec))
        throw UsageError("--" + option + ": " + path + " is a folder");
    if (access(parent.c_str(), W_OK) != 0)
        throw UsageError("--" + option + ": the folder " + parent.string() + " is not writable");
}

std::atomic<bool>& interrupted() { return gInterrupted; }

void installInterruptHandlers() {
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

}  // namespace mtl::cli
