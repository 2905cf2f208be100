#include "experiment/Stats.h"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace mtl::exp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string weightingOf(const RunSummary& r) {
    return r.weighting.empty() ? std::string("ew") : r.weighting;
}

std::string hyperOf(const RunSummary& r) {
    return "opt=" + r.optimizer + "|lr=" + jsonNumber(r.lr) + "|batch=" + std::to_string(r.batch) +
           "|epochs=" + std::to_string(r.epochsConfigured) + "|lw=" + r.lossWeights +
           (r.weighting.empty() || r.weighting == "ew" ? std::string()
                                                       : "|weighting=" + r.weighting);
}

// Runs grouped by group key, groups in order of first index, runs by index.
std::vector<std::vector<const RunSummary*>> byGroup(const std::vector<RunSummary>& runs) {
    std::vector<const RunSummary*> sorted;
    for (const RunSummary& r : runs) sorted.push_back(&r);
    std::sort(sorted.begin(), sorted.end(),
              [](const RunSummary* a, const RunSummary* b) { return a->index < b->index; });
    std::map<std::string, size_t> where;
    std::vector<std::vector<const RunSummary*>> groups;
    for (const RunSummary* r : sorted) {
        auto it = where.find(r->group);
        if (it == where.end()) {
            where[r->group] = groups.size();
            groups.push_back({r});
        } else {
            groups[it->second].push_back(r);
        }
    }
    return groups;
}

GroupStats statsOf(const std::vector<const RunSummary*>& g) {
    GroupStats s;
    const RunSummary& f = *g.front();
    s.group = f.group;
    s.data = f.data;
    s.arch = f.arch;
    s.hyper = hyperOf(f);
    s.weighting = weightingOf(f);
    s.firstIndex = f.index;
    s.runs = static_cast<int>(g.size());
    for (const TaskResult& t : f.tasks) {
        s.tasks.push_back(t.task);
        s.higherIsBetter.push_back(t.binary);
    }
    std::vector<double> vs, ts;
    double best = kNaN;
    const bool hi = f.higherIsBetter();
    for (const RunSummary* r : g) {
        if (!r->ok) ++s.failed;
        vs.push_back(r->validScore());
        const double score = r->testScore();
        ts.push_back(score);
        if (std::isfinite(score) && (!std::isfinite(best) || (hi ? score > best : score < best))) {
            best = score;
            s.bestKey = r->key;
            s.bestSeed = r->seed;
        }
    }
    s.validScore = describe(vs);
    s.testScore = describe(ts);
    std::vector<double> secs, cos, share;
    for (const RunSummary* r : g) {
        secs.push_back(r->seconds);
        cos.push_back(r->meanCosine);
        share.push_back(r->conflictShare);
    }
    s.seconds = describe(secs);
    s.meanCosine = describe(cos);
    s.conflictShare = describe(share);
    for (size_t t = 0; t < s.tasks.size(); ++t) {
        std::vector<double> tv, vv;
        for (const RunSummary* r : g)
            if (t < r->tasks.size()) {
                tv.push_back(r->testMetric(t));
                vv.push_back(r->validMetric(t));
            }
        s.test.push_back(describe(tv));
        s.valid.push_back(describe(vv));
    }
    return s;
}

struct Selected {
    Selection sel;
    std::vector<const RunSummary*> runs;
};

std::vector<Selected> select(const std::vector<RunSummary>& runs) {
    std::vector<Selected> out;
    std::map<std::tuple<std::string, std::string, std::string>, size_t> where;
    for (const auto& g : byGroup(runs)) {
        GroupStats s = statsOf(g);
        const bool hi = g.front()->higherIsBetter();
        const auto k = std::make_tuple(s.data, s.arch, s.weighting);
        auto it = where.find(k);
        if (it == where.end()) {
            where[k] = out.size();
            Selected n;
            n.sel.data = s.data;
            n.sel.arch = s.arch;
            n.sel.weighting = s.weighting;
            n.sel.candidates.emplace_back(s.hyper, s.validScore.mean);
            n.sel.chosen = s;
            n.runs = g;
            out.push_back(n);
            continue;
        }
        Selected& cur = out[it->second];
        cur.sel.candidates.emplace_back(s.hyper, s.validScore.mean);
        const double a = s.validScore.mean, b = cur.sel.chosen.validScore.mean;
        const bool better = std::isfinite(a) && (!std::isfinite(b) || (hi ? a > b : a < b));
        if (better) {
            cur.sel.chosen = s;
            cur.runs = g;
        }
    }
    return out;
}

bool isSingle(const std::string& arch) { return arch == "single" || arch.rfind("single(", 0) == 0; }

// The single-task selection that is the baseline of data setting `data`: the EW one, else the
// first; nullptr when there is none.
const Selected* baselineOf(const std::vector<Selected>& sel, const std::string& data) {
    const Selected* first = nullptr;
    for (const Selected& s : sel) {
        if (s.sel.data != data || !isSingle(s.sel.arch)) continue;
        if (s.sel.weighting == "ew") return &s;
        if (!first) first = &s;
    }
    return first;
}

// The paired differences of a (over b's seeds), per task of a.
void appendPaired(std::vector<PairedDiff>& out, const Selected& a, const Selected& b) {
    std::map<unsigned long long, const RunSummary*> bySeed;
    for (const RunSummary* r : b.runs) bySeed[r->seed] = r;
    const GroupStats& ga = a.sel.chosen;
    for (size_t t = 0; t < ga.tasks.size(); ++t) {
        std::vector<double> d;
        for (const RunSummary* ra : a.runs) {
            auto it = bySeed.find(ra->seed);
            if (it == bySeed.end() || t >= ra->tasks.size() || t >= it->second->tasks.size())
                continue;
            d.push_back(ra->testMetric(t) - it->second->testMetric(t));
        }
        PairedDiff p;
        p.data = ga.data;
        p.archA = a.sel.arch;
        p.archB = b.sel.arch;
        p.weightingA = a.sel.weighting;
        p.weightingB = b.sel.weighting;
        p.task = ga.tasks[t];
        p.higherIsBetter = ga.higherIsBetter[t];
        p.diff = describe(d);
        out.push_back(p);
    }
}

void statJson(std::ostringstream& os, const Stat& s) {
    os << "{\"n\":" << s.n << ",\"mean\":" << jsonNumber(s.mean) << ",\"sd\":" << jsonNumber(s.sd)
       << ",\"ci95\":" << jsonNumber(s.half) << ",\"min\":" << jsonNumber(s.min)
       << ",\"max\":" << jsonNumber(s.max) << "}";
}

void groupJson(std::ostringstream& os, const GroupStats& g) {
    os << "{\"group\":\"" << jsonEscape(g.group) << "\",\"data\":\"" << jsonEscape(g.data)
       << "\",\"arch\":\"" << jsonEscape(g.arch) << "\",\"weighting\":\"" << jsonEscape(g.weighting)
       << "\",\"hyper\":\"" << jsonEscape(g.hyper) << "\",\"runs\":" << g.runs
       << ",\"failed\":" << g.failed << ",\"best_key\":\"" << jsonEscape(g.bestKey)
       << "\",\"valid_score\":";
    statJson(os, g.validScore);
    os << ",\"mean_cosine\":";
    statJson(os, g.meanCosine);
    os << ",\"tasks\":[";
    for (size_t t = 0; t < g.tasks.size(); ++t) {
        os << (t ? "," : "") << "{\"task\":\"" << jsonEscape(g.tasks[t]) << "\",\"metric\":\""
           << (g.higherIsBetter[t] ? "auc" : "mse") << "\",\"test\":";
        statJson(os, g.test[t]);
        os << ",\"valid\":";
        statJson(os, g.valid[t]);
        os << "}";
    }
    os << "]}";
}

}  // namespace

double tQuantile95(int df) {
    if (df < 1) return kNaN;
    boost::math::students_t dist(static_cast<double>(df));
    return boost::math::quantile(dist, 0.975);
}

Stat describe(const std::vector<double>& x) {
    Stat s;
    std::vector<double> v;
    for (double d : x)
        if (std::isfinite(d)) v.push_back(d);
    s.n = static_cast<int>(v.size());
    if (v.empty()) {
        s.mean = s.sd = s.half = s.lo = s.hi = s.min = s.max = kNaN;
        return s;
    }
    double sum = 0;
    for (double d : v) sum += d;
    s.mean = sum / s.n;
    double ss = 0;
    for (double d : v) ss += (d - s.mean) * (d - s.mean);
    s.sd = s.n > 1 ? std::sqrt(ss / (s.n - 1)) : kNaN;
    s.half = s.n > 1 ? tQuantile95(s.n - 1) * s.sd / std::sqrt(static_cast<double>(s.n)) : kNaN;
    s.lo = s.mean - s.half;
    s.hi = s.mean + s.half;
    s.min = *std::min_element(v.begin(), v.end());
    s.max = *std::max_element(v.begin(), v.end());
    return s;
}

std::vector<GroupStats> groupStats(const std::vector<RunSummary>& runs) {
    std::vector<GroupStats> out;
    for (const auto& g : byGroup(runs)) out.push_back(statsOf(g));
    return out;
}

std::vector<Selection> selectByValidation(const std::vector<RunSummary>& runs) {
    std::vector<Selection> out;
    for (Selected& s : select(runs)) out.push_back(std::move(s.sel));
    return out;
}

std::vector<PairedDiff> pairedDifferences(const std::vector<RunSummary>& runs) {
    std::vector<PairedDiff> out;
    const std::vector<Selected> sel = select(runs);
    for (size_t a = 0; a < sel.size(); ++a)
        for (size_t b = a + 1; b < sel.size(); ++b) {
            const Selection &sa = sel[a].sel, &sb = sel[b].sel;
            if (sa.data != sb.data) continue;
            if (sa.weighting == sb.weighting || isSingle(sa.arch) || isSingle(sb.arch)) {
                appendPaired(out, sel[a], sel[b]);
            } else if (sa.arch == sb.arch && (sa.weighting == "ew" || sb.weighting == "ew")) {
                // A method against EW on the same architecture: the method first.
                if (sa.weighting == "ew")
                    appendPaired(out, sel[b], sel[a]);
                else
                    appendPaired(out, sel[a], sel[b]);
            }
        }
    return out;
}

double mtlGain(double mtl, double single, bool higherIsBetter) {
    return higherIsBetter ? mtl - single : single - mtl;
}

double deltaP(const std::vector<double>& mtl, const std::vector<double>& single,
              const std::vector<bool>& higherIsBetter) {
    if (mtl.empty() || mtl.size() != single.size() || mtl.size() != higherIsBetter.size())
        throw std::invalid_argument("delta-p needs one metric per task for both models");
    double s = 0;
    for (size_t t = 0; t < mtl.size(); ++t)
        s += (higherIsBetter[t] ? 1.0 : -1.0) * (mtl[t] - single[t]) / single[t] * 100.0;
    return s / static_cast<double>(mtl.size());
}

std::vector<GainVsSingle> gainsVsSingle(const std::vector<RunSummary>& runs) {
    std::vector<GainVsSingle> out;
    const std::vector<Selected> sel = select(runs);
    for (const Selected& m : sel) {
        if (isSingle(m.sel.arch)) continue;
        const Selected* base = baselineOf(sel, m.sel.data);
        if (!base) continue;
        const GroupStats& s = base->sel.chosen;
        if (m.sel.chosen.tasks != s.tasks) continue;
        GainVsSingle g;
        g.data = m.sel.data;
        g.arch = m.sel.arch;
        g.weighting = m.sel.weighting;
        g.tasks = s.tasks;
        std::vector<double> mm, ss;
        for (size_t t = 0; t < s.tasks.size(); ++t) {
            mm.push_back(m.sel.chosen.test[t].mean);
            ss.push_back(s.test[t].mean);
            g.gain.push_back(mtlGain(mm.back(), ss.back(), s.higherIsBetter[t]));
        }
        g.deltaP = deltaP(mm, ss, s.higherIsBetter);
        out.push_back(g);
    }
    return out;
}

std::string methodLabel(const std::string& arch, const std::string& weighting) {
    return weighting.empty() || weighting == "ew" ? arch : arch + " + " + weighting;
}

std::string summaryJson(const std::vector<RunSummary>& runs) {
    std::ostringstream os;
    os << "{\"runs\":" << runs.size() << ",\"groups\":[";
    const std::vector<GroupStats> groups = groupStats(runs);
    for (size_t i = 0; i < groups.size(); ++i) {
        if (i) os << ",";
        groupJson(os, groups[i]);
    }
    os << "],\"selected\":[";
    const std::vector<Selection> sel = selectByValidation(runs);
    for (size_t i = 0; i < sel.size(); ++i) {
        os << (i ? "," : "") << "{\"data\":\"" << jsonEscape(sel[i].data) << "\",\"arch\":\""
           << jsonEscape(sel[i].arch) << "\",\"weighting\":\"" << jsonEscape(sel[i].weighting)
           << "\",\"candidates\":[";
        for (size_t c = 0; c < sel[i].candidates.size(); ++c)
            os << (c ? "," : "") << "{\"hyper\":\"" << jsonEscape(sel[i].candidates[c].first)
               << "\",\"valid_score\":" << jsonNumber(sel[i].candidates[c].second) << "}";
        os << "],\"chosen\":";
        groupJson(os, sel[i].chosen);
        os << "}";
    }
    os << "],\"paired\":[";
    const std::vector<PairedDiff> pd = pairedDifferences(runs);
    for (size_t i = 0; i < pd.size(); ++i) {
        os << (i ? "," : "") << "{\"data\":\"" << jsonEscape(pd[i].data) << "\",\"a\":\""
           << jsonEscape(pd[i].archA) << "\",\"a_weighting\":\"" << jsonEscape(pd[i].weightingA)
           << "\",\"b\":\"" << jsonEscape(pd[i].archB) << "\",\"b_weighting\":\""
           << jsonEscape(pd[i].weightingB) << "\",\"task\":\"" << jsonEscape(pd[i].task)
           << "\",\"metric\":\"" << (pd[i].higherIsBetter ? "auc" : "mse") << "\",\"a_minus_b\":";
        statJson(os, pd[i].diff);
        os << "}";
    }
    os << "],\"gain_vs_single\":[";
    const std::vector<GainVsSingle> gs = gainsVsSingle(runs);
    for (size_t i = 0; i < gs.size(); ++i) {
        os << (i ? "," : "") << "{\"data\":\"" << jsonEscape(gs[i].data) << "\",\"arch\":\""
           << jsonEscape(gs[i].arch) << "\",\"weighting\":\"" << jsonEscape(gs[i].weighting)
           << "\",\"gain\":{";
        for (size_t t = 0; t < gs[i].tasks.size(); ++t)
            os << (t ? "," : "") << "\"" << jsonEscape(gs[i].tasks[t])
               << "\":" << jsonNumber(gs[i].gain[t]);
        os << "},\"delta_p\":" << jsonNumber(gs[i].deltaP) << "}";
    }
    os << "]}";
    return os.str();
}

}  // namespace mtl::exp
