#pragma once
// The Boost serialisation of every archived class (graphs, models, projects and their runs), the
// envelope's constants and the payload bounds checks. Details of io/Archive.h (see its header
// comment for the file format); included by Archive.cpp and by tests that craft payloads.
#include <algorithm>
#include <boost/serialization/array_wrapper.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "experiment/ExperimentRecord.h"
#include "graph/Graph.h"
#include "io/Archive.h"
#include "io/ArchiveEnvelope.h"
#include "metrics/Metrics.h"
#include "nn/Model.h"
#include "nn/Optimizer.h"
#include "nn/Tensor.h"
#include "train/RunRecord.h"
#include "train/Trainer.h"

namespace mtl {

namespace archive_detail {

// Bytes left in the payload being loaded on this thread; SIZE_MAX when the serialize functions
// are used with an archive that this module did not open (no limit can be known then).
std::uint64_t remaining();

// Throws ArchiveError (Corrupt) unless `count` items of at least `bytesEach` bytes fit in what
// remains of the payload. `what` names the items in the message.
void checkFits(std::uint64_t count, std::uint64_t bytesEach, const char* what);

[[noreturn]] void corrupt(const std::string& what);
[[noreturn]] void newerClass(const char* what, unsigned int found, int supported);

// Boost 1.74 hands a newer class version to serialize() without complaint: every load checks.
template <class T>
void checkVersion(unsigned int version, const char* what) {
    const int supported = boost::serialization::version<T>::value;
    if (version > static_cast<unsigned int>(supported)) newerClass(what, version, supported);
}

template <class Archive>
void saveString(Archive& ar, const std::string& s) {
    const std::uint64_t n = s.size();
    ar& n;
    if (n) ar& boost::serialization::make_array(s.data(), s.size());
}

template <class Archive>
void loadString(Archive& ar, std::string& s) {
    std::uint64_t n = 0;
    ar& n;
    checkFits(n, 1, "text");
    s.assign(static_cast<std::size_t>(n), '\0');
    if (n) ar& boost::serialization::make_array(&s[0], s.size());
}

template <class Archive>
void saveIntList(Archive& ar, const std::vector<int>& v) {
    const std::uint64_t n = v.size();
    ar& n;
    for (int x : v) {
        const std::int32_t y = x;
        ar& y;
    }
}

template <class Archive>
void loadIntList(Archive& ar, std::vector<int>& v) {
    std::uint64_t n = 0;
    ar& n;
    checkFits(n, 4, "list");
    v.resize(static_cast<std::size_t>(n));
    for (int& x : v) {
        std::int32_t y = 0;
        ar& y;
        x = y;
    }
}

template <class Archive>
void saveStrings(Archive& ar, const std::vector<std::string>& v) {
    const std::uint64_t n = v.size();
    ar& n;
    for (const std::string& s : v) saveString(ar, s);
}

template <class Archive>
void loadStrings(Archive& ar, std::vector<std::string>& v) {
    std::uint64_t n = 0;
    ar& n;
    checkFits(n, 8, "names");
    v.clear();
    v.resize(static_cast<std::size_t>(n));
    for (std::string& s : v) loadString(ar, s);
}

template <class Archive>
void saveDoubles(Archive& ar, const std::vector<double>& v) {
    const std::uint64_t n = v.size();
    ar& n;
    if (n) ar& boost::serialization::make_array(v.data(), v.size());
}

template <class Archive>
void loadDoubles(Archive& ar, std::vector<double>& v) {
    std::uint64_t n = 0;
    ar& n;
    checkFits(n, 8, "values");
    v.assign(static_cast<std::size_t>(n), 0.0);
    if (n) ar& boost::serialization::make_array(v.data(), v.size());
}

// Lists of serialisable classes: the count, then each element. `bytesEach` is a lower bound on the
// bytes one element takes in the payload (checked before anything is allocated).
template <class Archive, class T>
void saveList(Archive& ar, const std::vector<T>& v) {
    const std::uint64_t n = v.size();
    ar& n;
    for (const T& x : v) ar& x;
}

template <class Archive, class T>
void loadList(Archive& ar, std::vector<T>& v, std::uint64_t bytesEach, const char* what) {
    std::uint64_t n = 0;
    ar& n;
    checkFits(n, bytesEach, what);
    v.clear();
    v.resize(static_cast<std::size_t>(n));
    for (T& x : v) ar& x;
}

// GateStats::experts: the count, then (node, index) as int32 pairs.
template <class Archive>
void saveGateExperts(Archive& ar, const std::vector<GateExpert>& v) {
    std::vector<int> flat;
    for (const GateExpert& e : v) flat.insert(flat.end(), {e.node, e.index});
    saveIntList(ar, flat);
}

template <class Archive>
void loadGateExperts(Archive& ar, std::vector<GateExpert>& v) {
    std::vector<int> flat;
    loadIntList(ar, flat);
    if (flat.size() % 2) corrupt("an odd number of values in a gate's experts");
    v.clear();
    for (size_t i = 0; i + 1 < flat.size(); i += 2) v.push_back({flat[i], flat[i + 1]});
}

// A matrix of doubles as a list of rows (GateSummary).
template <class Archive>
void saveRows(Archive& ar, const std::vector<std::vector<double>>& m) {
    const std::uint64_t n = m.size();
    ar& n;
    for (const auto& row : m) saveDoubles(ar, row);
}

template <class Archive>
void loadRows(Archive& ar, std::vector<std::vector<double>>& m) {
    std::uint64_t n = 0;
    ar& n;
    checkFits(n, 8, "rows");
    m.assign(static_cast<std::size_t>(n), {});
    for (auto& row : m) loadDoubles(ar, row);
}

// RunRecord::gateSummary (run version 2).
template <class Archive>
void saveGateSummary(Archive& ar, const GateSummary& s) {
    saveRows(ar, s.jsMatrix);
    ar& s.meanJs& s.meanExampleJs;
    saveDoubles(ar, s.entropy);
    saveDoubles(ar, s.normalisedEntropy);
    saveIntList(ar, s.deadExperts);
    saveRows(ar, s.expertSimilarity);
    std::vector<int> pairs;
    for (const auto& [a, b] : s.nearDuplicates) pairs.insert(pairs.end(), {a, b});
    saveIntList(ar, pairs);
    saveStrings(ar, s.gateNames);
    saveGateExperts(ar, s.experts);
    saveStrings(ar, s.expertNames);
}

template <class Archive>
void loadGateSummary(Archive& ar, GateSummary& s) {
    s = GateSummary();
    loadRows(ar, s.jsMatrix);
    ar& s.meanJs& s.meanExampleJs;
    loadDoubles(ar, s.entropy);
    loadDoubles(ar, s.normalisedEntropy);
    loadIntList(ar, s.deadExperts);
    loadRows(ar, s.expertSimilarity);
    std::vector<int> pairs;
    loadIntList(ar, pairs);
    if (pairs.size() % 2) corrupt("an odd number of values in near-duplicate experts");
    for (size_t i = 0; i + 1 < pairs.size(); i += 2)
        s.nearDuplicates.push_back({pairs[i], pairs[i + 1]});
    loadStrings(ar, s.gateNames);
    loadGateExperts(ar, s.experts);
    loadStrings(ar, s.expertNames);
}

// Weights by parameter name (ModelFile::weights, RunRecord::weights).
template <class Archive>
void saveWeights(Archive& ar, const std::vector<std::pair<std::string, Mat>>& w) {
    const std::uint64_t n = w.size();
    ar& n;
    for (const auto& p : w) {
        saveString(ar, p.first);
        ar& p.second;
    }
}

template <class Archive>
void loadWeights(Archive& ar, std::vector<std::pair<std::string, Mat>>& w) {
    std::uint64_t n = 0;
    ar& n;
    checkFits(n, 25, "weights");
    w.clear();
    w.resize(static_cast<std::size_t>(n));
    for (auto& p : w) {
        loadString(ar, p.first);
        ar& p.second;
    }
}

template <class Archive>
void ioBool(Archive& ar, bool& b) {
    std::uint8_t v = b ? 1 : 0;
    ar& v;
    if (Archive::is_loading::value) {
        if (v > 1) corrupt("bad boolean value " + std::to_string(v));
        b = v != 0;
    }
}

template <class Archive>
void ioInt(Archive& ar, int& x) {
    std::int32_t v = x;
    ar& v;
    if (Archive::is_loading::value) x = v;
}

template <class Archive>
void ioLong(Archive& ar, long long& x) {
    std::int64_t v = x;
    ar& v;
    if (Archive::is_loading::value) x = v;
}

template <class Archive>
void ioSeed(Archive& ar, unsigned long long& x) {  // seeds: uint64
    std::uint64_t v = x;
    ar& v;
    if (Archive::is_loading::value) x = v;
}

// Enums are stored as int32 and range-checked on load (last = highest valid value).
template <class Archive, class E>
void ioEnum(Archive& ar, E& e, E last, const char* what) {
    std::int32_t v = static_cast<std::int32_t>(e);
    ar& v;
    if (Archive::is_loading::value) {
        if (v < 0 || v > static_cast<std::int32_t>(last))
            corrupt(std::string("bad ") + what + " " + std::to_string(v));
        e = static_cast<E>(v);
    }
}

// The same for the save functions, which see const objects (by value: a copy is written).
template <class Archive>
void saveBool(Archive& ar, bool b) {
    ioBool(ar, b);
}
template <class Archive>
void saveInt(Archive& ar, int x) {
    ioInt(ar, x);
}
template <class Archive>
void saveLong(Archive& ar, long long x) {
    ioLong(ar, x);
}
template <class Archive>
void saveSeed(Archive& ar, unsigned long long x) {
    ioSeed(ar, x);
}
template <class Archive, class E>
void saveEnum(Archive& ar, E e, E last, const char* what) {
    ioEnum(ar, e, last, what);
}

// TrainConfig::weighting (TrainConfig class version 3): the method by its stable key.
template <class Archive>
void saveWeightingConfig(Archive& ar, const WeightingConfig& w) {
    saveString(ar, weightingName(w.method));
    ar& w.gradnormAlpha& w.gradnormLr& w.dwaT& w.cagradC;
    saveDoubles(ar, w.pleGamma);
    saveDoubles(ar, w.pleW0);
    saveSeed(ar, w.seed);
    saveInt(ar, w.conflictEvery);
}

template <class Archive>
void loadWeightingConfig(Archive& ar, WeightingConfig& w) {
    std::string key;
    loadString(ar, key);
    if (!weightingFromString(key, w.method)) corrupt("unknown loss weighting '" + key + "'");
    ar& w.gradnormAlpha& w.gradnormLr& w.dwaT& w.cagradC;
    loadDoubles(ar, w.pleGamma);
    loadDoubles(ar, w.pleW0);
    ioSeed(ar, w.seed);
    ioInt(ar, w.conflictEvery);
    const std::string bad = w.check(0);
    if (!bad.empty()) corrupt("loss weighting: " + bad);
}

// ModelFile::weighting (ModelFile class version 2).
template <class Archive>
void saveWeightingState(Archive& ar, const WeightingState& s) {
    saveString(ar, s.method);
    saveDoubles(ar, s.logVar);
    saveDoubles(ar, s.weights);
    saveDoubles(ar, s.initialLoss);
    saveRows(ar, s.lossHistory);
    saveDoubles(ar, s.uwMoment1);
    saveDoubles(ar, s.uwMoment2);
    saveLong(ar, s.steps);
}

template <class Archive>
void loadWeightingState(Archive& ar, WeightingState& s) {
    loadString(ar, s.method);
    loadDoubles(ar, s.logVar);
    loadDoubles(ar, s.weights);
    loadDoubles(ar, s.initialLoss);
    loadRows(ar, s.lossHistory);
    loadDoubles(ar, s.uwMoment1);
    loadDoubles(ar, s.uwMoment2);
    ioLong(ar, s.steps);
    WeightingMethod m;
    if (!s.method.empty() && !weightingFromString(s.method, m))
        corrupt("unknown loss weighting '" + s.method + "'");
    auto finite = [](const std::vector<double>& v) {
        return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
    };
    bool ok = finite(s.logVar) && finite(s.weights) && finite(s.initialLoss) &&
              finite(s.uwMoment1) && finite(s.uwMoment2);
    for (const auto& row : s.lossHistory) ok = ok && finite(row);
    if (!ok) corrupt("the loss weighting's state holds values that are not finite");
}

// exp::RunSummary inside an experiment record (ExperimentRecord class version 1).
template <class Archive>
void saveRunSummary(Archive& ar, const exp::RunSummary& r) {
    const std::uint64_t index = r.index;
    ar& index;
    for (const std::string* s : {&r.key, &r.group, &r.data, &r.arch, &r.optimizer, &r.lossWeights})
        saveString(ar, *s);
    ar& r.lr;
    saveInt(ar, r.batch);
    saveInt(ar, r.epochsConfigured);
    saveSeed(ar, r.seed);
    saveSeed(ar, r.dataSeed);
    const std::uint64_t tasks = r.tasks.size();
    ar& tasks;
    for (const exp::TaskResult& t : r.tasks) {
        saveString(ar, t.task);
        saveBool(ar, t.binary);
        ar& t.validLoss& t.validAuc& t.testLoss& t.testAuc;
    }
    saveInt(ar, r.epochs);
    saveInt(ar, r.bestEpoch);
    ar& r.seconds;
    saveBool(ar, r.ok);
    saveString(ar, r.reason);
    const std::uint64_t gates = r.gates.size();
    ar& gates;
    for (const exp::GateSummary& g : r.gates) {
        saveString(ar, g.gate);
        saveDoubles(ar, g.mean);
    }
    ar& r.meanJs& r.meanExampleJs;
    saveDoubles(ar, r.normalisedEntropy);
    saveInt(ar, r.deadExperts);
    saveString(ar, r.weighting);  // ExperimentRecord version 2
    ar& r.meanCosine& r.conflictShare;
}

template <class Archive>
void loadRunSummary(Archive& ar, exp::RunSummary& r, unsigned int version) {
    r = exp::RunSummary();
    std::uint64_t index = 0;
    ar& index;
    if (index > std::numeric_limits<std::uint32_t>::max())
        corrupt("a run's cell index is too large");
    r.index = static_cast<std::size_t>(index);
    for (std::string* s : {&r.key, &r.group, &r.data, &r.arch, &r.optimizer, &r.lossWeights})
        loadString(ar, *s);
    ar& r.lr;
    ioInt(ar, r.batch);
    ioInt(ar, r.epochsConfigured);
    ioSeed(ar, r.seed);
    ioSeed(ar, r.dataSeed);
    std::uint64_t tasks = 0;
    ar& tasks;
    checkFits(tasks, 41, "task results");
    r.tasks.resize(static_cast<std::size_t>(tasks));
    for (exp::TaskResult& t : r.tasks) {
        loadString(ar, t.task);
        ioBool(ar, t.binary);
        ar& t.validLoss& t.validAuc& t.testLoss& t.testAuc;
    }
    ioInt(ar, r.epochs);
    ioInt(ar, r.bestEpoch);
    ar& r.seconds;
    ioBool(ar, r.ok);
    loadString(ar, r.reason);
    std::uint64_t gates = 0;
    ar& gates;
    checkFits(gates, 16, "gate summaries");
    r.gates.resize(static_cast<std::size_t>(gates));
    for (exp::GateSummary& g : r.gates) {
        loadString(ar, g.gate);
        loadDoubles(ar, g.mean);
    }
    ar& r.meanJs& r.meanExampleJs;
    loadDoubles(ar, r.normalisedEntropy);
    ioInt(ar, r.deadExperts);
    if (version >= 2) {
        loadString(ar, r.weighting);
        WeightingMethod m;
        if (!weightingFromString(r.weighting, m))
            corrupt("unknown loss weighting '" + r.weighting + "'");
        ar& r.meanCosine& r.conflictShare;
    }
}

}  // namespace archive_detail
}  // namespace mtl

// Class versions and tracking. Declared before the serialize functions, which
// refuse data of a newer version than these.
BOOST_CLASS_VERSION(mtl::ParamValue, 1)
BOOST_CLASS_VERSION(mtl::Node, 1)
BOOST_CLASS_VERSION(mtl::PortRef, 1)
BOOST_CLASS_VERSION(mtl::Edge, 1)
BOOST_CLASS_VERSION(mtl::Graph, 1)
BOOST_CLASS_VERSION(mtl::TaskInfo, 1)
BOOST_CLASS_VERSION(mtl::DataSchema, 1)
BOOST_CLASS_VERSION(mtl::OptimizerConfig, 1)
BOOST_CLASS_VERSION(mtl::TrainConfig, 3)  // 2: divergenceFactor, 3: weighting
BOOST_CLASS_VERSION(mtl::OptimizerState, 1)
BOOST_CLASS_VERSION(mtl::ModelFile, 2)              // 2: weighting state
BOOST_CLASS_VERSION(mtl::ProjectFile, 4)            // 2: runs, 3: experiments, 4: classroom
BOOST_CLASS_VERSION(mtl::exp::ExperimentRecord, 2)  // 2: weighting, task conflict
BOOST_CLASS_VERSION(mtl::SyntheticConfig, 1)
BOOST_CLASS_VERSION(mtl::CensusConfig, 1)
BOOST_CLASS_VERSION(mtl::CsvColumn, 2)   // 2: classes
BOOST_CLASS_VERSION(mtl::CsvOptions, 2)  // 2: headerLine, skipLines
BOOST_CLASS_VERSION(mtl::FunnelConfig, 1)
BOOST_CLASS_VERSION(mtl::DataSpec, 2)       // 2: the funnel kind and its settings
BOOST_CLASS_VERSION(mtl::BatchSnapshot, 2)  // 2: weighting and task conflict
BOOST_CLASS_VERSION(mtl::TaskMetrics, 1)
BOOST_CLASS_VERSION(mtl::GateStats, 2)  // 2: identity (node, slot, layer, tasks, experts)
BOOST_CLASS_VERSION(mtl::EvalResult, 1)
BOOST_CLASS_VERSION(mtl::EpochSnapshot, 1)
BOOST_CLASS_VERSION(mtl::RunRecord, 3)  // 2: gateSummary, 3: task conflict

// Everything is saved by value, never through pointers: no object tracking needed.
BOOST_CLASS_TRACKING(mtl::ParamValue, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::Node, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::PortRef, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::Edge, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::Graph, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::TaskInfo, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::DataSchema, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::OptimizerConfig, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::TrainConfig, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::OptimizerState, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::ModelFile, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::ProjectFile, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::SyntheticConfig, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::CensusConfig, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::CsvColumn, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::CsvOptions, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::FunnelConfig, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::DataSpec, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::BatchSnapshot, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::TaskMetrics, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::GateStats, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::EvalResult, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::EpochSnapshot, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::RunRecord, boost::serialization::track_never)
BOOST_CLASS_TRACKING(mtl::exp::ExperimentRecord, boost::serialization::track_never)

namespace boost {
namespace serialization {

template <class S, int R, int C, int O, int MR, int MC>
struct version<Eigen::Matrix<S, R, C, O, MR, MC>> {
    typedef mpl::int_<1> type;
    typedef mpl::integral_c_tag tag;
    BOOST_STATIC_CONSTANT(int, value = version::type::value);
};

// ------------------------------------------------------------------------------ Eigen matrices
// rows (int64), cols (int64), scalar size in bytes (uint8), then rows*cols scalars as one binary
// block in Eigen's storage order. A file scalar of 4 or 8 bytes loads into float or double.

template <class Archive, class S, int R, int C, int O, int MR, int MC>
void save(Archive& ar, const Eigen::Matrix<S, R, C, O, MR, MC>& m, const unsigned int version) {
    static_assert(std::is_floating_point<S>::value, "only float/double matrices are serialisable");
    (void)version;
    const std::int64_t rows = m.rows(), cols = m.cols();
    const std::uint8_t bytes = sizeof(S);
    ar& rows& cols& bytes;
    if (m.size()) ar& make_array(m.data(), static_cast<std::size_t>(m.size()));
}

template <class Archive, class S, int R, int C, int O, int MR, int MC>
void load(Archive& ar, Eigen::Matrix<S, R, C, O, MR, MC>& m, const unsigned int version) {
    static_assert(std::is_floating_point<S>::value, "only float/double matrices are serialisable");
    mtl::archive_detail::checkVersion<Eigen::Matrix<S, R, C, O, MR, MC>>(version, "matrix");
    using mtl::archive_detail::corrupt;
    std::int64_t rows = 0, cols = 0;
    std::uint8_t bytes = 0;
    ar& rows& cols& bytes;
    if (rows < 0 || cols < 0 || rows > std::numeric_limits<int>::max() ||
        cols > std::numeric_limits<int>::max())
        corrupt("impossible matrix size " + std::to_string(rows) + " x " + std::to_string(cols));
    if ((R != Eigen::Dynamic && rows != R) || (C != Eigen::Dynamic && cols != C))
        corrupt("matrix of " + std::to_string(rows) + " x " + std::to_string(cols) +
                " where a fixed size was expected");
    if (bytes != 4 && bytes != 8) corrupt("matrix scalar of " + std::to_string(bytes) + " bytes");
    // rows*cols*bytes must fit what is left (overflow-safe: divide instead of multiplying).
    const std::uint64_t left = mtl::archive_detail::remaining();
    if (rows && cols &&
        static_cast<std::uint64_t>(rows) > left / bytes / static_cast<std::uint64_t>(cols))
        corrupt("matrix of " + std::to_string(rows) + " x " + std::to_string(cols) +
                " is larger than the file");
    m.resize(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
    const std::size_t n = static_cast<std::size_t>(rows * cols);
    if (!n) return;
    if (bytes == sizeof(S)) {
        ar& make_array(m.data(), n);
    } else if (bytes == 4) {
        std::vector<float> tmp(n);
        ar& make_array(tmp.data(), n);
        for (std::size_t i = 0; i < n; ++i) m.data()[i] = static_cast<S>(tmp[i]);
    } else {
        std::vector<double> tmp(n);
        ar& make_array(tmp.data(), n);
        for (std::size_t i = 0; i < n; ++i) m.data()[i] = static_cast<S>(tmp[i]);
    }
}

template <class Archive, class S, int R, int C, int O, int MR, int MC>
void serialize(Archive& ar, Eigen::Matrix<S, R, C, O, MR, MC>& m, const unsigned int version) {
    split_free(ar, m, version);
}

// ------------------------------------------------------------------------------- graph types

template <class Archive>
void save(Archive& ar, const mtl::ParamValue& p, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    mtl::ParamValue::Kind kind = p.kind;
    d::ioEnum(ar, kind, mtl::ParamValue::Kind::IntList, "parameter kind");
    switch (p.kind) {
        case mtl::ParamValue::Kind::Int: {
            long long i = p.i;
            d::ioLong(ar, i);
            break;
        }
        case mtl::ParamValue::Kind::Real:
            ar& p.r;
            break;
        case mtl::ParamValue::Kind::Bool: {
            bool b = p.b;
            d::ioBool(ar, b);
            break;
        }
        case mtl::ParamValue::Kind::String:
            d::saveString(ar, p.s);
            break;
        case mtl::ParamValue::Kind::IntList:
            d::saveIntList(ar, p.list);
            break;
    }
}

template <class Archive>
void load(Archive& ar, mtl::ParamValue& p, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::ParamValue>(version, "parameter");
    namespace d = mtl::archive_detail;
    p = mtl::ParamValue();
    d::ioEnum(ar, p.kind, mtl::ParamValue::Kind::IntList, "parameter kind");
    switch (p.kind) {
        case mtl::ParamValue::Kind::Int:
            d::ioLong(ar, p.i);
            break;
        case mtl::ParamValue::Kind::Real:
            ar& p.r;
            break;
        case mtl::ParamValue::Kind::Bool:
            d::ioBool(ar, p.b);
            break;
        case mtl::ParamValue::Kind::String:
            d::loadString(ar, p.s);
            break;
        case mtl::ParamValue::Kind::IntList:
            d::loadIntList(ar, p.list);
            break;
    }
}

template <class Archive>
void save(Archive& ar, const mtl::Node& n, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    int id = n.id;
    d::ioInt(ar, id);
    d::saveString(ar, n.type);
    d::saveString(ar, n.name);
    ar& n.x& n.y;
    const std::uint64_t count = n.params.size();
    ar& count;
    for (const auto& kv : n.params) {
        d::saveString(ar, kv.first);
        ar& kv.second;
    }
}

template <class Archive>
void load(Archive& ar, mtl::Node& n, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::Node>(version, "node");
    namespace d = mtl::archive_detail;
    n = mtl::Node();
    d::ioInt(ar, n.id);
    d::loadString(ar, n.type);
    d::loadString(ar, n.name);
    ar& n.x& n.y;
    std::uint64_t count = 0;
    ar& count;
    d::checkFits(count, 12, "node parameters");
    for (std::uint64_t k = 0; k < count; ++k) {
        std::string key;
        d::loadString(ar, key);
        mtl::ParamValue v;
        ar& v;
        if (!n.params.emplace(std::move(key), std::move(v)).second)
            d::corrupt("node '" + n.name + "' has a parameter twice");
    }
}

template <class Archive>
void serialize(Archive& ar, mtl::PortRef& p, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::PortRef>(version, "port");
    mtl::archive_detail::ioInt(ar, p.node);
    if constexpr (Archive::is_saving::value)
        mtl::archive_detail::saveString(ar, p.port);
    else
        mtl::archive_detail::loadString(ar, p.port);
}

template <class Archive>
void serialize(Archive& ar, mtl::Edge& e, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::Edge>(version, "edge");
    ar& e.from& e.to;
}

template <class Archive>
void save(Archive& ar, const mtl::Graph& g, const unsigned int /*version*/) {
    const std::uint64_t nodes = g.nodes().size(), edges = g.edges().size();
    ar& nodes;
    for (const mtl::Node& n : g.nodes()) ar& n;
    ar& edges;
    for (const mtl::Edge& e : g.edges()) ar& e;
    int next = g.nextId();
    mtl::archive_detail::ioInt(ar, next);
}

template <class Archive>
void load(Archive& ar, mtl::Graph& g, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::Graph>(version, "graph");
    namespace d = mtl::archive_detail;
    g.clear();
    std::vector<mtl::Node>& nodes = g.mutableNodes();
    std::vector<mtl::Edge>& edges = g.mutableEdges();
    nodes.clear();
    edges.clear();
    std::uint64_t count = 0;
    ar& count;
    d::checkFits(count, 40, "nodes");
    for (std::uint64_t k = 0; k < count; ++k) {
        nodes.emplace_back();
        ar& nodes.back();
    }
    ar& count;
    d::checkFits(count, 24, "edges");
    for (std::uint64_t k = 0; k < count; ++k) {
        edges.emplace_back();
        ar& edges.back();
    }
    int next = 1;
    d::ioInt(ar, next);
    int maxId = 0;
    for (size_t a = 0; a < nodes.size(); ++a) {
        if (nodes[a].id < 0) d::corrupt("negative node id " + std::to_string(nodes[a].id));
        for (size_t b = 0; b < a; ++b)
            if (nodes[a].id == nodes[b].id)
                d::corrupt("node id " + std::to_string(nodes[a].id) + " used twice");
        maxId = std::max(maxId, nodes[a].id);
    }
    g.setNextId(std::max(next, maxId + 1));
}

template <class Archive>
void serialize(Archive& ar, mtl::ParamValue& p, const unsigned int version) {
    split_free(ar, p, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::Node& n, const unsigned int version) {
    split_free(ar, n, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::Graph& g, const unsigned int version) {
    split_free(ar, g, version);
}

// -------------------------------------------------------------------------------- data schema

template <class Archive>
void serialize(Archive& ar, mtl::TaskInfo& t, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::TaskInfo>(version, "task");
    namespace d = mtl::archive_detail;
    if constexpr (Archive::is_saving::value)
        d::saveString(ar, t.name);
    else
        d::loadString(ar, t.name);
    d::ioEnum(ar, t.kind, mtl::TaskKind::Regression, "task kind");
}

template <class Archive>
void save(Archive& ar, const mtl::DataSchema& s, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveStrings(ar, s.numericNames);
    d::saveStrings(ar, s.categoricalNames);
    d::saveIntList(ar, s.cardinalities);
    const std::uint64_t n = s.tasks.size();
    ar& n;
    for (const mtl::TaskInfo& t : s.tasks) ar& t;
}

template <class Archive>
void load(Archive& ar, mtl::DataSchema& s, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::DataSchema>(version, "data schema");
    namespace d = mtl::archive_detail;
    s = mtl::DataSchema();
    d::loadStrings(ar, s.numericNames);
    d::loadStrings(ar, s.categoricalNames);
    d::loadIntList(ar, s.cardinalities);
    std::uint64_t n = 0;
    ar& n;
    d::checkFits(n, 12, "tasks");
    s.tasks.resize(static_cast<std::size_t>(n));
    for (mtl::TaskInfo& t : s.tasks) ar& t;
}

template <class Archive>
void serialize(Archive& ar, mtl::DataSchema& s, const unsigned int version) {
    split_free(ar, s, version);
}

// ------------------------------------------------------------------------------------ training

template <class Archive>
void serialize(Archive& ar, mtl::OptimizerConfig& c, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::OptimizerConfig>(version, "optimizer settings");
    mtl::archive_detail::ioEnum(ar, c.kind, mtl::OptimizerKind::Adagrad, "optimizer kind");
    ar& c.lr& c.momentum& c.beta1& c.beta2& c.eps& c.adagradEps& c.weightDecay;
}

template <class Archive>
void save(Archive& ar, const mtl::TrainConfig& c, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    ar& c.optimizer;
    int batchSize = c.batchSize, epochs = c.epochs, patience = c.patience, evalBatch = c.evalBatch,
        every = c.batchSnapshotEvery;
    bool restoreBest = c.restoreBest;
    const std::uint64_t seed = c.seed;
    d::ioInt(ar, batchSize);
    d::ioInt(ar, epochs);
    ar& seed;
    d::saveString(ar, c.earlyStopTask);
    d::ioInt(ar, patience);
    d::ioBool(ar, restoreBest);
    d::ioInt(ar, evalBatch);
    const std::uint64_t n = c.lossWeights.size();
    ar& n;
    for (const auto& w : c.lossWeights) {
        d::saveString(ar, w.first);
        ar& w.second;
    }
    d::ioInt(ar, every);
    ar& c.divergenceFactor;                   // version 2
    d::saveWeightingConfig(ar, c.weighting);  // version 3
}

template <class Archive>
void load(Archive& ar, mtl::TrainConfig& c, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::TrainConfig>(version, "training settings");
    namespace d = mtl::archive_detail;
    c = mtl::TrainConfig();
    ar& c.optimizer;
    d::ioInt(ar, c.batchSize);
    d::ioInt(ar, c.epochs);
    std::uint64_t seed = 0;
    ar& seed;
    c.seed = seed;
    d::loadString(ar, c.earlyStopTask);
    d::ioInt(ar, c.patience);
    d::ioBool(ar, c.restoreBest);
    d::ioInt(ar, c.evalBatch);
    std::uint64_t n = 0;
    ar& n;
    d::checkFits(n, 16, "loss weights");
    c.lossWeights.resize(static_cast<std::size_t>(n));
    for (auto& w : c.lossWeights) {
        d::loadString(ar, w.first);
        ar& w.second;
    }
    d::ioInt(ar, c.batchSnapshotEvery);
    if (version >= 2) ar& c.divergenceFactor;                   // version 1 files keep the default
    if (version >= 3) d::loadWeightingConfig(ar, c.weighting);  // older: EW
}

template <class Archive>
void serialize(Archive& ar, mtl::TrainConfig& c, const unsigned int version) {
    split_free(ar, c, version);
}

// ---------------------------------------------------------------------------------- data specs

template <class Archive>
void save(Archive& ar, const mtl::SyntheticConfig& c, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    for (int x : {c.d, c.nTrain, c.nValid, c.nTest, c.m}) d::saveInt(ar, x);
    ar& c.c& c.alphaScale& c.betaScale& c.noiseStd& c.p;
    d::saveSeed(ar, c.seed);
    d::saveBool(ar, c.binary);
}

template <class Archive>
void load(Archive& ar, mtl::SyntheticConfig& c, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::SyntheticConfig>(version, "synthetic data settings");
    namespace d = mtl::archive_detail;
    c = mtl::SyntheticConfig();
    for (int* x : {&c.d, &c.nTrain, &c.nValid, &c.nTest, &c.m}) d::ioInt(ar, *x);
    ar& c.c& c.alphaScale& c.betaScale& c.noiseStd& c.p;
    d::ioSeed(ar, c.seed);
    d::ioBool(ar, c.binary);
}

template <class Archive>
void save(Archive& ar, const mtl::CensusConfig& c, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveString(ar, c.dir);
    d::saveInt(ar, c.group);
    d::saveSeed(ar, c.seed);
    d::saveInt(ar, c.maxTrainRows);
    d::saveInt(ar, c.maxTestRows);
}

template <class Archive>
void load(Archive& ar, mtl::CensusConfig& c, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::CensusConfig>(version, "census data settings");
    namespace d = mtl::archive_detail;
    c = mtl::CensusConfig();
    d::loadString(ar, c.dir);
    d::ioInt(ar, c.group);
    d::ioSeed(ar, c.seed);
    d::ioInt(ar, c.maxTrainRows);
    d::ioInt(ar, c.maxTestRows);
}

template <class Archive>
void save(Archive& ar, const mtl::CsvColumn& c, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveString(ar, c.name);
    d::saveEnum(ar, c.role, mtl::ColumnRole::Ignore, "column role");
    d::saveString(ar, c.task);
    d::saveEnum(ar, c.kind, mtl::TaskKind::Regression, "task kind");
    d::saveStrings(ar, c.classes);
}

template <class Archive>
void load(Archive& ar, mtl::CsvColumn& c, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::CsvColumn>(version, "CSV column");
    namespace d = mtl::archive_detail;
    c = mtl::CsvColumn();
    d::loadString(ar, c.name);
    d::ioEnum(ar, c.role, mtl::ColumnRole::Ignore, "column role");
    d::loadString(ar, c.task);
    d::ioEnum(ar, c.kind, mtl::TaskKind::Regression, "task kind");
    if (version >= 2) d::loadStrings(ar, c.classes);
}

template <class Archive>
void save(Archive& ar, const mtl::CsvOptions& o, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    const std::uint8_t delimiter = static_cast<unsigned char>(o.delimiter);
    ar& delimiter;
    d::saveBool(ar, o.header);
    d::saveList(ar, o.columns);
    ar& o.validFrac& o.testFrac;
    d::saveSeed(ar, o.seed);
    int headerLine = o.headerLine, skipLines = o.skipLines;
    d::ioInt(ar, headerLine);
    d::ioInt(ar, skipLines);
}

template <class Archive>
void load(Archive& ar, mtl::CsvOptions& o, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::CsvOptions>(version, "CSV settings");
    namespace d = mtl::archive_detail;
    o = mtl::CsvOptions();
    std::uint8_t delimiter = 0;
    ar& delimiter;
    o.delimiter = static_cast<char>(delimiter);
    d::ioBool(ar, o.header);
    d::loadList(ar, o.columns, 24, "CSV columns");
    ar& o.validFrac& o.testFrac;
    d::ioSeed(ar, o.seed);
    if (version >= 2) {
        d::ioInt(ar, o.headerLine);
        d::ioInt(ar, o.skipLines);
    }
}

template <class Archive>
void save(Archive& ar, const mtl::FunnelConfig& c, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    for (int x : {c.d, c.nTrain, c.nValid, c.nTest, c.m}) d::saveInt(ar, x);
    ar& c.clickRate& c.conversionRate& c.bias& c.clickSlope& c.conversionSlope;
    d::saveSeed(ar, c.seed);
}

template <class Archive>
void load(Archive& ar, mtl::FunnelConfig& c, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::FunnelConfig>(version, "funnel data settings");
    namespace d = mtl::archive_detail;
    c = mtl::FunnelConfig();
    for (int* x : {&c.d, &c.nTrain, &c.nValid, &c.nTest, &c.m}) d::ioInt(ar, *x);
    ar& c.clickRate& c.conversionRate& c.bias& c.clickSlope& c.conversionSlope;
    d::ioSeed(ar, c.seed);
}

template <class Archive>
void save(Archive& ar, const mtl::DataSpec& s, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveEnum(ar, s.kind, mtl::DataSpec::Kind::Funnel, "kind of data");
    ar& s.synthetic& s.census;
    d::saveString(ar, s.csvPath);
    ar& s.csv;
    ar& s.funnel;  // version 2
}

template <class Archive>
void load(Archive& ar, mtl::DataSpec& s, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::DataSpec>(version, "data settings");
    namespace d = mtl::archive_detail;
    s = mtl::DataSpec();
    d::ioEnum(ar, s.kind, version >= 2 ? mtl::DataSpec::Kind::Funnel : mtl::DataSpec::Kind::Csv,
              "kind of data");
    ar& s.synthetic& s.census;
    d::loadString(ar, s.csvPath);
    ar& s.csv;
    if (version >= 2) ar& s.funnel;
}

template <class Archive>
void serialize(Archive& ar, mtl::SyntheticConfig& c, const unsigned int version) {
    split_free(ar, c, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::CensusConfig& c, const unsigned int version) {
    split_free(ar, c, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::CsvColumn& c, const unsigned int version) {
    split_free(ar, c, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::CsvOptions& o, const unsigned int version) {
    split_free(ar, o, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::FunnelConfig& c, const unsigned int version) {
    split_free(ar, c, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::DataSpec& s, const unsigned int version) {
    split_free(ar, s, version);
}

// ------------------------------------------------------------------------- metrics and snapshots

template <class Archive>
void save(Archive& ar, const mtl::TaskMetrics& m, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveString(ar, m.task);
    d::saveBool(ar, m.binary);
    d::saveInt(ar, m.count);
    ar& m.loss& m.auc& m.mse;
}

template <class Archive>
void load(Archive& ar, mtl::TaskMetrics& m, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::TaskMetrics>(version, "task metrics");
    namespace d = mtl::archive_detail;
    m = mtl::TaskMetrics();
    d::loadString(ar, m.task);
    d::ioBool(ar, m.binary);
    d::ioInt(ar, m.count);
    ar& m.loss& m.auc& m.mse;
}

template <class Archive>
void save(Archive& ar, const mtl::GateStats& g, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveString(ar, g.gate);
    d::saveStrings(ar, g.expertLabels);
    d::saveDoubles(ar, g.mean);
    d::saveDoubles(ar, g.std);
    // Version 2: identity.
    d::saveInt(ar, g.node);
    d::saveInt(ar, g.slot);
    d::saveString(ar, g.layer);
    d::saveStrings(ar, g.tasks);
    d::saveBool(ar, g.shared);
    d::saveGateExperts(ar, g.experts);
}

template <class Archive>
void load(Archive& ar, mtl::GateStats& g, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::GateStats>(version, "gate statistics");
    namespace d = mtl::archive_detail;
    g = mtl::GateStats();
    d::loadString(ar, g.gate);
    d::loadStrings(ar, g.expertLabels);
    d::loadDoubles(ar, g.mean);
    d::loadDoubles(ar, g.std);
    if (version >= 2) {
        d::ioInt(ar, g.node);
        d::ioInt(ar, g.slot);
        d::loadString(ar, g.layer);
        d::loadStrings(ar, g.tasks);
        d::ioBool(ar, g.shared);
        d::loadGateExperts(ar, g.experts);
    }
}

template <class Archive>
void save(Archive& ar, const mtl::EvalResult& r, const unsigned int /*version*/) {
    mtl::archive_detail::saveList(ar, r.tasks);
    mtl::archive_detail::saveList(ar, r.gates);
    ar& r.totalLoss;
}

template <class Archive>
void load(Archive& ar, mtl::EvalResult& r, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::EvalResult>(version, "evaluation");
    r = mtl::EvalResult();
    mtl::archive_detail::loadList(ar, r.tasks, 37, "task metrics");
    mtl::archive_detail::loadList(ar, r.gates, 32, "gate statistics");
    ar& r.totalLoss;
}

template <class Archive>
void save(Archive& ar, const mtl::BatchSnapshot& s, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    for (int x : {s.epoch, s.batch, s.batchesPerEpoch}) d::saveInt(ar, x);
    d::saveLong(ar, s.step);
    ar& s.loss;
    d::saveDoubles(ar, s.taskLoss);
    ar& s.samplesPerSecond& s.learningRate;
    d::saveDoubles(ar, s.lossWeights);
    // version 2
    d::saveString(ar, s.weighting);
    d::saveDoubles(ar, s.methodWeights);
    d::saveDoubles(ar, s.logVariance);
    d::saveLong(ar, s.conflictStep);
    d::saveIntList(ar, s.conflictHeads);
    d::saveDoubles(ar, s.taskGradNorm);
    d::saveDoubles(ar, s.cosine);
    d::saveStrings(ar, s.groupNames);
    d::saveRows(ar, s.groupCosine);
    d::saveBool(ar, s.gradientChanged);
    ar& s.gradientChange& s.changedShare;
}

template <class Archive>
void load(Archive& ar, mtl::BatchSnapshot& s, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::BatchSnapshot>(version, "batch snapshot");
    namespace d = mtl::archive_detail;
    s = mtl::BatchSnapshot();
    for (int* x : {&s.epoch, &s.batch, &s.batchesPerEpoch}) d::ioInt(ar, *x);
    d::ioLong(ar, s.step);
    ar& s.loss;
    d::loadDoubles(ar, s.taskLoss);
    ar& s.samplesPerSecond& s.learningRate;
    d::loadDoubles(ar, s.lossWeights);
    if (version < 2) return;
    d::loadString(ar, s.weighting);
    d::loadDoubles(ar, s.methodWeights);
    d::loadDoubles(ar, s.logVariance);
    d::ioLong(ar, s.conflictStep);
    d::loadIntList(ar, s.conflictHeads);
    d::loadDoubles(ar, s.taskGradNorm);
    d::loadDoubles(ar, s.cosine);
    d::loadStrings(ar, s.groupNames);
    d::loadRows(ar, s.groupCosine);
    d::ioBool(ar, s.gradientChanged);
    ar& s.gradientChange& s.changedShare;
}

template <class Archive>
void save(Archive& ar, const mtl::EpochSnapshot& s, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveInt(ar, s.epoch);
    ar& s.trainLoss;
    d::saveDoubles(ar, s.trainTaskLoss);
    ar& s.valid& s.seconds;
    d::saveBool(ar, s.improved);
}

template <class Archive>
void load(Archive& ar, mtl::EpochSnapshot& s, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::EpochSnapshot>(version, "epoch snapshot");
    namespace d = mtl::archive_detail;
    s = mtl::EpochSnapshot();
    d::ioInt(ar, s.epoch);
    ar& s.trainLoss;
    d::loadDoubles(ar, s.trainTaskLoss);
    ar& s.valid& s.seconds;
    d::ioBool(ar, s.improved);
}

template <class Archive>
void serialize(Archive& ar, mtl::TaskMetrics& m, const unsigned int version) {
    split_free(ar, m, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::GateStats& g, const unsigned int version) {
    split_free(ar, g, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::EvalResult& r, const unsigned int version) {
    split_free(ar, r, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::BatchSnapshot& s, const unsigned int version) {
    split_free(ar, s, version);
}
template <class Archive>
void serialize(Archive& ar, mtl::EpochSnapshot& s, const unsigned int version) {
    split_free(ar, s, version);
}

// ----------------------------------------------------------------------------------- run record

template <class Archive>
void save(Archive& ar, const mtl::RunRecord& r, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveString(ar, r.name);
    ar& r.graph& r.schema& r.data;
    d::saveString(ar, r.dataDescription);
    d::saveStrings(ar, r.dataNotes);
    ar& r.config;
    d::saveStrings(ar, r.taskNames);
    d::saveList(ar, r.batches);
    d::saveList(ar, r.epochs);
    d::saveBool(ar, r.ok);
    d::saveBool(ar, r.stopped);
    d::saveString(ar, r.endReason);
    ar& r.seconds& r.test;
    const std::uint64_t curves = r.roc.size();
    ar& curves;
    for (const auto& curve : r.roc) {
        const std::uint64_t points = curve.size();
        ar& points;
        for (const auto& p : curve) ar& p.first& p.second;
    }
    d::saveWeights(ar, r.weights);
    d::saveGateSummary(ar, r.gateSummary);  // version 2
    ar& r.conflictSamples& r.meanCosine& r.conflictShare& r.changedShare& r
        .meanGradientChange;  // version 3
}

template <class Archive>
void load(Archive& ar, mtl::RunRecord& r, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::RunRecord>(version, "run");
    namespace d = mtl::archive_detail;
    r = mtl::RunRecord();
    d::loadString(ar, r.name);
    ar& r.graph& r.schema& r.data;
    d::loadString(ar, r.dataDescription);
    d::loadStrings(ar, r.dataNotes);
    ar& r.config;
    d::loadStrings(ar, r.taskNames);
    d::loadList(ar, r.batches, 60, "batch snapshots");
    d::loadList(ar, r.epochs, 53, "epoch snapshots");
    d::ioBool(ar, r.ok);
    d::ioBool(ar, r.stopped);
    d::loadString(ar, r.endReason);
    ar& r.seconds& r.test;
    std::uint64_t curves = 0;
    ar& curves;
    d::checkFits(curves, 8, "ROC curves");
    r.roc.resize(static_cast<std::size_t>(curves));
    for (auto& curve : r.roc) {
        std::uint64_t points = 0;
        ar& points;
        d::checkFits(points, 16, "ROC points");
        curve.resize(static_cast<std::size_t>(points));
        for (auto& p : curve) ar& p.first& p.second;
    }
    d::loadWeights(ar, r.weights);
    if (version >= 2) d::loadGateSummary(ar, r.gateSummary);
    if (version >= 3) {
        ar& r.conflictSamples& r.meanCosine& r.conflictShare& r.changedShare& r.meanGradientChange;
        if (r.conflictSamples < 0) d::corrupt("a negative count of conflict measurements");
    }
}

template <class Archive>
void serialize(Archive& ar, mtl::RunRecord& r, const unsigned int version) {
    split_free(ar, r, version);
}

// ---------------------------------------------------------------------------------- model file

template <class Archive>
void save(Archive& ar, const mtl::OptimizerState& s, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    bool present = s.present;
    d::ioBool(ar, present);
    ar& s.config;
    long long steps = s.steps;
    d::ioLong(ar, steps);
    const std::uint64_t n0 = s.slot0.size(), n1 = s.slot1.size();
    ar& n0;
    for (const mtl::Mat& m : s.slot0) ar& m;
    ar& n1;
    for (const mtl::Mat& m : s.slot1) ar& m;
}

template <class Archive>
void load(Archive& ar, mtl::OptimizerState& s, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::OptimizerState>(version, "optimizer state");
    namespace d = mtl::archive_detail;
    s = mtl::OptimizerState();
    d::ioBool(ar, s.present);
    ar& s.config;
    d::ioLong(ar, s.steps);
    for (std::vector<mtl::Mat>* slot : {&s.slot0, &s.slot1}) {
        std::uint64_t n = 0;
        ar& n;
        d::checkFits(n, 17, "optimizer slots");
        slot->resize(static_cast<std::size_t>(n));
        for (mtl::Mat& m : *slot) ar& m;
    }
}

template <class Archive>
void serialize(Archive& ar, mtl::OptimizerState& s, const unsigned int version) {
    split_free(ar, s, version);
}

template <class Archive>
void save(Archive& ar, const mtl::ModelFile& f, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    int realBytes = f.realBytes;
    d::ioInt(ar, realBytes);
    ar& f.graph& f.schema& f.train;
    d::saveWeights(ar, f.weights);
    ar& f.optimizer;
    d::saveString(ar, f.note);
    d::saveWeightingState(ar, f.weighting);  // version 2
}

template <class Archive>
void load(Archive& ar, mtl::ModelFile& f, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::ModelFile>(version, "model");
    namespace d = mtl::archive_detail;
    d::ioInt(ar, f.realBytes);
    ar& f.graph& f.schema& f.train;
    d::loadWeights(ar, f.weights);
    ar& f.optimizer;
    d::loadString(ar, f.note);
    f.weighting = mtl::WeightingState();
    if (version >= 2) d::loadWeightingState(ar, f.weighting);
}

template <class Archive>
void serialize(Archive& ar, mtl::ModelFile& f, const unsigned int version) {
    split_free(ar, f, version);
}

template <class Archive>
void save(Archive& ar, const mtl::exp::ExperimentRecord& r, const unsigned int /*version*/) {
    namespace d = mtl::archive_detail;
    d::saveString(ar, r.name);
    const std::uint64_t entries = r.entries.size();
    ar& entries;
    for (const auto& [name, value] : r.entries) {
        d::saveString(ar, name);
        d::saveString(ar, value);
    }
    const std::uint64_t cells = r.cells;
    ar& cells;
    const std::uint64_t runs = r.runs.size();
    ar& runs;
    for (const mtl::exp::RunSummary& s : r.runs) d::saveRunSummary(ar, s);
}

template <class Archive>
void load(Archive& ar, mtl::exp::ExperimentRecord& r, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::exp::ExperimentRecord>(version, "experiment");
    namespace d = mtl::archive_detail;
    r = mtl::exp::ExperimentRecord();
    d::loadString(ar, r.name);
    std::uint64_t entries = 0;
    ar& entries;
    d::checkFits(entries, 16, "spec entries");
    r.entries.resize(static_cast<std::size_t>(entries));
    for (auto& [name, value] : r.entries) {
        d::loadString(ar, name);
        d::loadString(ar, value);
    }
    std::uint64_t cells = 0;
    ar& cells;
    if (cells > std::numeric_limits<std::uint32_t>::max()) d::corrupt("too many cells");
    r.cells = static_cast<std::size_t>(cells);
    std::uint64_t runs = 0;
    ar& runs;
    d::checkFits(runs, 120, "experiment runs");
    r.runs.resize(static_cast<std::size_t>(runs));
    for (mtl::exp::RunSummary& s : r.runs) d::loadRunSummary(ar, s, version);
}

template <class Archive>
void serialize(Archive& ar, mtl::exp::ExperimentRecord& r, const unsigned int version) {
    split_free(ar, r, version);
}

template <class Archive>
void save(Archive& ar, const mtl::ProjectFile& p, const unsigned int /*version*/) {
    ar& p.graph& p.schema;
    mtl::archive_detail::saveString(ar, p.note);
    mtl::archive_detail::saveList(ar, p.runs);         // version 2
    mtl::archive_detail::saveList(ar, p.experiments);  // version 3
    bool enabled = p.classroom.enabled;                // version 4
    mtl::archive_detail::ioBool(ar, enabled);
    mtl::archive_detail::saveStrings(ar, p.classroom.hidden);
}

template <class Archive>
void load(Archive& ar, mtl::ProjectFile& p, const unsigned int version) {
    mtl::archive_detail::checkVersion<mtl::ProjectFile>(version, "project");
    ar& p.graph& p.schema;
    mtl::archive_detail::loadString(ar, p.note);
    p.runs.clear();
    if (version >= 2) mtl::archive_detail::loadList(ar, p.runs, 64, "runs");  // version 1: no runs
    p.experiments.clear();
    if (version >= 3) mtl::archive_detail::loadList(ar, p.experiments, 32, "experiments");
    p.classroom = mtl::ClassroomSettings();
    if (version >= 4) {
        mtl::archive_detail::ioBool(ar, p.classroom.enabled);
        mtl::archive_detail::loadStrings(ar, p.classroom.hidden);
    }
}

template <class Archive>
void serialize(Archive& ar, mtl::ProjectFile& p, const unsigned int version) {
    split_free(ar, p, version);
}

}  // namespace serialization
}  // namespace boost
