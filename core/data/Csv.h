#pragma once
// Generic CSV loader with declared column roles.
//
// Format: fields separated by CsvOptions::delimiter; a field may be quoted with '"' (then it may
// hold the delimiter, line breaks and doubled quotes "" standing for one quote). Lines may end in
// "\n", "\r\n" or "\r". Unquoted fields are trimmed of spaces and tabs (unless the delimiter is a
// tab; then only spaces); spaces around a quoted field are ignored. Lines that are empty or only
// white space are skipped anywhere in the file; a leading UTF-8 byte order mark is ignored. With
// header = true the first record holds the column names; without it the columns are called
// "column1", "column2", ...
//
// Every record must have as many fields as the header (or, without header, the first record).
//
// Roles:
//   Numeric     - a number (std::from_chars syntax, optional leading '+'); empty = missing. Values
//                 are standardised with the training split's mean and population standard
//                 deviation (a constant column gets standard deviation 1); a missing value becomes
//                 the training mean, i.e. 0 after standardising.
//   Categorical - any text (the empty string is a value of its own). Codes are given in order of
//                 first appearance in the training split (in file order), starting at 1; code 0
//                 means "not seen in training"; cardinality = training vocabulary size + 1.
//   Label       - one task; CsvColumn::task names it (empty: the column name). Binary labels accept
//                 0/1 (also as 0.0, 1.0), true/false and yes/no (case-insensitive); Regression
//                 labels are numbers. An empty cell = NaN = no label for that task in that row.
//   Ignore      - skipped.
// Without declared columns, roles are inferred: the last column is a label (task named after the
// header, or "label" without header) - Binary if every non-empty value is a binary token as above,
// else Regression if every value is a number, else Binary (loading then reports the first value
// that is not a binary token); every other column is Numeric if every non-empty
// value is a number, else Categorical.
//
// Splits: the rows are shuffled with mtl::seededPermutation(seed); the first round(validFrac * n)
// go to valid, the next round(testFrac * n) to test, the rest to train; each split keeps file
// order.
//
// Errors throw mtl::DataError naming the file (its file name), the 1-based line and, for a value,
// the column number and name, e.g.
//   "data.csv: line 17, column 3 ('age'): 'abc' is not a number"
//   "data.csv: line 9: 4 fields, expected 5"
// Line numbers count physical lines; a record spanning lines is reported at its first line.
#include <string>
#include <vector>

#include "data/Dataset.h"

namespace mtl {

enum class ColumnRole { Numeric, Categorical, Label, Ignore };

struct CsvColumn {
    std::string name;  // empty: use the header's name
    ColumnRole role = ColumnRole::Numeric;
    std::string task;                  // Label only: task name (empty: the column name)
    TaskKind kind = TaskKind::Binary;  // Label only
};

struct CsvOptions {
    char delimiter = ',';
    bool header = true;
    std::vector<CsvColumn> columns;  // one per field, or empty to infer (see above)
    double validFrac = 0.1, testFrac = 0.1;
    unsigned long long seed = 1;
};

struct CsvPreview {
    std::vector<std::string> header;             // column names (generated without header)
    std::vector<std::vector<std::string>> rows;  // first data records, fields as in the file
    std::vector<long long> lines;                // 1-based line where each of those rows starts
    // options.columns if given, else roles inferred from the previewed rows only (a suggestion:
    // loadCsv infers from all rows).
    std::vector<CsvColumn> columns;
};

// Reads the header and up to maxRows data records (only as much of the file as needed).
// Records with a wrong field count are returned as they are, not reported.
CsvPreview previewCsv(const std::string& path, const CsvOptions& options, int maxRows = 50);

// Loads the whole file. If encoding is given it receives the numeric statistics and the category
// vocabularies (in schema order).
DataSplits loadCsv(const std::string& path, const CsvOptions& options,
                   FeatureEncoding* encoding = nullptr);

}  // namespace mtl
