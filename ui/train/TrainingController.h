#pragma once
// Runs training live, off the UI thread: TrainingController (lives in the UI thread) drives a
// worker object on its own QThread, which loads the data, compiles the model, trains it and
// evaluates it on the test split. The UI thread never waits for the worker (except in the
// destructor, which stops the run and joins the thread).
//
// Control: pause / resume / step / stop and the learning rate and per-task loss weights go to the
// worker through atomics and a condition variable, read between batches. Pausing blocks the worker
// inside its TrainObserver::onBatch (the trainer does not count that time as training).
//
// Results: every signal carries values (copies), never pointers into the worker, and is emitted
// in the UI thread. The worker hands them over through a mutex-guarded outbox; Qt's queue only
// carries the wake-up (so ThreadSanitizer sees every hand-off). Batch snapshots are coalesced: the
// worker buffers them and sends them at most every ~50 ms, and when it pauses, ends an epoch or
// finishes, so a fast run cannot flood the event loop. The signals of one run arrive in order:
// stateChanged(Loading), dataReady, stateChanged(Running), batches / progress / epoch (repeatedly),
// then finished or failed (the controller is Idle again when they are emitted, so their handlers
// may start the next run).
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

#include "data/DataSpec.h"
#include "graph/Graph.h"
#include "train/RunRecord.h"
#include "train/Trainer.h"

class QThread;

namespace mtl::ui {

class TrainingWorker;
struct TrainingControl;

class TrainingController : public QObject {
    Q_OBJECT
public:
    struct RunRequest {
        mtl::Graph graph;  // its input nodes are bound to the loaded data's columns
        mtl::DataSpec data;
        mtl::TrainConfig config;  // config.seed: same seed and data => the same run
        QString name;             // RunRecord::name
    };
    // Idle: no run. Loading: data being loaded / model compiled. Running. Paused: the worker waits
    // between two batches. Stopping: stop() was called, finished() will follow.
    enum class State { Idle, Loading, Running, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;  // stops a run and joins the worker thread

    // Starts a run (state Loading at once). Returns false, doing nothing, unless Idle. Errors
    // (invalid graph, unreadable data, a graph that does not fit the data) arrive as failed().
    bool start(const RunRequest& request);
    // Asks the worker to pause after the batch it is training; stateChanged(Paused) follows once
    // it waits (after the batches it trained before). Ignored when Idle or Stopping.
    void pause();
    // Continues a paused run (or cancels a pause that has not taken effect yet).
    void resume();
    // While paused (or a pause is pending): trains exactly one more batch, then pauses again
    // (the state stays Paused; the batch arrives through batches()). Each call is one batch.
    void step();
    // Stops the run between two batches (also when paused); state Stopping, then finished()
    // with RunRecord::stopped set. Ignored when Idle or already stopping.
    void stop();
    // Live controls, read by the trainer before its next batch. The learning rate starts as the
    // request's config.optimizer.lr. Loss weights are per head, in the order of dataReady()'s
    // taskNames (Model::heads() order), and start as the graph's loss weights overridden by
    // config.lossWeights; a weight set while Loading applies from the first batch, an index out
    // of range is ignored. Each BatchSnapshot records the learning rate and loss weights it used.
    void setLearningRate(double lr);
    void setLossWeight(int head, double weight);

    State state() const { return state_; }
    bool isActive() const { return state_ != State::Idle; }

signals:
    void stateChanged(mtl::ui::TrainingController::State state);
    // The data is loaded and the model compiled: DataSplits::description and notes, the task
    // heads' names (Model::heads() order: the order of every per-task vector in the snapshots).
    void dataReady(const QString& description, const QStringList& notes,
                   const QStringList& taskNames);
    // Batch snapshots in order, thinned to every config.batchSnapshotEvery batches (a batch run
    // by step() is always included); samplesPerSecond is measured over the batches since the
    // previous snapshot.
    void batches(const QVector<mtl::BatchSnapshot>& snapshots);
    void epoch(const mtl::EpochSnapshot& snapshot);
    // Where the run is, sent with the batches: `epoch` and `batch` are the 0-based indices of the
    // last batch trained (as in BatchSnapshot); `samplesPerSecond` is the recent training speed,
    // `etaSeconds` the estimated time left (training and validation, pauses excluded).
    void progress(int epoch, int epochs, int batch, int batchesPerEpoch, double samplesPerSecond,
                  double etaSeconds);
    // The run ended (completed, early-stopped, stopped by the user, or diverged: ok = false with
    // the trainer's reason): the complete record, test metrics, ROC curves and weights included.
    void finished(const mtl::RunRecord& record);
    // The run could not start: the message is translated and readable (it names the node, the
    // file and line, ... as the engine reports them).
    void failed(const QString& message);

private:
    friend class TrainingWorker;
    enum class Failure { Graph, Data, Model, Training };
    void setState(State s);
    void onStarted(const QString& description, const QStringList& notes,
                   const QStringList& taskNames);
    void onPaused();
    void onResumed();
    void onFinished(const mtl::RunRecord& record);
    void onFailed(Failure failure, const QString& detail);
    void takeMail();  // handles the worker's messages (TrainingControl::outbox), in order

    std::shared_ptr<TrainingControl> control_;
    QThread* thread_ = nullptr;
    TrainingWorker* worker_ = nullptr;  // lives in thread_
    State state_ = State::Idle;
};

}  // namespace mtl::ui

Q_DECLARE_METATYPE(mtl::BatchSnapshot)
Q_DECLARE_METATYPE(mtl::EpochSnapshot)
Q_DECLARE_METATYPE(mtl::RunRecord)
