#include "data/Csv.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace mtl {

namespace {

namespace fs = std::filesystem;

// Records of a CSV text, fields stored flat.
struct Table {
    std::vector<std::string> cells;
    std::vector<size_t> start{0};  // record r holds cells[start[r] .. start[r + 1])
    std::vector<long long> line;   // 1-based line where record r starts
    int records() const { return static_cast<int>(line.size()); }
    int fields(int r) const { return static_cast<int>(start[r + 1] - start[r]); }
    const std::string& cell(int r, int c) const { return cells[start[r] + c]; }
};

class Parser {
public:
    Parser(const std::string& text, char delim, const std::string& file)
        : t_(text), n_(text.size()), delim_(delim), file_(file) {
        if (t_.compare(0, 3, "\xEF\xBB\xBF") == 0) i_ = 3;  // UTF-8 byte order mark
    }

    // Parses up to maxRecords records (<= 0: all). complete = false: the text is only a prefix of
    // the file, so a record running into its end is dropped rather than taken or reported.
    // Returns false if it stopped at such an unfinished record.
    bool run(long long maxRecords, bool complete, Table& out) {
        while (i_ < n_ && (maxRecords <= 0 || out.records() < maxRecords)) {
            const long long recLine = line_;
            const size_t first = out.cells.size();
            bool blank = true, finished = false;
            for (;;) {
                size_t j = i_;
                while (j < n_ && isPad(t_[j])) ++j;
                std::string value;
                if (j < n_ && t_[j] == '"') {
                    blank = false;
                    size_t k = j + 1;
                    bool closed = false;
                    while (k < n_) {
                        const char c = t_[k];
                        if (c == '"') {
                            if (k + 1 < n_ && t_[k + 1] == '"') {
                                value += '"';
                                k += 2;
                                continue;
                            }
                            closed = true;
                            ++k;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && !(k + 1 < n_ && t_[k + 1] == '\n'))) ++line_;
                        value += c;
                        ++k;
                    }
                    if (!closed) {
                        if (!complete) return false;
                        throw DataError(file_ + ": line " + std::to_string(recLine) +
                                        ": quoted field not closed before the end of the file");
                    }
                    // Text between the closing quote and the delimiter is kept (leniently).
                    size_t e = k;
                    while (e < n_ && !isEnd(t_[e])) ++e;
                    value += trimmed(k, e);
                    i_ = e;
                } else {
                    size_t e = j;
                    while (e < n_ && !isEnd(t_[e])) ++e;
                    value = trimmed(j, e);
                    if (!value.empty()) blank = false;
                    i_ = e;
                }
                out.cells.push_back(std::move(value));
                if (i_ < n_ && t_[i_] == delim_) {
                    blank = false;
                    ++i_;
                    continue;
                }
                if (i_ >= n_) {
                    if (!complete) return false;
                } else {
                    // "\r\n", "\n" or a lone "\r".
                    if (t_[i_] == '\r' && i_ + 1 < n_ && t_[i_ + 1] == '\n') ++i_;
                    ++i_;
                    ++line_;
                }
                finished = true;
                break;
            }
            if (!finished) break;
            if (blank) {
                out.cells.resize(first);
            } else {
                out.start.push_back(out.cells.size());
                out.line.push_back(recLine);
            }
        }
        return true;
    }

private:
    bool isPad(char c) const { return (c == ' ' || c == '\t') && c != delim_; }
    bool isEnd(char c) const { return c == delim_ || c == '\n' || c == '\r'; }
    std::string trimmed(size_t b, size_t e) const {
        while (b < e && isPad(t_[b])) ++b;
        while (e > b && isPad(t_[e - 1])) --e;
        return t_.substr(b, e - b);
    }

    const std::string& t_;
    size_t n_;
    size_t i_ = 0;
    long long line_ = 1;
    char delim_;
    std::string file_;
};

bool parseNumber(std::string_view s, double& x) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), x);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(x);
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// 0 / 1 for a binary token, -1 otherwise.
int parseBinary(const std::string& s) {
    const std::string l = lower(s);
    if (l == "1" || l == "true" || l == "yes") return 1;
    if (l == "0" || l == "false" || l == "no") return 0;
    double x;
    if (parseNumber(s, x)) {
        if (x == 1.0) return 1;
        if (x == 0.0) return 0;
    }
    return -1;
}

std::string readFile(const std::string& path, size_t maxBytes, bool& complete) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw DataError(path + ": cannot open file");
    std::string text;
    if (maxBytes == 0) {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (!ec) text.reserve(static_cast<size_t>(size));
    }
    std::vector<char> buf(1 << 16);
    complete = true;
    while (f) {
        f.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const std::streamsize k = f.gcount();
        if (k <= 0) break;
        text.append(buf.data(), static_cast<size_t>(k));
        if (maxBytes > 0 && text.size() >= maxBytes) {
            complete = f.peek() == std::char_traits<char>::eof();
            break;
        }
    }
    if (f.bad()) throw DataError(path + ": read error");
    return text;
}

std::string baseName(const std::string& path) {
    const std::string b = fs::path(path).filename().string();
    return b.empty() ? path : b;
}

std::vector<std::string> headerNames(const Table& t, bool header, int& firstData) {
    std::vector<std::string> names;
    firstData = 0;
    if (t.records() == 0) return names;
    if (header) {
        for (int c = 0; c < t.fields(0); ++c) {
            const std::string& h = t.cell(0, c);
            names.push_back(h.empty() ? "column" + std::to_string(c + 1) : h);
        }
        firstData = 1;
    } else {
        for (int c = 0; c < t.fields(0); ++c) names.push_back("column" + std::to_string(c + 1));
    }
    return names;
}

// Inferred roles (see Csv.h) from records [from, t.records()) with the right field count.
std::vector<CsvColumn> inferColumns(const Table& t, int from, const std::vector<std::string>& names,
                                    bool header) {
    const int nc = static_cast<int>(names.size());
    std::vector<CsvColumn> cols(nc);
    for (int c = 0; c < nc; ++c) {
        bool numeric = true, binary = true;
        for (int r = from; r < t.records() && (numeric || binary); ++r) {
            if (t.fields(r) != nc) continue;
            const std::string& v = t.cell(r, c);
            if (v.empty()) continue;
            double x;
            if (numeric && !parseNumber(v, x)) numeric = false;
            if (binary && parseBinary(v) < 0) binary = false;
        }
        CsvColumn& col = cols[c];
        col.name = names[c];
        if (c == nc - 1) {
            col.role = ColumnRole::Label;
            col.task = header ? names[c] : "label";
            col.kind = (binary || !numeric) ? TaskKind::Binary : TaskKind::Regression;
        } else {
            col.role = numeric ? ColumnRole::Numeric : ColumnRole::Categorical;
        }
    }
    return cols;
}

std::string where(const std::string& file, long long line, int col, const std::string& name) {
    return file + ": line " + std::to_string(line) + ", column " + std::to_string(col + 1) + " ('" +
           name + "')";
}

}  // namespace

CsvPreview previewCsv(const std::string& path, const CsvOptions& options, int maxRows) {
    const std::string file = baseName(path);
    if (maxRows < 0) maxRows = 0;
    const long long want = maxRows + (options.header ? 1 : 0);
    Table t;
    for (size_t bytes = size_t(1) << 20;; bytes *= 4) {
        bool complete = false;
        const std::string text = readFile(path, bytes, complete);
        t = Table();
        Parser parser(text, options.delimiter, file);
        parser.run(want, complete, t);
        if (complete || t.records() >= want) break;
    }
    CsvPreview pv;
    int first = 0;
    pv.header = headerNames(t, options.header, first);
    for (int r = first; r < t.records(); ++r) {
        std::vector<std::string> row;
        for (int c = 0; c < t.fields(r); ++c) row.push_back(t.cell(r, c));
        pv.rows.push_back(std::move(row));
        pv.lines.push_back(t.line[r]);
    }
    if (!options.columns.empty()) {
        pv.columns = options.columns;
        for (size_t c = 0; c < pv.columns.size() && c < pv.header.size(); ++c)
            if (pv.columns[c].name.empty()) pv.columns[c].name = pv.header[c];
    } else {
        pv.columns = inferColumns(t, first, pv.header, options.header);
    }
    return pv;
}

DataSplits loadCsv(const std::string& path, const CsvOptions& opt, FeatureEncoding* encoding) {
    const std::string file = baseName(path);
    if (!(opt.validFrac >= 0 && opt.testFrac >= 0 && opt.validFrac + opt.testFrac < 1))
        throw std::invalid_argument("loadCsv: need validFrac, testFrac >= 0 with a sum below 1");
    bool complete = true;
    Table t;
    {
        const std::string text = readFile(path, 0, complete);
        Parser(text, opt.delimiter, file).run(0, true, t);
    }
    int first = 0;
    const std::vector<std::string> names = headerNames(t, opt.header, first);
    if (t.records() <= first) throw DataError(file + ": no data rows");
    const int nc = static_cast<int>(names.size());

    std::vector<CsvColumn> cols;
    if (opt.columns.empty()) {
        cols = inferColumns(t, first, names, opt.header);
    } else {
        if (static_cast<int>(opt.columns.size()) != nc)
            throw DataError(file + ": line " + std::to_string(t.line[0]) + ": " +
                            std::to_string(nc) + " fields, but " +
                            std::to_string(opt.columns.size()) + " columns were declared");
        cols = opt.columns;
        for (int c = 0; c < nc; ++c)
            if (cols[c].name.empty()) cols[c].name = names[c];
    }

    // Schema.
    DataSchema schema;
    std::vector<int> numIdx(nc, -1), catIdx(nc, -1), taskIdx(nc, -1);
    for (int c = 0; c < nc; ++c) {
        switch (cols[c].role) {
            case ColumnRole::Numeric:
                numIdx[c] = schema.numeric();
                schema.numericNames.push_back(cols[c].name);
                break;
            case ColumnRole::Categorical:
                catIdx[c] = schema.fields();
                schema.categoricalNames.push_back(cols[c].name);
                break;
            case ColumnRole::Label: {
                const std::string task = cols[c].task.empty() ? cols[c].name : cols[c].task;
                if (schema.taskIndex(task) >= 0)
                    throw DataError(file + ": column " + std::to_string(c + 1) + " ('" +
                                    cols[c].name + "'): task '" + task +
                                    "' is labelled by more than one column");
                taskIdx[c] = static_cast<int>(schema.tasks.size());
                schema.tasks.push_back({task, cols[c].kind});
                break;
            }
            case ColumnRole::Ignore:
                break;
        }
    }
    if (schema.tasks.empty()) throw DataError(file + ": no label column");

    // Parse every value (so errors are found wherever they are), features raw.
    const int n = t.records() - first;
    Eigen::MatrixXf numeric(schema.numeric(), n);
    Eigen::MatrixXf labels(static_cast<Eigen::Index>(schema.tasks.size()), n);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    for (int r = 0; r < n; ++r) {
        const int rec = r + first;
        const long long line = t.line[rec];
        if (t.fields(rec) != nc)
            throw DataError(file + ": line " + std::to_string(line) + ": " +
                            std::to_string(t.fields(rec)) + " fields, expected " +
                            std::to_string(nc));
        for (int c = 0; c < nc; ++c) {
            const std::string& v = t.cell(rec, c);
            if (numIdx[c] >= 0) {
                double x = 0;
                if (v.empty())
                    numeric(numIdx[c], r) = nan;
                else if (parseNumber(v, x))
                    numeric(numIdx[c], r) = static_cast<float>(x);
                else
                    throw DataError(where(file, line, c, cols[c].name) + ": '" + v +
                                    "' is not a number");
            } else if (taskIdx[c] >= 0) {
                float y = nan;
                if (!v.empty()) {
                    if (cols[c].kind == TaskKind::Binary) {
                        const int b = parseBinary(v);
                        if (b < 0)
                            throw DataError(where(file, line, c, cols[c].name) + ": '" + v +
                                            "' is not a binary label (expected 0/1, true/false "
                                            "or yes/no)");
                        y = static_cast<float>(b);
                    } else {
                        double x = 0;
                        if (!parseNumber(v, x))
                            throw DataError(where(file, line, c, cols[c].name) + ": '" + v +
                                            "' is not a number");
                        y = static_cast<float>(x);
                    }
                }
                labels(taskIdx[c], r) = y;
            }
        }
    }

    // Splits.
    const int nValid = static_cast<int>(std::lround(opt.validFrac * n));
    const int nTest = static_cast<int>(std::lround(opt.testFrac * n));
    if (n - nValid - nTest < 1)
        throw DataError(file + ": " + std::to_string(n) + " rows leave none for training");
    const std::vector<int> perm = seededPermutation(n, opt.seed);
    std::vector<int> rows[3];  // train, valid, test
    rows[1].assign(perm.begin(), perm.begin() + nValid);
    rows[2].assign(perm.begin() + nValid, perm.begin() + nValid + nTest);
    rows[0].assign(perm.begin() + nValid + nTest, perm.end());
    for (auto& v : rows) std::sort(v.begin(), v.end());

    // Category vocabularies from the training rows, in file order.
    std::vector<std::unordered_map<std::string, int32_t>> vocab(schema.fields());
    std::vector<std::vector<std::string>> categories(schema.fields());
    for (int r : rows[0])
        for (int c = 0; c < nc; ++c)
            if (catIdx[c] >= 0) {
                const std::string& v = t.cell(r + first, c);
                auto& voc = vocab[catIdx[c]];
                if (voc.emplace(v, static_cast<int32_t>(voc.size()) + 1).second)
                    categories[catIdx[c]].push_back(v);
            }
    for (const auto& voc : vocab) schema.cardinalities.push_back(static_cast<int>(voc.size()) + 1);

    // Numeric statistics from the training rows (missing values left out).
    std::vector<double> mean(schema.numeric(), 0.0), sd(schema.numeric(), 1.0);
    for (int i = 0; i < schema.numeric(); ++i) {
        double s = 0, ss = 0;
        long long k = 0;
        for (int r : rows[0])
            if (!std::isnan(numeric(i, r))) {
                s += numeric(i, r);
                ++k;
            }
        if (k == 0) continue;
        const double m = s / k;
        for (int r : rows[0])
            if (!std::isnan(numeric(i, r))) ss += (numeric(i, r) - m) * (numeric(i, r) - m);
        const double v = std::sqrt(ss / k);
        mean[i] = m;
        sd[i] = v > 0 ? v : 1.0;
    }

    DataSplits out;
    Dataset* parts[3] = {&out.train, &out.valid, &out.test};
    for (int s = 0; s < 3; ++s) {
        Dataset& ds = *parts[s];
        const int k = static_cast<int>(rows[s].size());
        ds.schema = schema;
        ds.numeric.resize(schema.numeric(), k);
        ds.categorical.resize(schema.fields(), k);
        ds.labels.resize(labels.rows(), k);
        for (int j = 0; j < k; ++j) {
            const int r = rows[s][j];
            for (int i = 0; i < schema.numeric(); ++i) {
                const float x = numeric(i, r);
                ds.numeric(i, j) = std::isnan(x) ? 0.0f : static_cast<float>((x - mean[i]) / sd[i]);
            }
            for (int c = 0; c < nc; ++c)
                if (catIdx[c] >= 0) {
                    const auto& voc = vocab[catIdx[c]];
                    const auto it = voc.find(t.cell(r + first, c));
                    ds.categorical(catIdx[c], j) = it == voc.end() ? 0 : it->second;
                }
            ds.labels.col(j) = labels.col(r);
        }
    }

    out.description = "CSV " + file + ": " + std::to_string(out.train.rows()) + "/" +
                      std::to_string(out.valid.rows()) + "/" + std::to_string(out.test.rows()) +
                      " rows";
    out.notes.push_back("rows: train " + std::to_string(out.train.rows()) + ", valid " +
                        std::to_string(out.valid.rows()) + ", test " +
                        std::to_string(out.test.rows()));
    out.notes.push_back(std::to_string(schema.numeric()) + " numeric, " +
                        std::to_string(schema.fields()) + " categorical features; one-hot width " +
                        std::to_string(schema.oneHotWidth()));
    for (size_t a = 0; a < schema.tasks.size(); ++a)
        for (size_t b = a + 1; b < schema.tasks.size(); ++b) {
            const double corr =
                labelCorrelation(out.train, static_cast<int>(a), static_cast<int>(b));
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.4f", corr);
            out.notes.push_back("Pearson correlation of " + schema.tasks[a].name + " and " +
                                schema.tasks[b].name + " labels on the training split: " + buf);
        }

    if (encoding) {
        encoding->mean = mean;
        encoding->stddev = sd;
        encoding->categories = categories;
    }
    return out;
}

}  // namespace mtl
