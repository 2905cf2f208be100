#pragma once
// In-memory multi-task data sets. Features are split into numeric columns (already scaled) and
// categorical columns (integer codes 0..cardinality-1, code 0 may mean "missing"). Labels are one
// row per task; NaN marks an example without a label for that task (per-task sample mask).
#include <Eigen/Core>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace mtl {

enum class TaskKind { Binary, Regression };

struct TaskInfo {
    std::string name;
    TaskKind kind = TaskKind::Binary;
};

struct DataSchema {
    std::vector<std::string> numericNames;      // one per numeric feature
    std::vector<std::string> categoricalNames;  // one per categorical field
    std::vector<int> cardinalities;             // one per categorical field (>= 1)
    std::vector<TaskInfo> tasks;
    int numeric() const { return static_cast<int>(numericNames.size()); }
    int fields() const { return static_cast<int>(categoricalNames.size()); }
    int oneHotWidth() const;                       // numeric + sum(cardinalities)
    int taskIndex(const std::string& name) const;  // -1 if absent
    bool sameFeatures(const DataSchema& o) const;
};

struct Dataset {
    DataSchema schema;
    Eigen::MatrixXf numeric;                                             // numeric() x rows
    Eigen::Matrix<int32_t, Eigen::Dynamic, Eigen::Dynamic> categorical;  // fields() x rows
    Eigen::MatrixXf labels;  // tasks x rows (NaN = no label)
    int rows() const { return static_cast<int>(labels.cols()); }
    // A new data set holding the given rows (in that order).
    Dataset subset(const std::vector<int>& rows) const;
    // Throws std::runtime_error naming the problem if shapes disagree or codes are out of range.
    void check() const;
};

// Asks the operating system to back the data set's large arrays with 2 MB pages (Linux: madvise
// MADV_HUGEPAGE, then MADV_COLLAPSE where the kernel has it; elsewhere, or when refused, nothing).
// Batches are shuffled rows: with 4 kB pages nearly every example's features cost a TLB miss, and
// the census input layer's gather at batch 256 took 1.6-1.9x as long. Contents are unchanged.
void adviseHugePages(const Dataset& d);

// A column read beside the features that is NOT a model input (census-income: education and
// marital stat, removed because they define labels), kept for slicing results by it: one code per
// row of each split, indexing `values` (the raw values, in order of first appearance).
struct SideColumn {
    std::string name;
    std::vector<std::string> values;
    std::vector<int32_t> train, valid, test;
};

// Train / validation / test splits sharing one schema.
struct DataSplits {
    Dataset train, valid, test;
    std::string description;  // one line, e.g. "census-income group 1: 199523/49881/49881 rows"
    std::vector<std::string> notes;  // measured facts worth showing (label correlations, ...)
    std::vector<SideColumn> side;    // columns that are not inputs (may be empty)
};

// Error in input data (malformed file, bad value, ...). The message names the file and, where it
// applies, the 1-based line and the column.
struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// How a loader turned raw columns into features, so that new rows can be encoded the same way.
// mean/stddev: one per numeric feature (train-split statistics; value' = (value - mean) / stddev).
// categories[f][k]: the raw value that categorical field f encodes as code k + 1 (code 0 = unseen).
struct FeatureEncoding {
    std::vector<double> mean, stddev;
    std::vector<std::vector<std::string>> categories;
};

// Pearson correlation of two tasks' labels over the rows where both are present (not NaN).
// Returns NaN if fewer than two such rows or if either label is constant there.
double labelCorrelation(const Dataset& data, int taskA, int taskB);

// A random permutation of 0..n-1 that depends only on the seed (std::mt19937_64 and a
// Fisher-Yates shuffle written out here, so it does not depend on the standard library's
// std::shuffle / distribution algorithms).
std::vector<int> seededPermutation(int n, unsigned long long seed);

}  // namespace mtl
