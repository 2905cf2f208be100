#include "data/Census.h"

#include <algorithm>
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_streambuf.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <limits>
#include <map>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "data/Quote.h"

namespace mtl {

namespace {

namespace fs = std::filesystem;

constexpr int kFields = 42;

enum class Col { Numeric, Categorical, Education, Marital, Weight, Label };

struct ColumnSpec {
    const char* name;
    Col role;
};

// Column names from census-income.names (file order).
const ColumnSpec kColumns[kFields] = {
    {"age", Col::Numeric},
    {"class of worker", Col::Categorical},
    {"detailed industry recode", Col::Categorical},
    {"detailed occupation recode", Col::Categorical},
    {"education", Col::Education},
    {"wage per hour", Col::Numeric},
    {"enroll in edu inst last wk", Col::Categorical},
    {"marital stat", Col::Marital},
    {"major industry code", Col::Categorical},
    {"major occupation code", Col::Categorical},
    {"race", Col::Categorical},
    {"hispanic origin", Col::Categorical},
    {"sex", Col::Categorical},
    {"member of a labor union", Col::Categorical},
    {"reason for unemployment", Col::Categorical},
    {"full or part time employment stat", Col::Categorical},
    {"capital gains", Col::Numeric},
    {"capital losses", Col::Numeric},
    {"dividends from stocks", Col::Numeric},
    {"tax filer stat", Col::Categorical},
    {"region of previous residence", Col::Categorical},
    {"state of previous residence", Col::Categorical},
    {"detailed household and family stat", Col::Categorical},
    {"detailed household summary in household", Col::Categorical},
    {"instance weight", Col::Weight},
    {"migration code-change in msa", Col::Categorical},
    {"migration code-change in reg", Col::Categorical},
    {"migration code-move within reg", Col::Categorical},
    {"live in this house 1 year ago", Col::Categorical},
    {"migration prev res in sunbelt", Col::Categorical},
    {"num persons worked for employer", Col::Numeric},
    {"family members under 18", Col::Categorical},
    {"country of birth father", Col::Categorical},
    {"country of birth mother", Col::Categorical},
    {"country of birth self", Col::Categorical},
    {"citizenship", Col::Categorical},
    {"own business or self employed", Col::Categorical},
    {"fill inc questionnaire for veteran's admin", Col::Categorical},
    {"veterans benefits", Col::Categorical},
    {"weeks worked in year", Col::Numeric},
    {"year", Col::Categorical},
    {"income", Col::Label},
};

// Education values counted as "at least college" (associates degree or higher).
const std::string_view kCollege[] = {
    "Associates degree-occup /vocational",
    "Associates degree-academic program",
    "Bachelors degree(BA AB BS)",
    "Masters degree(MA MS MEng MEd MSW MBA)",
    "Prof school degree (MD DDS DVM LLB JD)",
    "Doctorate degree(PhD EdD)",
};

struct Layout {
    int numericIndex[kFields];      // feature row for numeric columns, else -1
    int categoricalIndex[kFields];  // feature row for categorical columns, else -1
    int numNumeric = 0, numCategorical = 0;
    Layout() {
        for (int c = 0; c < kFields; ++c) {
            numericIndex[c] = kColumns[c].role == Col::Numeric ? numNumeric++ : -1;
            categoricalIndex[c] = kColumns[c].role == Col::Categorical ? numCategorical++ : -1;
        }
    }
};

// Reads a whole file into a string; ".gz" files are decompressed. With maxLines > 0 reading may
// stop once that many line ends have been read (the text then holds at least maxLines lines).
std::string readText(const fs::path& path, bool gzip, long long maxLines) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw DataError(path.string() + ": cannot open file");
    std::string text;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!gzip) {
        if (!ec) text.reserve(static_cast<size_t>(size));
    } else if (!ec) {
        text.reserve(static_cast<size_t>(size) * 18);  // the census files compress ~17:1
    }
    std::vector<char> buf(1 << 20);
    long long lines = 0;
    auto consume = [&](std::streambuf& sb) {
        for (;;) {
            const std::streamsize k =
                sb.sgetn(buf.data(), static_cast<std::streamsize>(buf.size()));
            if (k <= 0) break;
            text.append(buf.data(), static_cast<size_t>(k));
            if (maxLines > 0) {
                lines += std::count(buf.data(), buf.data() + k, '\n');
                if (lines >= maxLines) break;
            }
        }
    };
    try {
        if (gzip) {
            boost::iostreams::filtering_streambuf<boost::iostreams::input> in;
            // Large buffers: with Boost's 4 KB defaults decompression takes twice as long.
            const std::streamsize bufSize = 1 << 18;
            in.push(boost::iostreams::gzip_decompressor(boost::iostreams::zlib::default_window_bits,
                                                        bufSize),
                    bufSize);
            in.push(file, bufSize);
            consume(in);
        } else {
            consume(*file.rdbuf());
        }
    } catch (const boost::iostreams::gzip_error& e) {
        throw DataError(path.string() + ": gzip error: " + e.what());
    }
    return text;
}

// The file `base` in dir, plain or ".gz". Returns the path and whether it is compressed.
std::pair<fs::path, bool> locate(const std::string& dir, const std::string& base) {
    const fs::path plain = fs::path(dir) / base;
    if (fs::is_regular_file(plain)) return {plain, false};
    const fs::path gz = fs::path(dir) / (base + ".gz");
    if (fs::is_regular_file(gz)) return {gz, true};
    throw DataError(plain.string() + "(.gz): file not found");
}

inline std::string_view trim(const char* b, const char* e) {
    while (b < e && *b == ' ') ++b;
    while (e > b && e[-1] == ' ') --e;
    return std::string_view(b, static_cast<size_t>(e - b));
}

// Category vocabulary of one column: open addressing on views into the file text (which must
// outlive it). Much faster than std::unordered_map here, where it is looked up ~9 million times.
class Vocab {
public:
    Vocab() : slots_(64) {}

    // Code of v (1, 2, ... in order of insertion), 0 if absent; with add, absent values are added.
    int32_t code(std::string_view v, bool add) {
        const uint64_t h = hash(v);
        size_t mask = slots_.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (s.code == 0) {
                if (!add) return 0;
                s = Slot{h, v.data(), static_cast<uint32_t>(v.size()), ++count_};
                values_.push_back(v);
                if (2 * static_cast<size_t>(count_) > slots_.size()) grow();
                return count_;
            }
            if (s.hash == h && s.len == v.size() && std::memcmp(s.data, v.data(), v.size()) == 0)
                return s.code;
        }
    }
    int size() const { return count_; }
    const std::vector<std::string_view>& values() const { return values_; }

private:
    struct Slot {
        uint64_t hash = 0;
        const char* data = nullptr;
        uint32_t len = 0;
        int32_t code = 0;  // 0 = empty slot
    };

    static uint64_t load(const char* p, size_t n) {  // up to 8 bytes
        uint64_t x = 0;
        std::memcpy(&x, p, n < 8 ? n : 8);
        return x;
    }
    static uint64_t hash(std::string_view v) {
        const size_t n = v.size();
        uint64_t a = load(v.data(), n);
        uint64_t b = n > 8 ? load(v.data() + n - 8, 8) : 0;
        uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ULL) ^ (n << 56)) * 0xBF58476D1CE4E5B9ULL;
        if (n > 16)  // middle bytes too, so long values sharing both ends still spread
            for (size_t i = 8; i + 8 < n; i += 8)
                h = (h ^ load(v.data() + i, 8)) * 0x94D049BB133111EBULL;
        return h ^ (h >> 31);
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.code == 0) continue;
            size_t i = s.hash & mask;
            while (slots_[i].code != 0) i = (i + 1) & mask;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    std::vector<std::string_view> values_;
    int32_t count_ = 0;
};

// Raw values of the columns that are not inputs (education, marital stat), coded per row.
struct SideCodes {
    std::map<std::string, int32_t, std::less<>> codes;
    std::vector<std::string> values;
    int32_t code(std::string_view v) {
        const auto it = codes.find(v);
        if (it != codes.end()) return it->second;
        const auto c = static_cast<int32_t>(values.size());
        values.emplace_back(v);
        codes.emplace(std::string(v), c);
        return c;
    }
};

// Parses one file's text into `out` (features raw, not yet standardised). With build = true new
// category values are added to the vocabularies (views into `text`, which must outlive them);
// otherwise unseen values get code 0.
void parse(std::string_view text, const std::string& fileName, int maxRows, int group, bool build,
           std::vector<Vocab>& vocab, const Layout& layout, Dataset& out, SideCodes side[2],
           std::vector<int32_t> sideRows[2]) {
    const char* p = text.data();
    const char* const end = p + text.size();
    long long capacity = std::count(p, end, '\n') + 1;
    if (maxRows > 0 && capacity > maxRows) capacity = maxRows;
    out.numeric.resize(layout.numNumeric, capacity);
    out.categorical.resize(layout.numCategorical, capacity);
    out.labels.resize(2, capacity);

    const char* fb[kFields];  // field begin / end (before trimming)
    const char* fe[kFields];
    long long lineNo = 0;
    int row = 0;
    auto where = [&](int col) {
        return fileName + ": line " + std::to_string(lineNo) + ", column " +
               std::to_string(col + 1) + " ('" + kColumns[col].name + "')";
    };
    while (p < end && (maxRows <= 0 || row < maxRows)) {
        const char* nl =
            static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        const char* le = nl ? nl : end;
        const char* ls = p;
        p = nl ? nl + 1 : end;
        ++lineNo;
        if (le > ls && le[-1] == '\r') --le;
        if (trim(ls, le).empty()) continue;

        // Split on ", ".
        int k = 0;
        const char* start = ls;
        for (const char* q = ls;;) {
            const char* c =
                static_cast<const char*>(std::memchr(q, ',', static_cast<size_t>(le - q)));
            if (!c) break;
            if (c + 1 < le && c[1] == ' ') {
                if (k < kFields) {
                    fb[k] = start;
                    fe[k] = c;
                }
                ++k;
                start = c + 2;
            }
            q = c + 1;
        }
        if (k < kFields) {
            fb[k] = start;
            fe[k] = le;
        }
        ++k;
        if (k != kFields)
            throw DataError(fileName + ": line " + std::to_string(lineNo) + ": " +
                            std::to_string(k) + " fields, expected " + std::to_string(kFields));

        float education = 0, marital = 0, income = 0;
        for (int col = 0; col < kFields; ++col) {
            const std::string_view v = trim(fb[col], fe[col]);
            switch (kColumns[col].role) {
                case Col::Numeric: {
                    double x = 0;
                    const auto r = std::from_chars(v.data(), v.data() + v.size(), x);
                    if (v.empty() || r.ec != std::errc() || r.ptr != v.data() + v.size() ||
                        !std::isfinite(x))
                        throw DataError(where(col) + ": " + quoteForMessage(v) +
                                        " is not a number");
                    // The engine stores 32-bit floats: a larger magnitude has no float value
                    // (and casting it is undefined behaviour).
                    if (std::fabs(x) > static_cast<double>(std::numeric_limits<float>::max()))
                        throw DataError(where(col) + ": " + quoteForMessage(v) +
                                        " is out of range (the largest magnitude is about 3.4e38)");
                    out.numeric(layout.numericIndex[col], row) = static_cast<float>(x);
                    break;
                }
                case Col::Categorical: {
                    out.categorical(layout.categoricalIndex[col], row) =
                        vocab[layout.categoricalIndex[col]].code(v, build);
                    break;
                }
                case Col::Education:
                    sideRows[0].push_back(side[0].code(v));
                    education =
                        std::find(std::begin(kCollege), std::end(kCollege), v) != std::end(kCollege)
                            ? 1.0f
                            : 0.0f;
                    break;
                case Col::Marital:
                    sideRows[1].push_back(side[1].code(v));
                    marital = v == "Never married" ? 1.0f : 0.0f;
                    break;
                case Col::Weight:
                    break;
                case Col::Label: {
                    std::string_view l = v;
                    if (!l.empty() && l.back() == '.') l = trim(l.data(), l.data() + l.size() - 1);
                    if (l == "50000+")
                        income = 1.0f;
                    else if (l == "- 50000")
                        income = 0.0f;
                    else
                        throw DataError(where(col) + ": unknown income label " +
                                        quoteForMessage(v));
                    break;
                }
            }
        }
        out.labels(0, row) = group == 1 ? income : education;
        out.labels(1, row) = marital;
        ++row;
    }
    out.numeric.conservativeResize(Eigen::NoChange, row);
    out.categorical.conservativeResize(Eigen::NoChange, row);
    out.labels.conservativeResize(Eigen::NoChange, row);
}

std::string fixed(double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

bool hasCensusData(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "census-income.data", ec) ||
           fs::is_regular_file(dir / "census-income.data.gz", ec);
}

}  // namespace

std::string defaultCensusDir() {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("MTL_CENSUS_DIR"); env && *env) candidates.emplace_back(env);
    const fs::path rel = fs::path("shared") / "data" / "census-income";
    candidates.push_back(fs::path("..") / rel);
    candidates.push_back(fs::path("..") / ".." / rel);
    candidates.push_back(fs::path("..") / ".." / ".." / rel);
    for (const fs::path& c : candidates) {
        if (!hasCensusData(c)) continue;
        std::error_code ec;
        fs::path abs = fs::absolute(c, ec);
        return (ec ? c : abs.lexically_normal()).string();
    }
    return std::string();
}

DataSplits loadCensus(const CensusConfig& cfg, FeatureEncoding* encoding) {
    if (cfg.group != 1 && cfg.group != 2)
        throw std::invalid_argument("loadCensus: group must be 1 or 2, not " +
                                    std::to_string(cfg.group));
    std::string dir = cfg.dir.empty() ? defaultCensusDir() : cfg.dir;
    if (dir.empty())
        throw DataError(
            "census-income data not found: set MTL_CENSUS_DIR or CensusConfig::dir to the folder "
            "holding census-income.data(.gz) and census-income.test(.gz)");
    const auto [trainPath, trainGz] = locate(dir, "census-income.data");
    const auto [testPath, testGz] = locate(dir, "census-income.test");
    // The test file is read (decompressed) on a second thread while the training file is read.
    const fs::path testFile = testPath;
    const bool testIsGz = testGz;
    const int maxTest = cfg.maxTestRows;
    std::future<std::string> testText =
        std::async(std::launch::async,
                   [testFile, testIsGz, maxTest] { return readText(testFile, testIsGz, maxTest); });
    const std::string trainText = readText(trainPath, trainGz, cfg.maxTrainRows);
    // (On an exception the future's destructor waits for the reader.)
    const std::string testTextRead = testText.get();
    return loadCensusText(
        {trainText, testTextRead, trainPath.filename().string(), testPath.filename().string()}, cfg,
        encoding);
}

DataSplits loadCensusText(const CensusText& text, const CensusConfig& cfg,
                          FeatureEncoding* encoding) {
    if (cfg.group != 1 && cfg.group != 2)
        throw std::invalid_argument("loadCensus: group must be 1 or 2, not " +
                                    std::to_string(cfg.group));
    static const Layout layout;
    DataSchema schema;
    for (int c = 0; c < kFields; ++c) {
        if (kColumns[c].role == Col::Numeric) schema.numericNames.push_back(kColumns[c].name);
        if (kColumns[c].role == Col::Categorical)
            schema.categoricalNames.push_back(kColumns[c].name);
    }
    if (cfg.group == 1)
        schema.tasks = {{"income", TaskKind::Binary}, {"marital", TaskKind::Binary}};
    else
        schema.tasks = {{"education", TaskKind::Binary}, {"marital", TaskKind::Binary}};

    std::vector<Vocab> vocab(layout.numCategorical);
    DataSplits out;
    SideCodes side[2];
    std::vector<int32_t> trainSide[2], testSide[2];
    parse(text.train, text.trainName, cfg.maxTrainRows, cfg.group, true, vocab, layout, out.train,
          side, trainSide);
    Dataset testAll;
    parse(text.test, text.testName, cfg.maxTestRows, cfg.group, false, vocab, layout, testAll, side,
          testSide);
    if (out.train.rows() == 0) throw DataError(text.trainName + ": no rows");

    for (int f = 0; f < layout.numCategorical; ++f)
        schema.cardinalities.push_back(static_cast<int>(vocab[f].size()) + 1);
    out.train.schema = schema;
    testAll.schema = schema;

    // Standardise with training statistics.
    std::vector<double> mean(layout.numNumeric), sd(layout.numNumeric);
    const int n = out.train.rows();
    for (int i = 0; i < layout.numNumeric; ++i) {
        double s = 0, ss = 0;
        for (int r = 0; r < n; ++r) s += out.train.numeric(i, r);
        const double m = s / n;
        for (int r = 0; r < n; ++r) {
            const double d = out.train.numeric(i, r) - m;
            ss += d * d;
        }
        double v = std::sqrt(ss / n);
        if (!(v > 0)) v = 1.0;
        mean[i] = m;
        sd[i] = v;
        for (Dataset* ds : {&out.train, &testAll})
            for (int r = 0; r < ds->rows(); ++r)
                ds->numeric(i, r) = static_cast<float>((ds->numeric(i, r) - m) / v);
    }

    // Shuffle the test file into valid (first half) and test (second half).
    const int nt = testAll.rows();
    std::vector<int> perm = seededPermutation(nt, cfg.seed);
    std::vector<int> validRows(perm.begin(), perm.begin() + nt / 2);
    std::vector<int> testRows(perm.begin() + nt / 2, perm.end());
    std::sort(validRows.begin(), validRows.end());
    std::sort(testRows.begin(), testRows.end());
    out.valid = testAll.subset(validRows);
    out.test = testAll.subset(testRows);
    for (int c = 0; c < 2; ++c) {
        SideColumn sc;
        sc.name = c == 0 ? "education" : "marital stat";
        sc.values = side[c].values;
        sc.train = std::move(trainSide[c]);
        for (int r : validRows) sc.valid.push_back(testSide[c][static_cast<size_t>(r)]);
        for (int r : testRows) sc.test.push_back(testSide[c][static_cast<size_t>(r)]);
        out.side.push_back(std::move(sc));
    }

    const std::string t0 = schema.tasks[0].name, t1 = schema.tasks[1].name;
    out.description = "census-income group " + std::to_string(cfg.group) + " (" + t0 + ", " + t1 +
                      "): " + std::to_string(out.train.rows()) + "/" +
                      std::to_string(out.valid.rows()) + "/" + std::to_string(out.test.rows()) +
                      " rows";
    out.notes.push_back("rows: train " + std::to_string(out.train.rows()) + ", valid " +
                        std::to_string(out.valid.rows()) + ", test " +
                        std::to_string(out.test.rows()));
    const long long pos0 = static_cast<long long>(out.train.labels.row(0).sum());
    const long long pos1 = static_cast<long long>(out.train.labels.row(1).sum());
    out.notes.push_back("positives on train: " + t0 + " " + std::to_string(pos0) + ", " + t1 + " " +
                        std::to_string(pos1));
    const double corr = labelCorrelation(out.test, 0, 1);
    out.notes.push_back("Pearson correlation of " + t0 + " and " + t1 +
                        " labels on the test split: " + fixed(corr, 4) +
                        " (paper |corr|: " + (cfg.group == 1 ? "0.1768" : "0.2373") + ")");
    out.notes.push_back("one-hot width: " + std::to_string(schema.oneHotWidth()) + " (" +
                        std::to_string(schema.numeric()) + " numeric + " +
                        std::to_string(schema.fields()) + " categorical fields)");

    if (encoding) {
        encoding->mean = mean;
        encoding->stddev = sd;
        encoding->categories.assign(layout.numCategorical, {});
        for (int f = 0; f < layout.numCategorical; ++f) {
            for (std::string_view value : vocab[f].values())
                encoding->categories[f].emplace_back(value);
        }
    }
    return out;
}

}  // namespace mtl
