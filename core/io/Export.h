#pragma once
// Export of a trained model for use outside MTL Studio: a PyTorch folder (io/ExportTorch.h) or an
// ONNX inference graph. One entry point, exportModel(), which the command line
// (`mtlstudio-cli export`) and the GUI (File > Export, the Runs list) both call.
//
// Contract.
// - PyTorch: exportTorch() into the destination folder (see io/ExportTorch.h for its files).
// - ONNX: the model is exported to PyTorch in a temporary folder, and Python runs the embedded
//   core/io/torch/onnx_export.py on it: torch.onnx.export of the verified module (eval mode,
//   opset 11, dynamic batch axis; inputs `numeric` float32 (batch, numeric) and `categorical`
//   int64 (batch, fields), the preprocessed features the engine's model reads; one output per
//   task head named after its task, float32 (batch, 1)), then onnx.checker.check_model (full
//   check) on the written file. Chosen over writing ONNX protobuf from C++ (libonnx-dev) because
//   that means re-implementing every operator of every block by hand, while the PyTorch module
//   is already verified against the engine (tests/tst_export_torch.cpp). The temporary folder is
//   removed afterwards.
// - Python: `python` if given, else $MTL_PYTHON, /usr/bin/python3 (Debian's python3-torch and
//   python3-onnx), python3 on the PATH; the first that imports torch and onnx.
// - Refusals (ExportError, readable message, nothing written): what exportTorch refuses; no
//   Python with torch and onnx ("install python3-torch and python3-onnx"); an ONNX destination
//   that exists (unless force), is a folder, or whose folder is missing or not writable; the
//   script's failure (its last lines of output in the message).
// - Blocking: runs Python (seconds to a minute); call it off the UI thread. Thread-safe (no
//   shared state).
#include <string>
#include <vector>

#include "io/ExportTorch.h"
#include "train/RunRecord.h"

namespace mtl {

enum class ExportFormat { PyTorch, Onnx };

struct ExportRequest {
    ExportFormat format = ExportFormat::PyTorch;
    std::string destination;                // PyTorch: a folder; ONNX: a file
    bool force = false;                     // replace an export / an existing file
    const TorchExportData* data = nullptr;  // PyTorch: the data's preprocessing (optional)
    std::string python;                     // ONNX: the interpreter; empty: look for one
    int opset = 11;                         // ONNX opset
};

struct ExportSummary {
    std::string destination;             // as requested
    std::vector<std::string> files;      // written (relative to the folder; ONNX: the file)
    std::string python;                  // ONNX: the interpreter used
    std::vector<std::string> outputs;    // ONNX: output names (one per task head)
    std::vector<std::string> operators;  // ONNX: operator types in the graph
    std::string howToRun;                // one shell line that uses the result
};

// Writes the export; throws ExportError (or what loading the data throws).
ExportSummary exportModel(const ModelFile& model, const ExportRequest& request);

// The model of a recorded run (graph, schema, training configuration, final weights); throws
// ExportError when the run kept no weights.
ModelFile modelOfRun(const RunRecord& run);

// Exports a recorded run (the GUI's File > Export and Runs list). PyTorch: with the preprocessing
// of the run's data when it loads (loadTorchExportData); when it does not (a CSV file moved, the
// census files absent) the model alone, and `note` says why. `request.data` is ignored.
ExportSummary exportRun(const RunRecord& run, ExportRequest request, std::string* note = nullptr);

// The first interpreter (of `preferred`, $MTL_PYTHON, /usr/bin/python3, python3) that imports
// every module of `modules`; empty when none does. `tried`, when given, lists what was tried.
std::string findPython(const std::vector<std::string>& modules, const std::string& preferred = {},
                       std::string* tried = nullptr);

// The embedded core/io/torch/onnx_export.py (its export_onnx(dir, out, opset) writes and checks
// one file; tests run it on many exports in one process).
const char* onnxExportScript();

// Runs `argv` (argv[0] looked up on the PATH) with stdout and stderr captured (merged); returns
// its exit code (-1: could not start or killed by a signal). Used for Python; no shell.
int runProcess(const std::vector<std::string>& argv, std::string* output);

}  // namespace mtl
