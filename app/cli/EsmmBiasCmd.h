#pragma once
// mtlstudio-cli esmm-bias: ESMM against a CVR model trained on clicked rows only, on the
// synthetic funnel at several selection-bias strengths, with 95% confidence intervals over seeds
// (core/experiment/EsmmBias.h). Prints a table, or JSON with --json; --out FILE writes the JSON.
namespace mtl::cli {

// argv[1] is "esmm-bias". Returns the exit code: 0 done, 1 error while running or writing, 2
// command line refused, 130 interrupted (Ctrl+C / SIGTERM: the finished runs are reported).
int esmmBiasMain(int argc, const char* const* argv);

}  // namespace mtl::cli
