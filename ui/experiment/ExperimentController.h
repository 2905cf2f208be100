#pragma once
// Runs an experiment (core/experiment: a grid of runs) off the UI thread, for the Experiments
// panel. The controller lives in the UI thread; start() and openRun() hand the work to one
// std::thread, which runs runExperiment() (one run per worker thread, as many workers as cores)
// or re-runs one cell. The UI thread never waits for it, except in the destructor, which cancels
// the sweep and joins.
//
// Results, as values in the UI thread (the design of ui/train/TrainingController.h): the worker
// appends each message to a mutex-guarded outbox and, when the box was empty, emits the
// argument-free mailArrived() (queued to the UI thread, which takes the whole box). Values cross
// threads only through the outbox, under the mutex, so ThreadSanitizer sees every hand-off.
// Signals of one sweep arrive in order: runFinished / progress (as each run ends), then exactly
// one of finished or failed (the controller is idle again when they are emitted).
//
// Resume: start() runs only the cells of the record's grid that are not in record.runs (their
// results are written to a temporary results file that runExperiment() resumes from, so the
// finished cells are skipped and the rest give what an uninterrupted sweep gives). Cancel stops
// the runs in flight between two batches and discards them (they run again on resume).
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "experiment/ExperimentRecord.h"
#include "train/RunRecord.h"

namespace mtl::ui {

class ExperimentController : public QObject {
    Q_OBJECT
public:
    explicit ExperimentController(QObject* parent = nullptr);
    ~ExperimentController() override;  // cancels a sweep and joins the worker

    // Runs the cells of the record's grid missing from record.runs, with `workers` threads (0: one
    // per core). Returns false, doing nothing, while busy. A spec that cannot run (parse or
    // preparation error: an architecture that does not fit the data, data that cannot be read)
    // arrives as failed() with the engine's message.
    bool start(const mtl::exp::ExperimentRecord& record, int workers = 0);
    // Stops the sweep: finished(complete = false, cancelled = true) follows.
    void cancel();
    // Re-runs cell `cellIndex` of the record's grid (deterministic: the same metrics as in the
    // sweep) keeping the whole run (curves, test metrics, weights): runOpened() or failed().
    bool openRun(const mtl::exp::ExperimentRecord& record, size_t cellIndex);
    bool isActive() const { return active_; }

signals:
    void runFinished(const mtl::exp::RunSummary& run);
    // Runs finished in this session, runs it set out to do, seconds since it started and the
    // estimated seconds left.
    void progress(int done, int pending, double elapsed, double eta);
    void finished(bool complete, bool cancelled);
    void failed(const QString& message);
    void runOpened(const mtl::RunRecord& record);
    // Worker -> UI thread wake-up (no payload: the outbox carries the values).
    void mailArrived();

private:
    struct Control {
        std::atomic<bool> cancel{false};
        std::mutex mutex;
        bool quitting = false;  // the controller is being destroyed: post nothing more
        std::vector<std::function<void(ExperimentController&)>> outbox;
    };
    static void post(const std::shared_ptr<Control>& control, ExperimentController* self,
                     std::function<void(ExperimentController&)> message);
    bool launch(std::function<void()> work);
    void takeMail();
    void done();  // the worker's last message: join it

    std::shared_ptr<Control> control_;
    std::thread thread_;
    bool active_ = false;
    int sessions_ = 0;
};

}  // namespace mtl::ui
