#pragma once
// Generic CSV loader with declared column roles.
//
// Format: fields separated by CsvOptions::delimiter; a field may be quoted with '"' (then it may
// hold the delimiter, line breaks and doubled quotes "" standing for one quote). Lines may end in
// "\n", "\r\n" or "\r". Unquoted fields are trimmed of spaces and tabs (unless the delimiter is a
// tab; then only spaces); spaces around a quoted field are ignored. Lines that are empty or only
// white space are skipped anywhere in the file; a leading UTF-8 byte order mark is ignored.
//
// Layout: the first skipLines physical lines are not read at all (a metadata line such as
// scikit-learn's "569,30,malignant,benign"). With header = true the column names are on line
// headerLine (1-based; lines before it are not read either, and a header line inside the skipped
// lines means the first line after them), and the data follow it; without header the data start
// after the skipped lines and the columns are called "column1", "column2", ...
// detectCsvLayout() proposes skipLines / header / headerLine for a file.
//
// Column count: the number of declared columns; without declared columns, the larger of the
// header's field count and the most common field count of the data records. Every data record
// must have exactly that many fields; a header with fewer fields gets "columnK" names for the
// missing ones (one with more is an error).
//
// Roles:
//   Numeric     - a number (std::from_chars syntax, optional leading '+'); empty = missing. Values
//                 beyond the float range (|x| > 3.4e38) and nan / inf literals are errors. Values
//                 are standardised with the training split's mean and population standard
//                 deviation (a constant column gets standard deviation 1); a missing value becomes
//                 the training mean, i.e. 0 after standardising.
//   Categorical - any text (the empty string is a value of its own). Codes are given in order of
//                 first appearance in the training split (in file order), starting at 1; code 0
//                 means "not seen in training"; cardinality = training vocabulary size + 1.
//   Label       - task(s); see csvColumnTasks(). Binary labels accept 0/1 (also as 0.0, 1.0),
//                 true/false and yes/no (case-insensitive); Regression labels are finite numbers
//                 within the float range. A binary label column with `classes` is a class column:
//                 one binary task per listed class, 1 where the value is that class (the same text,
//                 or the same number when both are numbers), else 0. An empty cell = NaN = no label
//                 for that row.
//   Ignore      - skipped.
// Without declared columns, roles are inferred from every data record (inferCsvColumns()): the
// last column is a label (task named after the header, or "label" without header) - Binary if
// every non-empty value is a binary token as above; a class column with one task per class if it
// has 3 to kMaxCsvClasses distinct values that are integers or text (with 2 distinct values that
// are not binary tokens, one task "value == the rarer one"); else Regression if every value is a
// number, else Binary (loading then reports the first value that is not a binary token). Every
// other column is Numeric if every non-empty value is a number, else Categorical.
//
// Splits: the rows are shuffled with mtl::seededPermutation(seed); the first round(validFrac * n)
// go to valid, the next round(testFrac * n) to test, the rest to train; each split keeps file
// order.
//
// Errors throw mtl::DataError naming the file (its file name), the 1-based line and, for a value,
// the column number and name; values and names are quoted with quoteForMessage() (at most 60
// characters, control bytes and invalid UTF-8 escaped), e.g.
//   "data.csv: line 17, column 3 ('age'): 'abc' is not a number"
//   "data.csv: line 17, column 3 ('age'): '1e39' is out of range (beyond +-3.4e38)"
//   "data.csv: line 17, column 3 ('age'): 'nan' is not a finite number"
//   "data.csv: line 9: 4 fields, expected 5"
// Line numbers count physical lines; a record spanning lines is reported at its first line.
//
// Loading reads the file in chunks (memory: the parsed values, not the text); it can report its
// progress and be cancelled (LoadCancelled) from another thread.
#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/Dataset.h"

namespace mtl {

enum class ColumnRole { Numeric, Categorical, Label, Ignore };

// The most classes a column may have to be offered (and inferred) as a class column.
constexpr int kMaxCsvClasses = 20;

struct CsvColumn {
    std::string name;  // empty: use the header's name
    ColumnRole role = ColumnRole::Numeric;
    std::string task;                  // Label only: task name (empty: the column name)
    TaskKind kind = TaskKind::Binary;  // Label only
    // Label + Binary only: the classes that each give one binary task (one-vs-rest), or empty
    // for a plain binary label. See csvColumnTasks().
    std::vector<std::string> classes = {};
};

// The tasks a column defines: none unless it is a label; one called `task` (empty: the column
// name) for a plain label; for a class column, one binary task per class called "<base>=<class>"
// where base is `task` (empty: the column name) - except that a single class with a task name
// given is called just `task`.
std::vector<TaskInfo> csvColumnTasks(const CsvColumn& column);

// One column of a column list as users write it: "name:role" (numeric, categorical, label,
// ignore) or "name:label:kind" (binary, regression); a label's task is its name. Throws DataError
// naming the item (the CLI's --columns and the experiment spec's `columns` use it).
CsvColumn parseCsvColumn(const std::string& item);

struct CsvOptions {
    char delimiter = ',';
    bool header = true;
    int headerLine = 1;              // 1-based line of the header (with header)
    int skipLines = 0;               // lines at the top that are neither header nor data
    std::vector<CsvColumn> columns;  // one per field, or empty to infer (see above)
    double validFrac = 0.1, testFrac = 0.1;
    unsigned long long seed = 1;
};

// Thrown by loadCsv when its cancel flag was set.
struct LoadCancelled : std::runtime_error {
    LoadCancelled() : std::runtime_error("loading cancelled") {}
};

// Progress of a load: the fraction done, 0..1 (called from the loading thread, at most a few
// hundred times per file).
using LoadProgress = std::function<void(double fraction)>;

// Where the header and the data of a file start, as detectCsvLayout() proposes.
struct CsvLayout {
    int skipLines = 0;
    bool header = true;
    int headerLine = 1;
    // Why lines were skipped (None: nothing skipped).
    enum class Reason {
        None,
        FewerFields,         // the first line has fewer fields than the records below
        MoreFields,          // ... more fields
        NumbersAboveHeader,  // only numbers, above a line that looks like a header
        NumbersAndNames,     // starts with numbers and has names where the data have numbers
    } reason = Reason::None;
    int skippedFields = 0;  // fields of the (last) skipped line
    int dataFields = 0;     // the most common field count of the records below
};

// Looks at the first records of a file (parsed from its first line) and proposes its layout:
// leading lines that are clearly not the header (fewer or more fields than the records below;
// only numbers above a header-like line; numbers followed by names where the data are numbers,
// as in scikit-learn's "150,4,setosa,versicolor,virginica") are skipped, and the next record is
// taken as the header when it has a name where the data below have numbers (or when no column is
// numeric), else as data.
CsvLayout detectCsvLayout(const std::string& path, char delimiter);

// What a sample of a file's data records holds in one column.
struct CsvColumnStats {
    long long values = 0;   // non-empty values
    bool numeric = true;    // every non-empty value is a number (nan, inf, 1e39 count as numbers)
    bool integer = true;    // ... and a whole number
    bool binary = true;     // every non-empty value is a binary token
    bool fewValues = true;  // at most kMaxCsvClasses distinct non-empty values
    // With fewValues: the distinct non-empty values (numerically sorted if numeric, else by
    // text) and how often each occurs.
    std::vector<std::string> distinct;
    std::vector<long long> counts;
};

struct CsvPreview {
    std::vector<std::string> header;  // column names (generated where the header has none)
    int headerFields = 0;             // fields of the header record (0 without header)
    std::vector<std::vector<std::string>> rows;  // first data records, fields as in the file
    std::vector<long long> lines;                // 1-based line where each of those rows starts
    std::vector<std::string> skipped;            // the first skipped lines' text (at most 5)
    // options.columns if they match the column count, else roles inferred from the sample.
    std::vector<CsvColumn> columns;
    std::vector<CsvColumnStats> stats;  // one per column, over the sample
    long long sampleRows = 0;           // data records in the sample
    bool wholeFile = true;              // the sample is every data record of the file
    long long raggedRows = 0;           // sample records without header.size() fields
    long long firstRaggedLine = 0;      // the first one's line (0: none)
};

// Reads the header, up to maxRows data records to show, and a sample of up to sampleRows data
// records (<= 0: all) for the column statistics and roles. Reads only as much of the file as
// needed. Records with a wrong field count are returned as they are and counted, not reported.
CsvPreview previewCsv(const std::string& path, const CsvOptions& options, int maxRows = 50,
                      long long sampleRows = 100000);

// Roles inferred (see above) from column statistics; names: the column names.
std::vector<CsvColumn> inferCsvColumns(const std::vector<CsvColumnStats>& stats,
                                       const std::vector<std::string>& names, bool header);

// Loads the whole file. If encoding is given it receives the numeric statistics and the category
// vocabularies (in schema order). progress (optional) is called as the file is read; when
// *cancel (optional) becomes true the load stops soon after with LoadCancelled.
DataSplits loadCsv(const std::string& path, const CsvOptions& options,
                   FeatureEncoding* encoding = nullptr, const LoadProgress& progress = {},
                   const std::atomic<bool>* cancel = nullptr);

}  // namespace mtl
