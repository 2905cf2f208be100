#include "Report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

#include "train/Cost.h"

namespace mtl::cli {

std::string jsonEscape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') {
            o += '\\';
            o += c;
        } else if (c == '\n') {
            o += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            o += buf;
        } else {
            o += c;
        }
    }
    return o;
}

std::string jnum(double x) {
    if (!std::isfinite(x)) return "null";
    std::ostringstream os;
    os << std::setprecision(6) << x;
    return os.str();
}

namespace {

bool isHead(const Node& n) { return n.type.rfind("task.", 0) == 0 && n.params.count("task"); }

}  // namespace

std::string noLabelsReason(const Graph& graph, const std::string& task) {
    const Node* head = nullptr;
    for (const Node& n : graph.nodes())
        if (isHead(n) && n.getString("task") == task) head = &n;
    if (head) {
        // Follow the head's outputs to the first task head downstream.
        std::vector<NodeId> frontier{head->id};
        std::set<NodeId> seen{head->id};
        while (!frontier.empty()) {
            const NodeId id = frontier.back();
            frontier.pop_back();
            for (const Edge& e : graph.edges()) {
                if (e.from.node != id || !seen.insert(e.to.node).second) continue;
                const Node* next = graph.node(e.to.node);
                if (!next) continue;
                if (isHead(*next)) return "no labels: trained through " + next->getString("task");
                frontier.push_back(next->id);
            }
        }
    }
    return "no labels in the data";
}

std::string Reporter::note(const TaskMetrics& t) const {
    if (t.count > 0) return {};
    if (std::find(dataTasks_.begin(), dataTasks_.end(), t.task) != dataTasks_.end())
        return "no examples";
    return noLabelsReason(graph_, t.task);
}

std::string Reporter::taskJson(const TaskMetrics& t, bool withCount) const {
    std::ostringstream os;
    const std::string n = note(t);
    if (t.binary)
        os << "\"auc\": " << jnum(t.auc) << ", \"logloss\": " << jnum(t.loss);
    else
        os << "\"mse\": " << jnum(t.mse);
    if (withCount) os << ", \"count\": " << t.count;
    if (!n.empty()) os << ", \"note\": \"" << jsonEscape(n) << "\"";
    return os.str();
}

std::string Reporter::metricsJson(const EvalResult& r) const {
    std::ostringstream os;
    os << "{";
    for (size_t i = 0; i < r.tasks.size(); ++i)
        os << (i ? ", " : "") << "\"" << jsonEscape(r.tasks[i].task) << "\": {"
           << taskJson(r.tasks[i], true) << "}";
    os << "}";
    return os.str();
}

std::string Reporter::gatesJson(const EvalResult& r) const {
    std::ostringstream os;
    os << "{";
    for (size_t g = 0; g < r.gates.size(); ++g) {
        os << (g ? ", " : "") << "\"" << jsonEscape(r.gates[g].gate) << "\": {\"mean\": [";
        for (size_t e = 0; e < r.gates[g].mean.size(); ++e)
            os << (e ? ", " : "") << jnum(r.gates[g].mean[e]);
        os << "], \"std\": [";
        for (size_t e = 0; e < r.gates[g].std.size(); ++e)
            os << (e ? ", " : "") << jnum(r.gates[g].std[e]);
        os << "]}";
    }
    os << "}";
    return os.str();
}

void Reporter::printTable(const EvalResult& r, const std::string& title) const {
    std::cout << title << "\n";
    size_t w = 16;
    for (const TaskMetrics& t : r.tasks) w = std::max(w, t.task.size() + 2);
    for (const TaskMetrics& t : r.tasks) {
        std::cout << "  " << std::left << std::setw(static_cast<int>(w)) << t.task << std::fixed
                  << std::setprecision(4);
        const std::string n = note(t);
        if (!n.empty())
            std::cout << n;
        else if (t.binary)
            std::cout << "AUC " << t.auc << "   log-loss " << t.loss;
        else
            std::cout << "MSE " << t.mse;
        if (n.empty()) std::cout << "   (" << t.count << " examples)";
        std::cout << std::defaultfloat << "\n";
    }
}

void EpochPrinter::onEpoch(const EpochSnapshot& e) {
    if (json_) {
        std::ostringstream os;
        os << "{\"epoch\": " << e.epoch + 1 << ", \"train_loss\": " << jnum(e.trainLoss)
           << ", \"seconds\": " << jnum(e.seconds)
           << ", \"rss_mb\": " << jnum(residentBytes() / (1 << 20))
           << ", \"anon_rss_mb\": " << jnum(anonymousResidentBytes() / (1 << 20))
           << ", \"valid\": {";
        for (size_t i = 0; i < e.valid.tasks.size(); ++i)
            os << (i ? ", " : "") << "\"" << jsonEscape(e.valid.tasks[i].task) << "\": {"
               << reporter_.taskJson(e.valid.tasks[i], false) << "}";
        os << "}}";
        std::cout << os.str() << std::endl;
        return;
    }
    std::vector<std::string> cells;
    for (const TaskMetrics& t : e.valid.tasks) {
        std::ostringstream c;
        c << std::fixed << std::setprecision(4);
        if (t.count == 0)
            c << reporter_.note(t);
        else if (t.binary)
            c << t.auc << " / " << t.loss;
        else
            c << t.mse;
        cells.push_back(c.str());
    }
    if (widths_.empty()) {
        std::cout << std::left << std::setw(7) << "epoch" << std::setw(12) << "train loss";
        for (size_t i = 0; i < e.valid.tasks.size(); ++i) {
            const TaskMetrics& t = e.valid.tasks[i];
            const std::string head = t.task + (t.binary ? " AUC/logloss" : " MSE");
            const int w =
                static_cast<int>(std::max({size_t(22), head.size() + 2, cells[i].size() + 2}));
            widths_.push_back(w);
            std::cout << std::setw(w) << head;
        }
        std::cout << "seconds\n";
    }
    std::cout << std::left << std::setw(7) << e.epoch + 1 << std::setw(12) << std::setprecision(5)
              << e.trainLoss;
    for (size_t i = 0; i < cells.size(); ++i)
        std::cout << std::setw(i < widths_.size() ? widths_[i] : 22) << cells[i];
    std::cout << std::fixed << std::setprecision(1) << e.seconds << std::defaultfloat
              << (e.improved ? "  *" : "") << std::endl;
}

std::string conflictText(const TrainResult& r) {
    std::ostringstream os;
    os << "task conflict over " << r.conflictSamples << " measured steps: mean cosine "
       << std::fixed << std::setprecision(3) << r.meanCosine << ", in conflict (a cosine < 0) on "
       << std::setprecision(1) << 100 * r.conflictShare << " % of them";
    if (std::isfinite(r.changedShare))
        os << "; the method changed the shared gradient on " << 100 * r.changedShare
           << " % (mean relative change " << std::setprecision(3) << r.meanGradientChange << ")";
    return os.str();
}

std::string conflictJson(const TrainResult& r) {
    if (r.conflictSamples == 0) return "null";
    std::ostringstream os;
    os << "{\"steps\": " << r.conflictSamples << ", \"mean_cosine\": " << jnum(r.meanCosine)
       << ", \"conflict_share\": " << jnum(r.conflictShare)
       << ", \"changed_share\": " << jnum(r.changedShare)
       << ", \"mean_change\": " << jnum(r.meanGradientChange) << "}";
    return os.str();
}

}  // namespace mtl::cli
