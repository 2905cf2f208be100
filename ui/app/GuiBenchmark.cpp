#include "app/GuiBenchmark.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <vector>

#include "app/MainWindow.h"
#include "inspect/InspectPanel.h"
#include "train/DataPanel.h"
#include "train/Inspect.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

namespace mtl::ui {

namespace {

// Records the gaps between the ticks of a 2 ms timer on the UI thread: how long the event loop
// was kept from running.
class StallProbe {
public:
    static constexpr int kProbeMs = 2;
    StallProbe() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kProbeMs);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const double now = clock_.nsecsElapsed() * 1e-6;
            gaps_.push_back(std::max(0.0, now - last_ - kProbeMs));
            if (qEnvironmentVariableIsSet("MTL_STALL_DEBUG") && gaps_.back() > 20)
                qInfo("stall %.1f ms at %.0f ms", gaps_.back(), now);
            last_ = now;
        });
    }
    void start() {
        clock_.start();
        last_ = 0;
        timer_.start();
    }
    void stop() { timer_.stop(); }
    bool isActive() const { return timer_.isActive(); }
    // Longest and 99th-percentile gap, number of ticks.
    void summary(double& max, double& p99, long long& ticks) {
        ticks = static_cast<long long>(gaps_.size());
        if (gaps_.empty()) return;
        std::sort(gaps_.begin(), gaps_.end());
        max = gaps_.back();
        p99 = gaps_[std::min(gaps_.size() - 1, static_cast<size_t>(gaps_.size() * 0.99))];
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    double last_ = 0;
    std::vector<double> gaps_;
};

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace

InspectBenchResult runInspectBenchmark(MainWindow& window, const QString& column,
                                       const QString& grabPrefix) {
    InspectBenchResult result;
    result.column = column;
    auto* panel = window.findChild<InspectPanel*>();
    if (!panel || window.runs().empty()) {
        result.error = QStringLiteral("no run to inspect");
        return result;
    }
    if (auto* dock = window.findChild<QDockWidget*>(QStringLiteral("inspectDock"))) dock->raise();
    panel->setRun(static_cast<int>(window.runs().size()) - 1);
    panel->setSliceColumn(column);
    panel->views()->setCurrentIndex(InspectPanel::SlicesView);
    settle(200);
    StallProbe probe;
    QEventLoop loop;
    QObject::connect(panel, &InspectPanel::finished, &loop, [&](bool ok, const QString& message) {
        result.ok = ok;
        if (!ok) result.error = message;
        loop.quit();
    });
    QElapsedTimer wall;
    wall.start();
    probe.start();
    QTimer::singleShot(0, panel, &InspectPanel::inspect);
    loop.exec();
    result.wallSeconds = wall.nsecsElapsed() * 1e-9;
    settle(100);  // the views' first paint is part of it
    probe.stop();
    probe.summary(result.maxStallMs, result.p99StallMs, result.ticks);
    if (!result.ok) return result;
    const mtl::GateInspection& r = *panel->inspection();
    result.rows = r.rows;
    result.seconds = r.seconds;
    result.slices = r.secondsSlices;
    result.maps = r.secondsMaps;
    result.similarity = r.secondsSimilarity;
    result.sensitivity = r.secondsSensitivity;
    QElapsedTimer t;
    t.start();
    panel->showExample(std::min(5, r.rows - 1));
    result.exampleMs = t.nsecsElapsed() * 1e-6;
    const char* names[] = {"slices", "map", "example", "experts"};
    for (int v = 0; v < 4; ++v) {
        t.restart();
        panel->views()->setCurrentIndex(v);
        panel->repaint();
        QCoreApplication::processEvents();
        result.viewsMs = std::max(result.viewsMs, t.nsecsElapsed() * 1e-6);
        if (!grabPrefix.isEmpty()) {
            settle(300);
            window.grab().save(grabPrefix + QLatin1Char('-') + QLatin1String(names[v]) +
                               QStringLiteral(".png"));
        }
    }
    panel->views()->setCurrentIndex(InspectPanel::SlicesView);
    return result;
}

GuiBenchResult runGuiBenchmark(MainWindow& window, const QString& templateKey,
                               const mtl::DataSpec& data, const mtl::TrainConfig& config) {
    GuiBenchResult result;
    window.loadTemplate(templateKey);
    window.dataPanel()->setSpec(data);
    window.trainingPanel()->setConfig(config);

    StallProbe probe;
    QEventLoop loop;
    const size_t runsBefore = window.runs().size();
    QObject::connect(window.trainer(), &TrainingController::stateChanged, &loop,
                     [&](TrainingController::State s) {
                         if (s == TrainingController::State::Running &&
                             !probe.isActive()) {  // data loaded: measure the run
                             probe.start();
                         }
                         if (s == TrainingController::State::Idle) loop.quit();
                     });
    QObject::connect(window.trainer(), &TrainingController::failed, &loop,
                     [&](const QString& message) { result.error = message; });
    QTimer::singleShot(0, &window, [&] {
        if (!window.startTraining()) {
            result.error = QStringLiteral("the run did not start");
            loop.quit();
        }
    });
    loop.exec();
    probe.stop();

    if (window.runs().size() == runsBefore) {
        if (result.error.isEmpty()) result.error = QStringLiteral("no run was recorded");
        return result;
    }
    const mtl::RunRecord& run = window.runs().back();
    result.ok = run.ok;
    result.error = run.ok ? QString() : QString::fromStdString(run.endReason);
    result.trainSeconds = run.seconds;
    result.epochs = static_cast<int>(run.epochs.size());
    probe.summary(result.maxStallMs, result.p99StallMs, result.ticks);
    return result;
}

}  // namespace mtl::ui
