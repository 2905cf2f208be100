#pragma once
// mtlstudio-cli inspect: a saved model's gates on the validation split, sliced by a data column
// (core/train/Inspect.h): per gate, the mean allocation per slice with counts and the dependence
// measures; the experts' similarity matrix with near-duplicates. A table, or one JSON object with
// --json.
#include "Options.h"

namespace mtl::cli {

// Returns the exit code (0); throws CliError for an unknown --slice column, and what loading the
// model or the data throws.
int cmdInspect(const CliOptions& o);

}  // namespace mtl::cli
