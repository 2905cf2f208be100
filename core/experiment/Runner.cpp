#include "experiment/Runner.h"

#include <omp.h>
#include <unistd.h>

#include <Eigen/Core>
#include <algorithm>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "experiment/Stats.h"

namespace mtl::exp {

std::string headerJson(const Experiment& e, int shardIndex, int shardCount) {
    std::string h = "{\"experiment\":{\"spec\":\"" + jsonEscape(e.canonical) +
                    "\",\"cells\":" + std::to_string(e.cellCount());
    if (shardCount > 1)
        h += ",\"shard\":\"" + std::to_string(shardIndex) + "/" + std::to_string(shardCount) + "\"";
    return h + "}}";
}

ResultsFile readResults(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the results file");
    ResultsFile f;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t pos = 0;
    int lineNo = 0;
    bool header = false;
    while (pos < text.size()) {
        const size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) break;  // a torn last line (killed while writing)
        const std::string line = text.substr(pos, nl - pos);
        ++lineNo;
        const std::string where = path + ":" + std::to_string(lineNo) + ": ";
        if (!header) {
            namespace pt = boost::property_tree;
            pt::ptree p;
            try {
                std::istringstream is(line);
                pt::read_json(is, p);
                f.spec = p.get<std::string>("experiment.spec");
                f.cells = p.get<size_t>("experiment.cells");
                f.shard = p.get<std::string>("experiment.shard", "");
            } catch (const std::exception&) {
                throw std::runtime_error(where + "not a sweep results file (no experiment header)");
            }
            header = true;
        } else if (line.rfind("{\"summary\"", 0) == 0) {
            f.hasSummary = true;
        } else {
            try {
                f.runs.push_back(runFromJson(line));
            } catch (const std::exception& ex) {
                throw std::runtime_error(where + ex.what());
            }
            if (f.runs.back().index >= f.cells)
                throw std::runtime_error(where + "cell index beyond the experiment's cells");
        }
        pos = nl + 1;
        f.completeBytes = pos;
    }
    if (!header)
        throw std::runtime_error(path + ": not a sweep results file (no experiment header)");
    return f;
}

void writeFinalResults(const std::string& path, const std::string& spec, size_t cells,
                       std::vector<RunSummary> runs) {
    std::sort(runs.begin(), runs.end(),
              [](const RunSummary& a, const RunSummary& b) { return a.index < b.index; });
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(path + ": cannot write");
        out << "{\"experiment\":{\"spec\":\"" << jsonEscape(spec) << "\",\"cells\":" << cells
            << "}}\n";
        for (const RunSummary& r : runs) out << toJson(r) << "\n";
        out << "{\"summary\":" << summaryJson(runs) << "}\n";
        out.flush();
        if (!out) throw std::runtime_error(path + ": cannot write");
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throw std::runtime_error(path + ": cannot rename the finished file into place");
    }
}

void collectResults(const std::vector<std::string>& inputs, const std::string& outPath) {
    if (inputs.empty()) throw std::runtime_error("collect needs at least one results file");
    std::string spec;
    size_t cells = 0;
    std::map<size_t, RunSummary> byIndex;
    for (size_t i = 0; i < inputs.size(); ++i) {
        ResultsFile f = readResults(inputs[i]);
        if (i == 0) {
            spec = f.spec;
            cells = f.cells;
        } else if (f.spec != spec || f.cells != cells) {
            throw std::runtime_error(inputs[i] + ": results of another experiment than " +
                                     inputs[0] + " (its spec: " + f.spec + ")");
        }
        for (RunSummary& r : f.runs) byIndex.emplace(r.index, std::move(r));
    }
    size_t missing = 0, first = 0;
    for (size_t c = 0; c < cells; ++c)
        if (!byIndex.count(c) && missing++ == 0) first = c;
    if (missing)
        throw std::runtime_error(std::to_string(missing) + " of " + std::to_string(cells) +
                                 " cells have no result in these files (the first: cell " +
                                 std::to_string(first) + "); run the missing shards first");
    std::vector<RunSummary> runs;
    for (auto& kv : byIndex) runs.push_back(std::move(kv.second));
    writeFinalResults(outPath, spec, cells, std::move(runs));
}

namespace {

using Clock = std::chrono::steady_clock;

struct DataEntry {
    std::shared_future<std::shared_ptr<const DataSplits>> data;
    size_t remaining = 0;
};

}  // namespace

RunnerResult runExperiment(const Experiment& e, const RunnerOptions& opt) {
    const auto t0 = Clock::now();
    if (opt.shardCount < 1 || opt.shardIndex < 0 || opt.shardIndex >= opt.shardCount)
        throw std::invalid_argument("shard index out of range");
    RunnerResult result;
    const size_t total = e.cellCount();
    std::vector<size_t> mine;
    for (size_t i = static_cast<size_t>(opt.shardIndex); i < total;
         i += static_cast<size_t>(opt.shardCount))
        mine.push_back(i);
    result.cells = mine.size();

    // Resume: the cells already in the file.
    std::set<size_t> done;
    std::FILE* out = nullptr;
    const std::string header = headerJson(e, opt.shardIndex, opt.shardCount);
    if (!opt.outPath.empty()) {
        std::error_code ec;
        const bool exists = std::filesystem::exists(opt.outPath, ec) &&
                            std::filesystem::file_size(opt.outPath, ec) > 0;
        if (exists) {
            ResultsFile f = readResults(opt.outPath);
            const std::string shard = opt.shardCount > 1 ? std::to_string(opt.shardIndex) + "/" +
                                                               std::to_string(opt.shardCount)
                                                         : "";
            if (f.spec != e.canonical || f.cells != total || f.shard != shard)
                throw std::runtime_error(opt.outPath + " holds results of another sweep (spec: " +
                                         f.spec + (f.shard.empty() ? "" : ", shard " + f.shard) +
                                         "); choose another file or repeat that sweep's options");
            for (const RunSummary& r : f.runs) {
                const Cell c = cellAt(e, r.index);
                if (c.key != r.key)
                    throw std::runtime_error(opt.outPath + ": cell " + std::to_string(r.index) +
                                             " has key '" + r.key + "', expected '" + c.key + "'");
                done.insert(r.index);
            }
            std::filesystem::resize_file(opt.outPath, f.completeBytes, ec);  // a torn line
            if (ec) throw std::runtime_error(opt.outPath + ": cannot truncate a torn last line");
            out = std::fopen(opt.outPath.c_str(), "ab");
        } else {
            out = std::fopen(opt.outPath.c_str(), "wb");
            if (out) {
                std::fputs((header + "\n").c_str(), out);
                std::fflush(out);
            }
        }
        if (!out) throw std::runtime_error(opt.outPath + ": cannot write the results file");
    }
    std::vector<size_t> pending;
    for (size_t i : mine)
        if (!done.count(i)) pending.push_back(i);
    result.skipped = mine.size() - pending.size();

    std::mutex mutex;
    std::map<std::string, DataEntry> cache;
    for (size_t i : pending) ++cache[dataKey(e, cellAt(e, i))].remaining;
    for (const auto& [key, data] : opt.preloaded) {
        auto it = cache.find(key);
        if (it == cache.end()) continue;
        std::promise<std::shared_ptr<const DataSplits>> p;
        p.set_value(data);
        it->second.data = p.get_future().share();
    }

    std::atomic<size_t> next{0};
    std::atomic<bool> abort{false};
    std::exception_ptr error;
    size_t finished = 0;
    const auto cancelled = [&] { return abort.load() || (opt.cancel && opt.cancel->load()); };
    // The trainer's stop flag: raised by the caller's cancel or by an error in another worker.
    std::atomic<bool> stop{false};

    // Eigen's thread count is one process-wide plain int: set here, before the workers start,
    // and only when it differs (workers setting it at once, or a run of another front end reading
    // it meanwhile, would race). OpenMP's is per thread.
    if (Eigen::nbThreads() != 1) Eigen::setNbThreads(1);
    const auto worker = [&] {
        omp_set_num_threads(1);
        while (!cancelled()) {
            const size_t k = next++;
            if (k >= pending.size()) break;
            const Cell cell = cellAt(e, pending[k]);
            const std::string dk = dataKey(e, cell);
            try {
                std::shared_future<std::shared_ptr<const DataSplits>> fut;
                std::promise<std::shared_ptr<const DataSplits>> mine;
                bool build = false;
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    DataEntry& entry = cache[dk];
                    if (!entry.data.valid()) {
                        entry.data = mine.get_future().share();
                        build = true;
                    }
                    fut = entry.data;
                }
                if (build) {
                    try {
                        mine.set_value(
                            std::make_shared<const DataSplits>(loadData(cellData(e, cell))));
                    } catch (...) {
                        mine.set_exception(std::current_exception());
                    }
                }
                const std::shared_ptr<const DataSplits> data = fut.get();
                RunSummary s = runCell(e, cell, *data, &stop);
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    if (--cache[dk].remaining == 0) cache.erase(dk);
                }
                if (s.reason == "stopped" && stop.load()) break;  // not a result: run again later
                std::lock_guard<std::mutex> lock(mutex);
                if (out) {
                    const std::string line = toJson(s) + "\n";
                    if (std::fputs(line.c_str(), out) < 0 || std::fflush(out) != 0)
                        throw std::runtime_error(opt.outPath + ": cannot write (disk full?)");
                }
                ++finished;
                if (opt.onRun) opt.onRun(s);
                if (opt.progress) {
                    SweepProgress p;
                    p.done = finished;
                    p.pending = pending.size();
                    p.skipped = result.skipped;
                    p.elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
                    p.eta = p.elapsed / static_cast<double>(finished) *
                            static_cast<double>(pending.size() - finished);
                    p.last = &s;
                    opt.progress(p);
                }
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex);
                if (!error) error = std::current_exception();
                abort = true;
                stop = true;
                break;
            }
        }
    };

    int n = opt.workers > 0 ? opt.workers
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    n = static_cast<int>(
        std::min<size_t>(static_cast<size_t>(n), std::max<size_t>(1, pending.size())));
    // Watches the caller's cancel flag and passes it to the running trainers.
    std::atomic<bool> over{false};
    std::thread watcher([&] {
        while (!over.load()) {
            if (opt.cancel && opt.cancel->load()) {
                stop = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) threads.emplace_back(worker);
    for (std::thread& t : threads) t.join();
    over = true;
    watcher.join();
    if (out) std::fclose(out);
    if (error) std::rethrow_exception(error);

    result.ran = finished;
    result.cancelled = opt.cancel && opt.cancel->load() && finished < pending.size();
    result.complete = finished == pending.size();
    if (result.complete && !opt.outPath.empty() && opt.shardCount == 1) {
        ResultsFile f = readResults(opt.outPath);
        writeFinalResults(opt.outPath, e.canonical, total, std::move(f.runs));
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return result;
}

}  // namespace mtl::exp
