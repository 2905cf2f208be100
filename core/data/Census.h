#pragma once
// Loader for the UCI "Census-Income (KDD)" data set, set up as in the MMoE paper (Ma et al.,
// KDD 2018). See shared/data/census-income/README.md for the files and their format.
//
// Files: census-income.data and census-income.test in CensusConfig::dir, each either plain text
// or gzip-compressed with a ".gz" suffix (the plain file is used when both exist).
//
// Parsing: one record per line, 42 fields separated by ", ", leading/trailing spaces of each value
// trimmed (so the citizenship value "Foreign born- Not a citizen of U S " loses its trailing
// space), the label's trailing '.' dropped. '?' (missing) is kept as an ordinary category value.
// A line with another field count, a bad number or an unknown label throws mtl::DataError naming
// the file and the 1-based line (and the column for value errors). Blank lines are skipped.
//
// Splits: train = every row of census-income.data (199,523); the 99,762 rows of
// census-income.test are shuffled with `seed` (mtl::seededPermutation) and split 1:1: the first
// half of the permutation is the validation set (49,881 rows), the rest the test set (49,881).
// Within each split the rows keep their file order.
//
// Tasks (both binary):
//   group 1: "income"    = label is "50000+" (income over $50K)
//            "marital"   = marital stat (column 8) is "Never married"
//   group 2: "education" = education (column 5) is "at least college", which we take to be an
//                          associates degree or higher: the two "Associates degree-..." values,
//                          Bachelors, Masters, Prof school and Doctorate degree. The paper does not
//                          list the values; this choice gives |corr| with "marital" of 0.2376 on
//                          the test file, the closest of the obvious choices to the paper's 0.2373
//                          (adding "Some college but no degree" gives 0.2810, dropping associates
//                          0.1964).
//            "marital"   as in group 1
//
// Features: education (col. 5) and marital stat (col. 8) are removed from the inputs in both
// groups (they define labels); the instance weight (col. 25) and the income label (col. 42) are
// never features. Continuous columns 1 age, 6 wage per hour, 17 capital gains, 18 capital losses,
// 19 dividends from stocks, 31 num persons worked for employer and 40 weeks worked in year (file
// order) are numeric, standardised with the training rows' mean and (population) standard
// deviation. The other 31 columns are categorical, in file order: each value gets a code in order
// of first appearance in the training rows, starting at 1; code 0 means "not seen in training",
// so a field's cardinality is its training vocabulary size + 1.
//
// Side columns (DataSplits::side, not inputs, for slicing results): "education" and
// "marital stat", their raw values per row of each split.
//
// Notes returned: rows per split, positive counts on train, the Pearson correlation of the two
// labels on the test split, the one-hot width.
#include <string>
#include <string_view>

#include "data/Dataset.h"

namespace mtl {

struct CensusConfig {
    std::string dir;              // folder with the files; empty = defaultCensusDir()
    int group = 1;                // 1 (income, marital) or 2 (education, marital)
    unsigned long long seed = 1;  // shuffle of the .test rows into valid / test
    int maxTrainRows = 0;         // > 0: use only the first rows of census-income.data (fast tests)
    int maxTestRows = 0;  // > 0: use only the first rows of census-income.test before shuffling
};

// Throws mtl::DataError if the files are missing or malformed, std::invalid_argument for a bad
// group. If encoding is given it receives the numeric statistics and category vocabularies.
DataSplits loadCensus(const CensusConfig& config, FeatureEncoding* encoding = nullptr);

// The same from the files' text, already read (and decompressed): what loadCensus does after
// reading, for callers that hold the text in memory (the fuzz harness). The names are used in
// messages ("census-income.data: line 3, column 7: ..."). cfg.dir is not used. The text must
// outlive the call only.
struct CensusText {
    std::string_view train, test;  // census-income.data and census-income.test
    std::string trainName = "census-income.data", testName = "census-income.test";
};
DataSplits loadCensusText(const CensusText& text, const CensusConfig& config,
                          FeatureEncoding* encoding = nullptr);

// The first of these folders that holds census-income.data(.gz), as an absolute path, or "" if
// none does: $MTL_CENSUS_DIR, then shared/data/census-income under the parent of the current
// directory, its grandparent and its great-grandparent.
std::string defaultCensusDir();

}  // namespace mtl
