#include "data/Csv.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "data/Quote.h"

namespace mtl {

namespace {

namespace fs = std::filesystem;

constexpr size_t kChunk = size_t(1) << 20;  // bytes read at a time
constexpr int kSkippedShown = 5;            // skipped lines kept for the preview

std::string baseName(const std::string& path) {
    const std::string b = fs::path(path).filename().string();
    return b.empty() ? path : b;
}

// Reads a CSV file record by record, a chunk at a time. The fields of the current record are
// views into the reader's buffers, valid until the next call of next().
class Reader {
public:
    // skipLines: physical lines at the top that are not parsed. progress (optional) receives
    // from + (to - from) * the fraction of the file read; cancel (optional) is checked at every
    // chunk.
    Reader(const std::string& path, char delim, std::string file, long long skipLines,
           const std::atomic<bool>* cancel = nullptr, const LoadProgress* progress = nullptr,
           double from = 0, double to = 1)
        : f_(path, std::ios::binary),
          delim_(delim),
          file_(std::move(file)),
          cancel_(cancel),
          progress_(progress),
          from_(from),
          to_(to) {
        if (!f_) throw DataError(path + ": cannot open file");
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        size_ = ec ? 0 : static_cast<unsigned long long>(size);
        fill();
        if (buf_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;  // UTF-8 byte order mark
        skip(skipLines);
    }

    // The next non-blank record; false at the end of the file.
    bool next() {
        for (;;) {
            size_t i = pos_;
            long long line = line_;
            const int r = parseAt(i, line);
            if (r < 0) {  // the record runs past the buffer: read more and parse it again
                fill();
                continue;
            }
            if (r == 2) return false;  // end of file
            recordLine_ = line_;
            pos_ = i;
            line_ = line;
            if (r == 1) {
                makeViews();
                return true;
            }
        }
    }

    const std::vector<std::string_view>& fields() const { return views_; }
    int fieldCount() const { return static_cast<int>(views_.size()); }
    long long line() const { return recordLine_; }  // 1-based line where the record starts
    unsigned long long bytesRead() const { return read_; }
    const std::vector<std::string>& skippedText() const { return skipped_; }

private:
    struct Span {
        bool scratch;
        size_t b, e;
    };

    bool isPad(char c) const { return (c == ' ' || c == '\t') && c != delim_; }
    bool isEnd(char c) const { return c == delim_ || c == '\n' || c == '\r'; }

    // Appends a chunk (at least as large as what the buffer holds already, so one huge record
    // costs linear time) after dropping what was parsed.
    void fill() {
        if (eof_) return;
        if (cancel_ && cancel_->load(std::memory_order_relaxed)) throw LoadCancelled();
        if (pos_ > 0) {
            buf_.erase(0, pos_);
            pos_ = 0;
        }
        size_t want = std::max(kChunk, buf_.size());
        // A small file is read in one piece of its own size (+1 to see its end), not into a
        // zeroed 1 MB buffer (the CSV fuzz harness ran 240 inputs/s because of it).
        if (size_ > read_) want = std::min(want, static_cast<size_t>(size_ - read_) + 1);
        const size_t old = buf_.size();
        buf_.resize(old + want);
        f_.read(&buf_[old], static_cast<std::streamsize>(want));
        const size_t got = static_cast<size_t>(std::max<std::streamsize>(0, f_.gcount()));
        buf_.resize(old + got);
        read_ += got;
        if (got < want) {
            if (f_.bad()) throw DataError(file_ + ": read error");
            eof_ = true;
        }
        if (progress_ && *progress_ && size_ > 0)
            (*progress_)(from_ + (to_ - from_) * std::min(1.0, double(read_) / double(size_)));
    }

    // Skips n physical lines ("\n", "\r\n" or "\r" each end one).
    void skip(long long n) {
        while (n > 0) {
            const char* t = buf_.data();
            const size_t size = buf_.size();
            size_t e = pos_;
            while (e < size && t[e] != '\n' && t[e] != '\r') ++e;
            if (e >= size || (t[e] == '\r' && e + 1 >= size)) {
                if (!eof_) {
                    fill();
                    continue;
                }
                if (e >= size) {  // the last line, without an end
                    if (e > pos_) keepSkipped(pos_, e);
                    pos_ = e;
                    return;
                }
            }
            keepSkipped(pos_, e);
            if (t[e] == '\r' && e + 1 < size && t[e + 1] == '\n') ++e;
            pos_ = e + 1;
            ++line_;
            --n;
        }
    }
    void keepSkipped(size_t b, size_t e) {
        if (static_cast<int>(skipped_.size()) < kSkippedShown)
            skipped_.push_back(buf_.substr(b, std::min<size_t>(e - b, 4096)));
    }

    // Parses the record at i. Returns 1 (a record; i and line are past it), 0 (a blank line,
    // skipped likewise), 2 (end of the file) or -1 (the buffer ends inside the record and more
    // of the file remains).
    int parseAt(size_t& i, long long& line) {
        const char* t = buf_.data();
        const size_t n = buf_.size();
        if (i >= n) {
            if (!eof_) return -1;
            return 2;
        }
        spans_.clear();
        scratch_.clear();
        const long long recLine = line;
        bool blank = true;
        for (;;) {
            size_t j = i;
            while (j < n && isPad(t[j])) ++j;
            if (j < n && t[j] == '"') {
                blank = false;
                const size_t b = scratch_.size();
                size_t k = j + 1;
                bool closed = false;
                while (k < n) {
                    const char* q = static_cast<const char*>(std::memchr(t + k, '"', n - k));
                    const size_t stop = q ? static_cast<size_t>(q - t) : n;
                    for (size_t m = k; m < stop; ++m)
                        if (t[m] == '\n' || (t[m] == '\r' && !(m + 1 < n && t[m + 1] == '\n')))
                            ++line;
                    scratch_.append(t + k, stop - k);
                    k = stop;
                    if (!q) break;
                    if (k + 1 >= n && !eof_) return -1;  // '"' or '""'? read on to know
                    if (k + 1 < n && t[k + 1] == '"') {
                        scratch_ += '"';
                        k += 2;
                        continue;
                    }
                    closed = true;
                    ++k;
                    break;
                }
                if (!closed) {
                    if (!eof_) return -1;
                    throw DataError(file_ + ": line " + std::to_string(recLine) +
                                    ": quoted field not closed before the end of the file");
                }
                // Text between the closing quote and the delimiter is kept (leniently).
                size_t e = k;
                while (e < n && !isEnd(t[e])) ++e;
                if (e >= n && !eof_) return -1;
                size_t tb = k, te = e;
                while (tb < te && isPad(t[tb])) ++tb;
                while (te > tb && isPad(t[te - 1])) --te;
                scratch_.append(t + tb, te - tb);
                spans_.push_back({true, b, scratch_.size()});
                i = e;
            } else {
                size_t e = j;
                while (e < n && !isEnd(t[e])) ++e;
                if (e >= n && !eof_) return -1;
                size_t te = e;
                while (te > j && isPad(t[te - 1])) --te;
                if (te > j) blank = false;
                spans_.push_back({false, j, te});
                i = e;
            }
            if (i < n && t[i] == delim_) {
                blank = false;
                ++i;
                continue;
            }
            if (i < n) {  // "\r\n", "\n" or a lone "\r"
                if (t[i] == '\r') {
                    if (i + 1 >= n && !eof_) return -1;
                    if (i + 1 < n && t[i + 1] == '\n') ++i;
                }
                ++i;
                ++line;
            }
            break;
        }
        return blank ? 0 : 1;
    }

    void makeViews() {
        views_.clear();
        for (const Span& s : spans_)
            views_.emplace_back(s.scratch ? std::string_view(scratch_).substr(s.b, s.e - s.b)
                                          : std::string_view(buf_).substr(s.b, s.e - s.b));
    }

    std::ifstream f_;
    char delim_;
    std::string file_;
    const std::atomic<bool>* cancel_;
    const LoadProgress* progress_;
    double from_, to_;
    unsigned long long size_ = 0, read_ = 0;
    std::string buf_, scratch_;
    size_t pos_ = 0;
    bool eof_ = false;
    long long line_ = 1, recordLine_ = 0;
    std::vector<Span> spans_;
    std::vector<std::string_view> views_;
    std::vector<std::string> skipped_;
};

enum class Num { Ok, Empty, NotNumber, NotFinite, OutOfRange };

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// A number within the float range.
Num parseNumber(std::string_view s, double& x) {
    s = trim(s);
    if (s.empty()) return Num::Empty;
    if (s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return Num::NotNumber;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), x);
    if (r.ptr != s.data() + s.size()) return Num::NotNumber;
    if (r.ec == std::errc::result_out_of_range) return Num::OutOfRange;
    if (r.ec != std::errc()) return Num::NotNumber;
    if (!std::isfinite(x)) return Num::NotFinite;
    if (std::fabs(x) > FLT_MAX) return Num::OutOfRange;
    return Num::Ok;
}

bool numberLike(Num n) { return n == Num::Ok || n == Num::NotFinite || n == Num::OutOfRange; }

bool equalsLower(std::string_view s, const char* word) {
    const size_t n = std::strlen(word);
    if (s.size() != n) return false;
    for (size_t i = 0; i < n; ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

// 0 / 1 for a binary token, -1 otherwise.
int parseBinary(std::string_view s) {
    s = trim(s);
    if (s == "1" || equalsLower(s, "true") || equalsLower(s, "yes")) return 1;
    if (s == "0" || equalsLower(s, "false") || equalsLower(s, "no")) return 0;
    double x;
    if (parseNumber(s, x) == Num::Ok) {
        if (x == 1.0) return 1;
        if (x == 0.0) return 0;
    }
    return -1;
}

std::string generatedName(int c) { return "column" + std::to_string(c + 1); }

// Column statistics, accumulated value by value.
struct Accumulator {
    CsvColumnStats s;
    std::vector<double> numbers;  // of s.distinct, when they are numbers
    std::vector<bool> isNumber;

    void add(std::string_view v) {
        v = trim(v);
        if (v.empty()) return;
        ++s.values;
        double x = 0;
        const Num kind = parseNumber(v, x);
        const bool number = numberLike(kind);
        if (s.numeric && !number) s.numeric = false;
        if (s.integer && !(kind == Num::Ok && x == std::floor(x))) s.integer = false;
        if (s.binary && parseBinary(v) < 0) s.binary = false;
        if (!s.fewValues) return;
        const bool ok = kind == Num::Ok;
        for (size_t k = 0; k < s.distinct.size(); ++k)
            if ((ok && isNumber[k] && numbers[k] == x) || s.distinct[k] == v) {
                ++s.counts[k];
                return;
            }
        if (static_cast<int>(s.distinct.size()) >= kMaxCsvClasses) {
            s.fewValues = false;
            s.distinct.clear();
            s.counts.clear();
            numbers.clear();
            isNumber.clear();
            return;
        }
        s.distinct.emplace_back(v);
        s.counts.push_back(1);
        numbers.push_back(x);
        isNumber.push_back(ok);
    }

    CsvColumnStats finish() {
        if (!s.fewValues) return s;
        std::vector<size_t> order(s.distinct.size());
        for (size_t k = 0; k < order.size(); ++k) order[k] = k;
        const bool byNumber =
            std::all_of(isNumber.begin(), isNumber.end(), [](bool b) { return b; });
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return byNumber ? numbers[a] < numbers[b] : s.distinct[a] < s.distinct[b];
        });
        CsvColumnStats out = s;
        for (size_t k = 0; k < order.size(); ++k) {
            out.distinct[k] = s.distinct[order[k]];
            out.counts[k] = s.counts[order[k]];
        }
        return out;
    }
};

// Data records of a file as previewCsv / loadCsv's inference see them.
struct Sample {
    std::vector<std::string> headerCells;
    std::vector<Accumulator> acc;                // grows to the widest record
    std::map<int, long long> fieldCounts;        // field count -> records
    std::vector<std::vector<std::string>> rows;  // the first maxRows
    std::vector<long long> lines;
    std::vector<std::pair<long long, int>> shape;  // (line, fields) of every record, if kept
    std::vector<std::string> skipped;
    long long records = 0;
    bool wholeFile = true;

    // The larger of the header's field count and the most common field count of the records
    // (ties: the larger count).
    int columns() const {
        int best = 0;
        long long bestCount = 0;
        for (const auto& [fields, count] : fieldCounts)
            if (count >= bestCount) best = fields, bestCount = count;
        return std::max(best, static_cast<int>(headerCells.size()));
    }
    std::vector<std::string> names(bool header) const {
        std::vector<std::string> out;
        for (int c = 0; c < columns(); ++c)
            out.push_back(header && c < static_cast<int>(headerCells.size()) &&
                                  !headerCells[c].empty()
                              ? headerCells[c]
                              : generatedName(c));
        return out;
    }
    std::vector<CsvColumnStats> stats() {
        std::vector<CsvColumnStats> out;
        for (int c = 0; c < columns(); ++c)
            out.push_back(c < static_cast<int>(acc.size()) ? acc[c].finish() : CsvColumnStats());
        return out;
    }
};

long long linesBeforeHeader(const CsvOptions& o) {
    return o.header ? std::max<long long>(o.skipLines, std::max(o.headerLine, 1) - 1)
                    : std::max(o.skipLines, 0);
}

// Reads the header and up to maxRecords data records (<= 0: all); stops early (wholeFile =
// false) once past maxBytes (> 0) with at least keepRows records.
Sample sampleFile(const std::string& path, const CsvOptions& o, int keepRows, long long maxRecords,
                  unsigned long long maxBytes, bool keepShape, const std::atomic<bool>* cancel,
                  const LoadProgress* progress, double from, double to) {
    Sample smp;
    Reader rd(path, o.delimiter, baseName(path), linesBeforeHeader(o), cancel, progress, from, to);
    smp.skipped = rd.skippedText();
    if (o.header && rd.next())
        for (std::string_view f : rd.fields()) smp.headerCells.emplace_back(f);
    for (;;) {
        if (maxRecords > 0 && smp.records >= maxRecords) {
            smp.wholeFile = !rd.next();
            break;
        }
        if (maxBytes > 0 && rd.bytesRead() > maxBytes && smp.records >= keepRows) {
            smp.wholeFile = !rd.next();
            break;
        }
        if (!rd.next()) break;
        const int nf = rd.fieldCount();
        if (static_cast<int>(smp.acc.size()) < nf) smp.acc.resize(nf);
        for (int c = 0; c < nf; ++c) smp.acc[c].add(rd.fields()[c]);
        ++smp.fieldCounts[nf];
        if (static_cast<int>(smp.rows.size()) < keepRows) {
            smp.rows.emplace_back(rd.fields().begin(), rd.fields().end());
            smp.lines.push_back(rd.line());
        }
        if (keepShape) smp.shape.emplace_back(rd.line(), nf);
        ++smp.records;
    }
    return smp;
}

std::string where(const std::string& file, long long line, int col, const std::string& name) {
    return file + ": line " + std::to_string(line) + ", column " + std::to_string(col + 1) + " (" +
           quoteForMessage(name) + ")";
}

std::string numberProblem(Num kind) {
    switch (kind) {
        case Num::NotFinite:
            return " is not a finite number";
        case Num::OutOfRange:
            return " is out of range (beyond \xC2\xB1"
                   "3.4e38, the float range)";
        default:
            return " is not a number";
    }
}

}  // namespace

std::vector<TaskInfo> csvColumnTasks(const CsvColumn& c) {
    if (c.role != ColumnRole::Label) return {};
    const std::string base = c.task.empty() ? c.name : c.task;
    if (c.kind == TaskKind::Binary && !c.classes.empty()) {
        if (c.classes.size() == 1 && !c.task.empty()) return {{c.task, TaskKind::Binary}};
        std::vector<TaskInfo> tasks;
        for (const std::string& k : c.classes) tasks.push_back({base + "=" + k, TaskKind::Binary});
        return tasks;
    }
    return {{base, c.kind}};
}

CsvLayout detectCsvLayout(const std::string& path, char delimiter) {
    CsvLayout out;
    std::vector<std::vector<std::string>> recs;
    std::vector<long long> lines;
    {
        Reader rd(path, delimiter, baseName(path), 0);
        while (recs.size() < 200 && rd.next()) {
            recs.emplace_back(rd.fields().begin(), rd.fields().end());
            lines.push_back(rd.line());
        }
    }
    const int n = static_cast<int>(recs.size());
    if (n < 2) return out;
    auto fields = [&](int r) { return static_cast<int>(recs[r].size()); };
    auto isNumber = [](const std::string& v) {
        double x;
        return numberLike(parseNumber(v, x));
    };
    // The most common field count below record `from` (ties: the larger).
    auto dataFields = [&](int from) {
        std::map<int, int> count;
        for (int r = from + 1; r < n; ++r) ++count[fields(r)];
        int best = 0, bestCount = 0;
        for (const auto& [f, k] : count)
            if (k >= bestCount) best = f, bestCount = k;
        return best;
    };
    // Column c is numeric in the records below `from` that have w fields.
    auto numericBelow = [&](int from, int c, int w) {
        bool any = false;
        for (int r = from + 1; r < n; ++r) {
            if (fields(r) != w || recs[r][c].empty()) continue;
            if (!isNumber(recs[r][c])) return false;
            any = true;
        }
        return any;
    };
    auto allNumbers = [&](int r) {
        bool any = false;
        for (const std::string& v : recs[r]) {
            if (v.empty()) continue;
            if (!isNumber(v)) return false;
            any = true;
        }
        return any;
    };
    // A name where the records below have numbers.
    auto nameOverNumbers = [&](int r) {
        const int w = dataFields(r);
        for (int c = 0; c < std::min(fields(r), w); ++c)
            if (!recs[r][c].empty() && !isNumber(recs[r][c]) && numericBelow(r, c, w)) return true;
        return false;
    };
    auto anyNumericColumn = [&](int r) {
        const int w = dataFields(r);
        for (int c = 0; c < w; ++c)
            if (numericBelow(r, c, w)) return true;
        return false;
    };
    auto looksLikeHeader = [&](int r) {
        if (allNumbers(r)) return false;
        return nameOverNumbers(r) || !anyNumericColumn(r);
    };

    int r = 0;
    for (; r < std::min(5, n - 2); ++r) {
        const int w = dataFields(r);
        CsvLayout::Reason why = CsvLayout::Reason::None;
        if (fields(r) != w)
            why = fields(r) < w ? CsvLayout::Reason::FewerFields : CsvLayout::Reason::MoreFields;
        else if (allNumbers(r) && looksLikeHeader(r + 1))
            why = CsvLayout::Reason::NumbersAboveHeader;
        else if (!recs[r].empty() && isNumber(recs[r][0]) && nameOverNumbers(r))
            why = CsvLayout::Reason::NumbersAndNames;
        if (why == CsvLayout::Reason::None) break;
        out.reason = why;
        out.skippedFields = fields(r);
        out.dataFields = w;
    }
    out.skipLines = static_cast<int>(lines[r] - 1);
    out.header = looksLikeHeader(r);
    out.headerLine = out.header ? static_cast<int>(lines[r]) : 1;
    if (out.reason == CsvLayout::Reason::None) out.skipLines = 0;
    return out;
}

std::vector<CsvColumn> inferCsvColumns(const std::vector<CsvColumnStats>& stats,
                                       const std::vector<std::string>& names, bool header) {
    const int nc = static_cast<int>(names.size());
    std::vector<CsvColumn> cols(nc);
    for (int c = 0; c < nc; ++c) {
        const CsvColumnStats s = c < static_cast<int>(stats.size()) ? stats[c] : CsvColumnStats();
        CsvColumn& col = cols[c];
        col.name = names[c];
        if (c < nc - 1) {
            col.role = s.numeric ? ColumnRole::Numeric : ColumnRole::Categorical;
            continue;
        }
        col.role = ColumnRole::Label;
        col.task = header ? names[c] : "label";
        const int k = s.fewValues ? static_cast<int>(s.distinct.size()) : INT_MAX;
        if (s.binary) {
            col.kind = TaskKind::Binary;
        } else if (k == 2 && !s.numeric) {  // two names: "value == the rarer one"
            col.kind = TaskKind::Binary;
            col.classes = {s.counts[1] < s.counts[0] ? s.distinct[1] : s.distinct[0]};
            col.task.clear();
        } else if (k >= 3 && k <= kMaxCsvClasses && (s.integer || !s.numeric)) {
            col.kind = TaskKind::Binary;  // one task per class
            col.classes = s.distinct;
        } else {
            col.kind = s.numeric ? TaskKind::Regression : TaskKind::Binary;
        }
    }
    return cols;
}

CsvPreview previewCsv(const std::string& path, const CsvOptions& options, int maxRows,
                      long long sampleRows) {
    if (maxRows < 0) maxRows = 0;
    // At most 64 MB of text for the sample (the preview rows are always read).
    Sample smp = sampleFile(path, options, maxRows, sampleRows, sampleRows > 0 ? 64u << 20 : 0,
                            true, nullptr, nullptr, 0, 1);
    CsvPreview pv;
    pv.header = smp.names(options.header);
    pv.headerFields = static_cast<int>(smp.headerCells.size());
    pv.rows = std::move(smp.rows);
    pv.lines = std::move(smp.lines);
    pv.skipped = smp.skipped;
    pv.stats = smp.stats();
    pv.sampleRows = smp.records;
    pv.wholeFile = smp.wholeFile;
    const int nc = static_cast<int>(pv.header.size());
    for (const auto& [line, fields] : smp.shape)
        if (fields != nc) {
            if (pv.raggedRows++ == 0) pv.firstRaggedLine = line;
        }
    if (!options.columns.empty() && static_cast<int>(options.columns.size()) == nc) {
        pv.columns = options.columns;
        for (int c = 0; c < nc; ++c)
            if (pv.columns[c].name.empty()) pv.columns[c].name = pv.header[c];
    } else {
        pv.columns = inferCsvColumns(pv.stats, pv.header, options.header);
    }
    return pv;
}

DataSplits loadCsv(const std::string& path, const CsvOptions& opt, FeatureEncoding* encoding,
                   const LoadProgress& progress, const std::atomic<bool>* cancel) {
    const std::string file = baseName(path);
    if (!(opt.validFrac >= 0 && opt.testFrac >= 0 && opt.validFrac + opt.testFrac < 1))
        throw std::invalid_argument("loadCsv: need validFrac, testFrac >= 0 with a sum below 1");
    if (opt.skipLines < 0 || (opt.header && opt.headerLine < 1))
        throw std::invalid_argument("loadCsv: need skipLines >= 0 and headerLine >= 1");

    // Without declared columns, a first pass infers them from every record.
    std::vector<CsvColumn> cols = opt.columns;
    double from = 0;
    if (cols.empty()) {
        Sample smp = sampleFile(path, opt, 0, 0, 0, false, cancel, &progress, 0, 0.45);
        cols = inferCsvColumns(smp.stats(), smp.names(opt.header), opt.header);
        from = 0.45;
    }
    const int nc = static_cast<int>(cols.size());

    Reader rd(path, opt.delimiter, file, linesBeforeHeader(opt), cancel, &progress, from, 0.9);
    std::vector<std::string> names(nc);
    for (int c = 0; c < nc; ++c) names[c] = generatedName(c);
    if (opt.header) {
        if (!rd.next()) throw DataError(file + ": no data rows");
        if (rd.fieldCount() > nc)
            throw DataError(file + ": line " + std::to_string(rd.line()) + ": " +
                            std::to_string(rd.fieldCount()) + " fields, but " + std::to_string(nc) +
                            " columns were declared");
        for (int c = 0; c < rd.fieldCount(); ++c)
            if (!rd.fields()[c].empty()) names[c] = std::string(rd.fields()[c]);
    }
    for (int c = 0; c < nc; ++c)
        if (cols[c].name.empty()) cols[c].name = names[c];

    // Schema.
    DataSchema schema;
    std::vector<int> numIdx(nc, -1), catIdx(nc, -1), taskIdx(nc, -1);
    struct ClassOf {
        std::string text;
        double value = 0;
        bool number = false;
    };
    std::vector<std::vector<ClassOf>> classes(nc);
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
                taskIdx[c] = static_cast<int>(schema.tasks.size());
                for (const TaskInfo& task : csvColumnTasks(cols[c])) {
                    if (schema.taskIndex(task.name) >= 0)
                        throw DataError(file + ": column " + std::to_string(c + 1) + " (" +
                                        quoteForMessage(cols[c].name) + "): task " +
                                        quoteForMessage(task.name) +
                                        " is labelled by more than one column");
                    schema.tasks.push_back(task);
                }
                if (cols[c].kind == TaskKind::Binary)
                    for (const std::string& k : cols[c].classes) {
                        ClassOf cl;
                        cl.text = std::string(trim(k));
                        cl.number = parseNumber(cl.text, cl.value) == Num::Ok;
                        classes[c].push_back(std::move(cl));
                    }
                break;
            }
            case ColumnRole::Ignore:
                break;
        }
    }
    if (schema.tasks.empty()) throw DataError(file + ": no label column");
    const int nNum = schema.numeric(), nCat = schema.fields();
    const int nTask = static_cast<int>(schema.tasks.size());

    // Parse every value (so errors are found wherever they are): numbers raw, categories as
    // codes in order of first appearance in the file.
    std::vector<float> num, lab;
    std::vector<int32_t> cat;
    struct Vocabulary {
        std::deque<std::string> values;  // stable addresses: the map's keys view them
        std::unordered_map<std::string_view, int32_t> code;
    };
    std::vector<Vocabulary> seen(nCat);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    long long n = 0;
    while (rd.next()) {
        const long long line = rd.line();
        if (rd.fieldCount() != nc)
            throw DataError(file + ": line " + std::to_string(line) + ": " +
                            std::to_string(rd.fieldCount()) + " fields, expected " +
                            std::to_string(nc));
        if (n >= INT_MAX)
            throw DataError(file + ": more than " + std::to_string(INT_MAX) + " rows");
        const size_t numAt = num.size(), labAt = lab.size();
        num.resize(numAt + nNum);
        lab.resize(labAt + nTask, nan);
        const std::vector<std::string_view>& f = rd.fields();
        for (int c = 0; c < nc; ++c) {
            const std::string_view v = f[c];
            if (numIdx[c] >= 0) {
                double x = 0;
                const Num kind = parseNumber(v, x);
                if (kind == Num::Ok)
                    num[numAt + numIdx[c]] = static_cast<float>(x);
                else if (kind == Num::Empty)
                    num[numAt + numIdx[c]] = nan;
                else
                    throw DataError(where(file, line, c, cols[c].name) + ": " + quoteForMessage(v) +
                                    numberProblem(kind));
            } else if (catIdx[c] >= 0) {
                Vocabulary& voc = seen[catIdx[c]];
                auto it = voc.code.find(v);
                if (it == voc.code.end()) {
                    voc.values.emplace_back(v);
                    it = voc.code.emplace(voc.values.back(), static_cast<int32_t>(voc.code.size()))
                             .first;
                }
                cat.push_back(it->second);
            } else if (taskIdx[c] >= 0) {
                if (trim(v).empty()) continue;  // no label: NaN
                float* y = &lab[labAt + taskIdx[c]];
                if (cols[c].kind == TaskKind::Binary && !classes[c].empty()) {
                    const std::string_view t = trim(v);
                    double x = 0;
                    const bool number = parseNumber(t, x) == Num::Ok;
                    for (size_t k = 0; k < classes[c].size(); ++k) {
                        const ClassOf& cl = classes[c][k];
                        y[k] =
                            (t == cl.text || (number && cl.number && x == cl.value)) ? 1.0f : 0.0f;
                    }
                } else if (cols[c].kind == TaskKind::Binary) {
                    const int b = parseBinary(v);
                    if (b < 0)
                        throw DataError(where(file, line, c, cols[c].name) + ": " +
                                        quoteForMessage(v) +
                                        " is not a binary label (expected 0/1, true/false or "
                                        "yes/no)");
                    *y = static_cast<float>(b);
                } else {
                    double x = 0;
                    const Num kind = parseNumber(v, x);
                    if (kind != Num::Ok)
                        throw DataError(where(file, line, c, cols[c].name) + ": " +
                                        quoteForMessage(v) + numberProblem(kind));
                    *y = static_cast<float>(x);
                }
            }
        }
        ++n;
    }
    if (n == 0) throw DataError(file + ": no data rows");
    if (cancel && cancel->load()) throw LoadCancelled();
    const int rowsN = static_cast<int>(n);

    // Splits.
    const int nValid = static_cast<int>(std::lround(opt.validFrac * rowsN));
    const int nTest = static_cast<int>(std::lround(opt.testFrac * rowsN));
    if (rowsN - nValid - nTest < 1)
        throw DataError(file + ": " + std::to_string(rowsN) + " rows leave none for training");
    std::vector<int> rows[3];  // train, valid, test; each in file order
    {
        std::vector<std::uint8_t> part(rowsN, 0);
        const std::vector<int> perm = seededPermutation(rowsN, opt.seed);
        for (int i = 0; i < nValid + nTest; ++i) part[perm[i]] = i < nValid ? 1 : 2;
        rows[0].reserve(rowsN - nValid - nTest);
        rows[1].reserve(nValid);
        rows[2].reserve(nTest);
        for (int r = 0; r < rowsN; ++r) rows[part[r]].push_back(r);
    }

    // Category vocabularies from the training rows, in file order: file code -> training code.
    std::vector<std::vector<int32_t>> remap(nCat);
    std::vector<std::vector<std::string>> categories(nCat);
    for (int k = 0; k < nCat; ++k) {
        remap[k].assign(seen[k].values.size(), 0);
        for (int r : rows[0]) {
            int32_t& code = remap[k][cat[static_cast<size_t>(r) * nCat + k]];
            if (code == 0) {
                code = static_cast<int32_t>(categories[k].size()) + 1;
                categories[k].push_back(seen[k].values[cat[static_cast<size_t>(r) * nCat + k]]);
            }
        }
        schema.cardinalities.push_back(static_cast<int>(categories[k].size()) + 1);
    }
    seen.clear();

    // Numeric statistics from the training rows (missing values left out).
    std::vector<double> mean(nNum, 0.0), sd(nNum, 1.0);
    for (int i = 0; i < nNum; ++i) {
        double s = 0, ss = 0;
        long long k = 0;
        for (int r : rows[0]) {
            const float x = num[static_cast<size_t>(r) * nNum + i];
            if (!std::isnan(x)) {
                s += x;
                ++k;
            }
        }
        if (k == 0) continue;
        const double m = s / k;
        for (int r : rows[0]) {
            const float x = num[static_cast<size_t>(r) * nNum + i];
            if (!std::isnan(x)) ss += (x - m) * (x - m);
        }
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
        ds.numeric.resize(nNum, k);
        ds.categorical.resize(nCat, k);
        ds.labels.resize(nTask, k);
        for (int j = 0; j < k; ++j) {
            const size_t r = static_cast<size_t>(rows[s][j]);
            for (int i = 0; i < nNum; ++i) {
                const float x = num[r * nNum + i];
                ds.numeric(i, j) = std::isnan(x) ? 0.0f : static_cast<float>((x - mean[i]) / sd[i]);
            }
            for (int i = 0; i < nCat; ++i) ds.categorical(i, j) = remap[i][cat[r * nCat + i]];
            for (int i = 0; i < nTask; ++i) ds.labels(i, j) = lab[r * nTask + i];
        }
    }
    // Codes of categories first seen outside training are 0 (remap's default): as documented.

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
    if (progress) progress(1.0);
    return out;
}

CsvColumn parseCsvColumn(const std::string& item) {
    std::vector<std::string> parts;
    std::stringstream is(item);
    for (std::string p; std::getline(is, p, ':');) {
        const size_t b = p.find_first_not_of(" \t"), e = p.find_last_not_of(" \t");
        parts.push_back(b == std::string::npos ? std::string() : p.substr(b, e - b + 1));
    }
    if (parts.size() < 2 || parts.size() > 3 || parts[0].empty())
        throw DataError("'" + item + "' is not name:role or name:label:kind");
    CsvColumn c;
    c.name = parts[0];
    const std::string& r = parts[1];
    if (r == "numeric")
        c.role = ColumnRole::Numeric;
    else if (r == "categorical")
        c.role = ColumnRole::Categorical;
    else if (r == "ignore")
        c.role = ColumnRole::Ignore;
    else if (r == "label")
        c.role = ColumnRole::Label;
    else
        throw DataError("unknown role '" + r + "' in '" + item +
                        "' (numeric, categorical, label, ignore)");
    if (parts.size() == 3 && c.role != ColumnRole::Label)
        throw DataError("only a label has a kind, in '" + item + "'");
    if (parts.size() == 3 && parts[2] != "binary" && parts[2] != "regression")
        throw DataError("unknown label kind '" + parts[2] + "' in '" + item +
                        "' (binary, regression)");
    if (c.role == ColumnRole::Label) {
        c.task = c.name;
        c.kind =
            parts.size() == 3 && parts[2] == "regression" ? TaskKind::Regression : TaskKind::Binary;
    }
    return c;
}

}  // namespace mtl
