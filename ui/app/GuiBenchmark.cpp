#include "app/GuiBenchmark.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <vector>

#include "app/MainWindow.h"
#include "train/DataPanel.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

namespace mtl::ui {

GuiBenchResult runGuiBenchmark(MainWindow& window, const QString& templateKey,
                               const mtl::DataSpec& data, const mtl::TrainConfig& config) {
    GuiBenchResult result;
    window.loadTemplate(templateKey);
    window.dataPanel()->setSpec(data);
    window.trainingPanel()->setConfig(config);

    constexpr int kProbeMs = 2;
    std::vector<double> gaps;
    QElapsedTimer clock;
    double last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double now = clock.nsecsElapsed() * 1e-6;
        gaps.push_back(std::max(0.0, now - last - kProbeMs));
        if (qEnvironmentVariableIsSet("MTL_STALL_DEBUG") && gaps.back() > 20)
            qInfo("stall %.1f ms at %.0f ms", gaps.back(), now);
        last = now;
    });

    QEventLoop loop;
    const size_t runsBefore = window.runs().size();
    QObject::connect(window.trainer(), &TrainingController::stateChanged, &loop,
                     [&](TrainingController::State s) {
                         if (s == TrainingController::State::Running &&
                             !probe.isActive()) {  // data loaded: measure the run
                             clock.start();
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
    result.ticks = static_cast<long long>(gaps.size());
    if (!gaps.empty()) {
        std::sort(gaps.begin(), gaps.end());
        result.maxStallMs = gaps.back();
        result.p99StallMs =
            gaps[std::min(gaps.size() - 1, static_cast<size_t>(gaps.size() * 0.99))];
    }
    return result;
}

}  // namespace mtl::ui
