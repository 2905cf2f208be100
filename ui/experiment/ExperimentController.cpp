#include "experiment/ExperimentController.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>
#include <exception>

#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "experiment/Runner.h"

namespace mtl::ui {

ExperimentController::ExperimentController(QObject* parent)
    : QObject(parent), control_(std::make_shared<Control>()) {
    connect(this, &ExperimentController::mailArrived, this, &ExperimentController::takeMail,
            Qt::QueuedConnection);
}

ExperimentController::~ExperimentController() {
    {
        std::lock_guard<std::mutex> lock(control_->mutex);
        control_->quitting = true;
    }
    control_->cancel = true;
    if (thread_.joinable()) thread_.join();
}

void ExperimentController::post(const std::shared_ptr<Control>& control, ExperimentController* self,
                                std::function<void(ExperimentController&)> message) {
    bool wake = false;
    {
        std::lock_guard<std::mutex> lock(control->mutex);
        if (control->quitting) return;
        wake = control->outbox.empty();
        control->outbox.push_back(std::move(message));
    }
    if (wake) emit self->mailArrived();
}

void ExperimentController::takeMail() {
    std::vector<std::function<void(ExperimentController&)>> box;
    {
        std::lock_guard<std::mutex> lock(control_->mutex);
        box.swap(control_->outbox);
    }
    for (auto& message : box) message(*this);
}

void ExperimentController::done() {
    if (thread_.joinable()) thread_.join();
    active_ = false;
}

bool ExperimentController::launch(std::function<void()> work) {
    if (active_) return false;
    if (thread_.joinable()) thread_.join();
    control_->cancel = false;
    active_ = true;
    thread_ = std::thread(std::move(work));
    return true;
}

bool ExperimentController::start(const mtl::exp::ExperimentRecord& record, int workers) {
    const QString file = QDir(QDir::tempPath())
                             .filePath(QStringLiteral("mtlstudio-experiment-%1-%2.jsonl")
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(++sessions_));
    return launch([ctl = control_, self = this, record, workers, path = file.toStdString()] {
        QString error;
        mtl::exp::RunnerResult result;
        try {
            const mtl::exp::Experiment e = mtl::exp::parseExperiment(record.entries);
            mtl::exp::RunnerOptions o;
            o.preloaded = mtl::exp::prepareExperiment(e);
            o.workers = workers;
            o.cancel = &ctl->cancel;
            o.outPath = path;
            mtl::exp::writeResumeFile(path, e, record.runs);
            o.onRun = [&](const mtl::exp::RunSummary& s) {
                post(ctl, self, [s](ExperimentController& c) { emit c.runFinished(s); });
            };
            o.progress = [&](const mtl::exp::SweepProgress& p) {
                post(ctl, self,
                     [done = int(p.done), pending = int(p.pending), elapsed = p.elapsed,
                      eta = p.eta](ExperimentController& c) {
                         emit c.progress(done, pending, elapsed, eta);
                     });
            };
            result = mtl::exp::runExperiment(e, o);
        } catch (const std::exception& ex) {
            error = QString::fromStdString(ex.what());
        }
        std::remove(path.c_str());
        post(ctl, self, [error, result](ExperimentController& c) {
            c.done();
            if (!error.isEmpty())
                emit c.failed(error);
            else
                emit c.finished(result.complete, result.cancelled);
        });
    });
}

void ExperimentController::cancel() {
    if (active_) control_->cancel = true;
}

bool ExperimentController::openRun(const mtl::exp::ExperimentRecord& record, size_t cellIndex) {
    return launch([ctl = control_, self = this, record, cellIndex] {
        QString error;
        auto run = std::make_shared<mtl::RunRecord>();
        try {
            const mtl::exp::Experiment e = mtl::exp::parseExperiment(record.entries);
            if (cellIndex >= e.cellCount()) throw std::runtime_error("no such cell");
            const mtl::exp::Cell cell = mtl::exp::cellAt(e, cellIndex);
            const mtl::DataSplits data = mtl::loadData(mtl::exp::cellData(e, cell));
            const mtl::exp::RunSummary s =
                mtl::exp::runCell(e, cell, data, &ctl->cancel, run.get());
            if (!s.ok && s.reason == "stopped") throw std::runtime_error("stopped");
        } catch (const std::exception& ex) {
            error = QString::fromStdString(ex.what());
        }
        post(ctl, self, [error, run](ExperimentController& c) {
            c.done();
            if (!error.isEmpty())
                emit c.failed(error);
            else
                emit c.runOpened(*run);
        });
    });
}

}  // namespace mtl::ui
