#include "io/Export.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/TorchSources.h"

extern char** environ;

namespace mtl {

namespace fs = std::filesystem;

namespace {

// A temporary folder removed when it goes out of scope.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "mtl-export-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw ExportError("cannot create a temporary folder");
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

std::string lastLines(const std::string& text, int lines) {
    size_t pos = text.size();
    while (pos > 0 && (text[pos - 1] == '\n' || text[pos - 1] == ' ')) --pos;
    const size_t end = pos;
    for (int n = 0; n < lines && pos > 0; ++n) {
        pos = text.rfind('\n', pos - 1);
        if (pos == std::string::npos) {
            pos = 0;
            break;
        }
    }
    return text.substr(pos == 0 ? 0 : pos + 1, end - (pos == 0 ? 0 : pos + 1));
}

// The strings of a JSON array of strings `key` in the one-line object `json` (the script's
// summary; names are task names and operator types, without quotes or backslashes).
std::vector<std::string> jsonStrings(const std::string& json, const std::string& key) {
    std::vector<std::string> out;
    const size_t k = json.find("\"" + key + "\": [");
    if (k == std::string::npos) return out;
    size_t pos = json.find('[', k) + 1;
    const size_t end = json.find(']', pos);
    while (pos < end) {
        const size_t a = json.find('"', pos);
        if (a == std::string::npos || a >= end) break;
        const size_t b = json.find('"', a + 1);
        if (b == std::string::npos || b > end) break;
        out.push_back(json.substr(a + 1, b - a - 1));
        pos = b + 1;
    }
    return out;
}

std::string quoted(const std::string& s) {
    if (s.find_first_of(" '\"\\$`") == std::string::npos) return s;
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

ExportSummary exportOnnx(const ModelFile& model, const ExportRequest& r) {
    const fs::path file(r.destination);
    std::error_code ec;
    if (r.destination.empty()) throw ExportError("no destination file given");
    if (fs::is_directory(file, ec))
        throw ExportError(r.destination + " is a folder; ONNX is written to a file");
    if (fs::exists(file, ec) && !r.force)
        throw ExportError(r.destination + " exists (--force replaces it)");
    const fs::path parent = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (!fs::is_directory(parent, ec))
        throw ExportError("the folder " + parent.string() + " does not exist");
    if (access(parent.c_str(), W_OK) != 0)
        throw ExportError("cannot write into " + parent.string() + " (no permission)");
    // Checks the model (graph, weights) before looking for Python: the same refusals as
    // exportTorch.
    torchTensors(model);
    std::string tried;
    const std::string python = findPython({"torch", "onnx"}, r.python, &tried);
    if (python.empty())
        throw ExportError(
            "no Python with PyTorch and ONNX found (tried " + tried +
            "): install python3-torch and python3-onnx (Debian), or set MTL_PYTHON to such an "
            "interpreter");
    TempDir tmp;
    const fs::path dir = tmp.path / "pytorch";
    exportTorch(model, dir.string());
    const fs::path script = tmp.path / "onnx_export.py";
    {
        std::ofstream f(script, std::ios::binary);
        f << torchsrc::onnx_export_py;
        if (!f) throw ExportError("cannot write " + script.string());
    }
    // Written next to the temporary export, then moved: a failed run leaves no partial file.
    const fs::path staged = tmp.path / "model.onnx";
    std::string output;
    const int code = runProcess({python, script.string(), dir.string(), staged.string(), "--opset",
                                 std::to_string(r.opset)},
                                &output);
    if (code != 0 || !fs::exists(staged, ec))
        throw ExportError("the ONNX export failed (" + python + ", exit code " +
                          std::to_string(code) + "):\n" + lastLines(output, 12));
    fs::copy_file(staged, file, fs::copy_options::overwrite_existing, ec);
    if (ec) throw ExportError("cannot write " + r.destination + ": " + ec.message());
    ExportSummary s;
    s.destination = r.destination;
    s.files = {file.filename().string()};
    s.python = python;
    const std::string summary = lastLines(output, 1);
    s.outputs = jsonStrings(summary, "outputs");
    s.operators = jsonStrings(summary, "operators");
    // The inputs the graph kept (an input the model does not read is left out).
    const std::vector<std::string> inputs = jsonStrings(summary, "inputs");
    std::string feed;
    for (const std::string& in : inputs)
        feed += (feed.empty() ? "" : ", ") + ("'" + in + "': ") +
                (in == "numeric" ? "float32 (batch, " + std::to_string(model.schema.numeric())
                                 : "int64 (batch, " + std::to_string(model.schema.fields())) +
                ")";
    s.howToRun = "onnxruntime.InferenceSession('" + r.destination + "').run(None, {" + feed +
                 "}) gives one (batch, 1) array per task";
    return s;
}

}  // namespace

const char* onnxExportScript() { return torchsrc::onnx_export_py; }

int runProcess(const std::vector<std::string>& argv, std::string* output) {
    if (argv.empty()) return -1;
    char outTmpl[] = "/tmp/mtl-process-XXXXXX";
    const int fd = mkstemp(outTmpl);
    if (fd < 0) return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fd, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fd, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    int code = -1;
    if (spawned == 0) {
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (WIFEXITED(status)) code = WEXITSTATUS(status);
    }
    close(fd);
    if (output) {
        std::ifstream f(outTmpl, std::ios::binary);
        std::ostringstream ss;
        ss << f.rdbuf();
        *output = ss.str();
    }
    std::remove(outTmpl);
    return spawned == 0 ? code : -1;
}

std::string findPython(const std::vector<std::string>& modules, const std::string& preferred,
                       std::string* tried) {
    std::vector<std::string> candidates;
    if (!preferred.empty()) candidates.push_back(preferred);
    if (const char* env = std::getenv("MTL_PYTHON"); env && *env) candidates.push_back(env);
    candidates.push_back("/usr/bin/python3");
    candidates.push_back("python3");
    std::string code;
    for (const std::string& m : modules) code += "import " + m + "\n";
    if (tried) tried->clear();
    for (const std::string& py : candidates) {
        if (tried) *tried += (tried->empty() ? "" : ", ") + py;
        std::string out;
        if (runProcess({py, "-c", code}, &out) == 0) return py;
    }
    return {};
}

ModelFile modelOfRun(const RunRecord& run) {
    if (run.weights.empty())
        throw ExportError("the run '" + run.name +
                          "' kept no weights (it failed or was recorded without them)");
    ModelFile m;
    m.graph = run.graph;
    m.schema = run.schema;
    m.train = run.config;
    m.weights = run.weights;
    m.note = run.name + ": " + run.dataDescription;
    return m;
}

ExportSummary exportRun(const RunRecord& run, ExportRequest request, std::string* note) {
    const ModelFile model = modelOfRun(run);
    request.data = nullptr;
    TorchExportData data;
    if (note) note->clear();
    if (request.format == ExportFormat::PyTorch) {
        try {
            data = loadTorchExportData(run.data, run.schema);
            request.data = &data;
        } catch (const std::exception& e) {
            if (note)
                *note = std::string(
                            "the run's data did not load, so the export holds no "
                            "preprocessing: ") +
                        e.what();
        }
    }
    return exportModel(model, request);
}

ExportSummary exportModel(const ModelFile& model, const ExportRequest& request) {
    if (request.format == ExportFormat::Onnx) return exportOnnx(model, request);
    TorchExportOptions options;
    options.force = request.force;
    options.data = request.data;
    ExportSummary s;
    s.destination = request.destination;
    s.files = exportTorch(model, request.destination, options);
    s.howToRun = "cd " + quoted(request.destination) +
                 " && torchrun --redirects 1 --tee 1 --log_dir logs --nproc_per_node=2 train.py";
    return s;
}

}  // namespace mtl
