#include "train/TrainingController.h"

#include <omp.h>

#include <Eigen/Core>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include "nn/Model.h"
#include "train/Run.h"

namespace mtl::ui {

// State shared by the controller (UI thread) and the worker. The atomics are read by the trainer
// between batches; the rest is guarded by `mutex`.
struct TrainingControl {
    std::atomic<bool> stop{false};
    std::atomic<bool> quitting{false};  // the controller is being destroyed: emit nothing more
    std::atomic<double> learningRate{0.0};

    std::mutex mutex;
    std::condition_variable wake;  // pause / steps / stop changed
    bool pause = false;            // the worker is to wait in onBatch
    int steps = 0;                 // batches the worker may train while paused
    // One per head, created by the worker once the model is compiled (never resized while set).
    std::shared_ptr<std::vector<std::atomic<double>>> lossWeights;
    std::map<int, double> pendingLossWeights;  // set before the heads were known

    // The run start() asked for; the worker takes it.
    std::optional<TrainingController::RunRequest> request;
    // Worker -> controller messages, in order. The worker appends one and, when the box was
    // empty, wakes the controller with an argument-free queued signal; the controller takes the
    // whole box and handles the messages in the UI thread. Values cross threads only here and in
    // `request`, under `mutex`, never inside Qt's event queue: ThreadSanitizer sees std::mutex but
    // not the locks inside Debian's (uninstrumented) Qt, so every queued payload would look like
    // a race (tests/sanitizers/tsan.supp).
    std::vector<std::function<void(TrainingController&)>> outbox;
};

// Runs in the worker thread: one run per run() call. It is the trainer's observer, records the
// run and sends value snapshots to the controller (queued: different threads).
class TrainingWorker : public QObject, public TrainObserver {
    Q_OBJECT
public:
    explicit TrainingWorker(std::shared_ptr<TrainingControl> control)
        : control_(std::move(control)) {}

    void run(const TrainingController::RunRequest& request);

    void onBatch(const BatchSnapshot& s) override;
    void onEpoch(const EpochSnapshot& s) override;

    // Takes the run start() left in the control block and runs it.
    Q_INVOKABLE void runPending();

signals:
    void mailArrived();  // the outbox was empty and has a message now

private:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kFlushInterval{50};

    // Appends a message for the controller (dropped once the controller is being destroyed).
    void post(std::function<void(TrainingController&)> message);
    void fail(TrainingController::Failure failure, const std::string& detail);
    void flush();         // sends the buffered batches and the progress
    void waitIfPaused();  // called at the end of onBatch

    std::shared_ptr<TrainingControl> control_;

    // Per run (reset by run()).
    RunRecord record_;
    int rows_ = 0, batchSize_ = 1, epochs_ = 0, every_ = 1;
    bool stepping_ = false;           // the batch being trained was allowed by step()
    bool reportedPaused_ = false;     // paused() was sent, resumed() not yet
    QVector<BatchSnapshot> pending_;  // not yet sent
    bool progressDue_ = false;
    Clock::time_point lastFlush_, lastBatchEnd_;
    double windowSamples_ = 0, windowSeconds_ = 0;  // since the last recorded snapshot
    double recentSamples_ = 0, recentSeconds_ = 0;  // since the last progress report
    double doneSamples_ = 0, trainSeconds_ = 0;     // whole run (training time only)
    double validSeconds_ = 0;                       // all validations so far
    int validations_ = 0;
    int lastEpoch_ = 0, lastBatch_ = 0, batchesPerEpoch_ = 0;
};

namespace {
QStringList toQStringList(const std::vector<std::string>& v) {
    QStringList l;
    for (const std::string& s : v) l << QString::fromStdString(s);
    return l;
}
double secondsBetween(std::chrono::steady_clock::time_point a,
                      std::chrono::steady_clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}
}  // namespace

void TrainingWorker::runPending() {
    std::optional<TrainingController::RunRequest> request;
    {
        std::lock_guard<std::mutex> lock(control_->mutex);
        request.swap(control_->request);
    }
    if (request) run(*request);
    // Publishes this run's last writes (record_, pending_, ...) to the controller's destructor,
    // which takes the mutex after QThread::wait() (an order ThreadSanitizer cannot see in Qt).
    std::lock_guard<std::mutex> lock(control_->mutex);
}

void TrainingWorker::post(std::function<void(TrainingController&)> message) {
    bool wake = false;
    {
        std::lock_guard<std::mutex> lock(control_->mutex);
        if (control_->quitting) return;
        wake = control_->outbox.empty();
        control_->outbox.push_back(std::move(message));
    }
    if (wake) emit mailArrived();
}

void TrainingWorker::fail(TrainingController::Failure failure, const std::string& detail) {
    post([failure, text = QString::fromStdString(detail)](TrainingController& c) {
        c.onFailed(failure, text);
    });
}

void TrainingWorker::run(const TrainingController::RunRequest& request) {
    TrainingControl& ctl = *control_;
    if (ctl.quitting) return;
    // One thread: OpenMP's second thread stalls the run on a busy two-core machine (README).
    omp_set_num_threads(1);
    // Process-wide: written only when it differs, so a sweep's workers reading it do not race.
    if (Eigen::nbThreads() != 1) Eigen::setNbThreads(1);

    const ValidationResult vr = request.graph.validate();
    if (!vr.ok()) {
        fail(TrainingController::Failure::Graph, vr.summary());
        return;
    }
    DataSplits data;
    try {
        data = loadData(request.data);
    } catch (const std::exception& e) {
        fail(TrainingController::Failure::Data, e.what());
        return;
    }
    if (ctl.quitting) return;

    std::unique_ptr<Model> model;
    try {
        Graph graph = request.graph;
        Model::bindInputs(graph, data.train.schema);
        model = Model::compile(graph, data.train.schema, request.config.seed);
    } catch (const std::exception& e) {
        fail(TrainingController::Failure::Model, e.what());
        return;
    }

    try {
        // The trainer reports every batch (so that pause and step act on single batches); the
        // record and the signals keep every config.batchSnapshotEvery-th.
        TrainConfig cfg = request.config;
        every_ = std::max(1, cfg.batchSnapshotEvery);
        cfg.batchSnapshotEvery = 1;
        Trainer trainer(*model, cfg);
        record_ = beginRun(request.name.toStdString(), *model, request.data, data, request.config);

        const auto& heads = model->heads();
        auto weights = std::make_shared<std::vector<std::atomic<double>>>(heads.size());
        {
            std::lock_guard<std::mutex> lock(ctl.mutex);
            for (size_t h = 0; h < heads.size(); ++h) (*weights)[h] = heads[h]->lossWeight;
            for (const auto& [head, w] : ctl.pendingLossWeights)
                if (head >= 0 && head < int(heads.size())) (*weights)[size_t(head)] = w;
            ctl.pendingLossWeights.clear();
            ctl.lossWeights = weights;
        }
        trainer.setStopFlag(&ctl.stop);
        trainer.setLiveLearningRate(&ctl.learningRate);
        trainer.setLiveLossWeights(weights.get());
        trainer.addObserver(this);

        rows_ = data.train.rows();
        batchSize_ = std::max(1, std::min(cfg.batchSize, rows_));
        epochs_ = cfg.epochs;
        stepping_ = reportedPaused_ = false;
        pending_.clear();
        progressDue_ = false;
        windowSamples_ = windowSeconds_ = recentSamples_ = recentSeconds_ = 0;
        doneSamples_ = trainSeconds_ = validSeconds_ = 0;
        validations_ = 0;
        lastEpoch_ = lastBatch_ = batchesPerEpoch_ = 0;
        lastFlush_ = lastBatchEnd_ = Clock::now();

        post([description = QString::fromStdString(data.description),
              notes = toQStringList(data.notes), tasks = toQStringList(record_.taskNames)](
                 TrainingController& c) { c.onStarted(description, notes, tasks); });
        const TrainResult result = trainer.train(data.train, data.valid);
        flush();
        {
            std::lock_guard<std::mutex> lock(ctl.mutex);
            ctl.lossWeights.reset();
        }
        if (ctl.quitting) return;
        finishRun(record_, result, *model, data.test);
        post([record = record_](TrainingController& c) { c.onFinished(record); });
    } catch (const std::exception& e) {
        {
            std::lock_guard<std::mutex> lock(ctl.mutex);
            ctl.lossWeights.reset();
        }
        fail(TrainingController::Failure::Training, e.what());
    }
    record_ = RunRecord();
}

void TrainingWorker::onBatch(const BatchSnapshot& s) {
    const int samples = std::min(batchSize_, rows_ - s.batch * batchSize_);
    const double seconds = s.samplesPerSecond > 0 ? samples / s.samplesPerSecond : 0;
    windowSamples_ += samples;
    windowSeconds_ += seconds;
    recentSamples_ += samples;
    recentSeconds_ += seconds;
    doneSamples_ += samples;
    trainSeconds_ += seconds;
    lastEpoch_ = s.epoch;
    lastBatch_ = s.batch;
    batchesPerEpoch_ = s.batchesPerEpoch;
    progressDue_ = true;

    if ((s.batch + 1) % every_ == 0 || stepping_) {
        BatchSnapshot kept = s;
        kept.samplesPerSecond = windowSeconds_ > 0 ? windowSamples_ / windowSeconds_ : 0;
        windowSamples_ = windowSeconds_ = 0;
        record_.batches.push_back(kept);
        pending_.push_back(std::move(kept));
    }
    stepping_ = false;
    if (Clock::now() - lastFlush_ >= kFlushInterval) flush();
    waitIfPaused();
    lastBatchEnd_ = Clock::now();
}

void TrainingWorker::onEpoch(const EpochSnapshot& s) {
    validSeconds_ += secondsBetween(lastBatchEnd_, Clock::now());
    ++validations_;
    flush();  // the epoch's batches first
    post([s](TrainingController& c) { emit c.epoch(s); });
}

// Pauses are reported once (paused ... resumed), also across steps: a run resumed during a step
// reports resumed() at the end of that step.
void TrainingWorker::waitIfPaused() {
    TrainingControl& ctl = *control_;
    std::unique_lock<std::mutex> lock(ctl.mutex);
    if (ctl.stop) return;
    if (ctl.pause) {
        lock.unlock();
        flush();  // the batches trained so far (a step's batch) arrive before the pause
        if (!reportedPaused_) post([](TrainingController& c) { c.onPaused(); });
        reportedPaused_ = true;
        lock.lock();
        ctl.wake.wait(lock, [&] { return !ctl.pause || ctl.steps > 0 || ctl.stop; });
        if (ctl.stop) return;
        if (ctl.pause) {  // one step
            --ctl.steps;
            stepping_ = true;
            return;
        }
    }
    lock.unlock();
    if (reportedPaused_) post([](TrainingController& c) { c.onResumed(); });
    reportedPaused_ = false;
}

void TrainingWorker::flush() {
    lastFlush_ = Clock::now();
    if (!pending_.isEmpty()) {
        post([batches = std::move(pending_)](TrainingController& c) { emit c.batches(batches); });
        pending_.clear();
    }
    if (!progressDue_) return;
    progressDue_ = false;
    const double recent = recentSeconds_ > 0 ? recentSamples_ / recentSeconds_ : 0;
    recentSamples_ = recentSeconds_ = 0;
    // Time left: the remaining samples at the run's mean speed, plus the remaining validations at
    // their mean duration (the first epoch's validation is guessed from nothing: 0).
    const double speed = trainSeconds_ > 0 ? doneSamples_ / trainSeconds_ : 0;
    const double left = std::max(0.0, double(epochs_) * rows_ - doneSamples_);
    const int validationsLeft = std::max(0, epochs_ - validations_);
    const double eta = (speed > 0 ? left / speed : 0) +
                       (validations_ ? validSeconds_ / validations_ * validationsLeft : 0);
    post([e = lastEpoch_, es = epochs_, b = lastBatch_, bpe = batchesPerEpoch_, recent,
          eta](TrainingController& c) { emit c.progress(e, es, b, bpe, recent, eta); });
}

// ----------------------------------------------------------------------------- the controller

TrainingController::TrainingController(QObject* parent)
    : QObject(parent), control_(std::make_shared<TrainingControl>()) {
    qRegisterMetaType<mtl::BatchSnapshot>();
    qRegisterMetaType<QVector<mtl::BatchSnapshot>>();
    qRegisterMetaType<mtl::EpochSnapshot>();
    qRegisterMetaType<mtl::RunRecord>();
    qRegisterMetaType<mtl::ui::TrainingController::State>();

    thread_ = new QThread(this);
    thread_->setObjectName(QStringLiteral("training"));
    worker_ = new TrainingWorker(control_);
    worker_->moveToThread(thread_);
    connect(worker_, &TrainingWorker::mailArrived, this, &TrainingController::takeMail);
    thread_->start();
}

TrainingController::~TrainingController() {
    control_->quitting = true;
    control_->stop = true;
    {
        std::lock_guard<std::mutex> lock(control_->mutex);
        control_->wake.notify_all();
    }
    thread_->quit();  // after the run in progress, which the stop flag ends at the next batch
    thread_->wait();
    {
        std::lock_guard<std::mutex> lock(control_->mutex);  // pairs with the end of runPending()
    }
    delete worker_;
}

bool TrainingController::start(const RunRequest& request) {
    if (state_ != State::Idle) return false;
    TrainingControl& ctl = *control_;
    ctl.stop = false;
    ctl.learningRate = request.config.optimizer.lr;
    {
        std::lock_guard<std::mutex> lock(ctl.mutex);
        ctl.pause = false;
        ctl.steps = 0;
        ctl.pendingLossWeights.clear();
        ctl.request = request;
    }
    setState(State::Loading);
    QMetaObject::invokeMethod(worker_, "runPending", Qt::QueuedConnection);
    return true;
}

void TrainingController::pause() {
    if (state_ == State::Idle || state_ == State::Stopping) return;
    std::lock_guard<std::mutex> lock(control_->mutex);
    control_->pause = true;
}

void TrainingController::resume() {
    if (state_ == State::Idle || state_ == State::Stopping) return;
    std::lock_guard<std::mutex> lock(control_->mutex);
    control_->pause = false;
    control_->steps = 0;
    control_->wake.notify_all();
}

void TrainingController::step() {
    if (state_ == State::Idle || state_ == State::Stopping) return;
    std::lock_guard<std::mutex> lock(control_->mutex);
    if (!control_->pause) return;
    ++control_->steps;
    control_->wake.notify_all();
}

void TrainingController::stop() {
    if (state_ == State::Idle || state_ == State::Stopping) return;
    control_->stop = true;
    {
        std::lock_guard<std::mutex> lock(control_->mutex);
        control_->wake.notify_all();
    }
    setState(State::Stopping);
}

void TrainingController::setLearningRate(double lr) { control_->learningRate = lr; }

void TrainingController::setLossWeight(int head, double weight) {
    std::lock_guard<std::mutex> lock(control_->mutex);
    if (control_->lossWeights) {
        if (head >= 0 && head < int(control_->lossWeights->size()))
            (*control_->lossWeights)[size_t(head)] = weight;
    } else if (state_ == State::Loading) {
        control_->pendingLossWeights[head] = weight;
    }
}

void TrainingController::takeMail() {
    std::vector<std::function<void(TrainingController&)>> box;
    {
        std::lock_guard<std::mutex> lock(control_->mutex);
        box.swap(control_->outbox);
    }
    for (auto& message : box) message(*this);
}

void TrainingController::setState(State s) {
    if (s == state_) return;
    state_ = s;
    emit stateChanged(s);
}

void TrainingController::onStarted(const QString& description, const QStringList& notes,
                                   const QStringList& taskNames) {
    if (state_ == State::Loading) setState(State::Running);
    emit dataReady(description, notes, taskNames);
}

void TrainingController::onPaused() {
    if (state_ == State::Loading || state_ == State::Running) setState(State::Paused);
}

void TrainingController::onResumed() {
    if (state_ == State::Paused) setState(State::Running);
}

void TrainingController::onFinished(const mtl::RunRecord& record) {
    setState(State::Idle);
    emit finished(record);
}

void TrainingController::onFailed(Failure failure, const QString& detail) {
    setState(State::Idle);
    const QString text = detail.trimmed();
    QString message;
    switch (failure) {
        case Failure::Graph:
            message = tr("The architecture is not valid:\n%1").arg(text);
            break;
        case Failure::Data:
            message = tr("Cannot load the data: %1").arg(text);
            break;
        case Failure::Model:
            message = tr("Cannot build the model: %1").arg(text);
            break;
        case Failure::Training:
            message = tr("Training failed: %1").arg(text);
            break;
    }
    emit failed(message);
}

}  // namespace mtl::ui

#include "TrainingController.moc"
