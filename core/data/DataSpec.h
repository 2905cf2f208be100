#pragma once
// Which data a run trains on, as a value that can be stored with the run and loaded again:
// the MMoE paper's synthetic generator, UCI census-income, a CSV file with column roles, or the
// synthetic click -> conversion funnel with sample-selection bias (Funnel.h, for ESMM).
#include <optional>
#include <string>
#include <vector>

#include "data/Census.h"
#include "data/Csv.h"
#include "data/Funnel.h"
#include "data/Synthetic.h"

namespace mtl {

struct DataSpec {
    enum class Kind { Synthetic, Census, Csv, Funnel };  // new kinds go last (stored as numbers)
    Kind kind = Kind::Synthetic;
    SyntheticConfig synthetic;
    CensusConfig census;
    std::string csvPath;
    CsvOptions csv;
    FunnelConfig funnel;
};

// Loads (or generates) the data. Throws DataError / std::invalid_argument with readable messages.
// For synthetic data, `info` (optional) receives the measured label correlation; for funnel data,
// `funnelInfo` (optional) the ground truth (latent conversions, true propensities). For census and
// CSV data, `encoding` (optional) receives how raw values became features (synthetic and funnel
// data: left empty, their features are the raw values).
DataSplits loadData(const DataSpec& spec, SyntheticInfo* info = nullptr,
                    FunnelInfo* funnelInfo = nullptr, FeatureEncoding* encoding = nullptr);

// The tasks the data will have, known without loading it (CSV: from the label columns; empty
// when the CSV's roles are left to inference).
std::vector<TaskInfo> expectedTasks(const DataSpec& spec);

// The data's layout (feature widths and tasks) when it is known without loading the data
// (synthetic and funnel: d numeric inputs and two tasks); nullopt otherwise.
std::optional<DataSchema> schemaWithoutLoading(const DataSpec& spec);
// The data's layout: schemaWithoutLoading(), else that of the loaded training split (census and
// CSV: the categorical cardinalities come from the training rows). Throws as loadData().
DataSchema dataSchema(const DataSpec& spec);

// One line describing the spec (before loading), e.g. "synthetic p = 0.50, 10000 rows".
std::string describe(const DataSpec& spec);

}  // namespace mtl
