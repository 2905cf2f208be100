// The main window's training side: data and training panels, the background run, live charts,
// gate heatmaps, results and the run history (see MainWindow.h).
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

#include "app/MainWindow.h"
#include "app/RunExport.h"
#include "app/RunsPanel.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/GateHeatmap.h"
#include "dashboard/MetricsTable.h"
#include "dashboard/RocChart.h"
#include "dashboard/RunComparison.h"
#include "dashboard/TrainingCharts.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/Inspector.h"
#include "editor/NodeItem.h"
#include "editor/Palette.h"
#include "editor/UsageItem.h"
#include "experiment/ExperimentController.h"
#include "experiment/ExperimentsPanel.h"
#include "graph/GraphEdits.h"
#include "graph/Registry.h"
#include "inspect/InspectPanel.h"
#include "learn/Lesson.h"
#include "learn/LessonPanel.h"
#include "train/Adapt.h"
#include "train/Cost.h"
#include "train/DataPanel.h"
#include "train/RunHistory.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

namespace mtl::ui {

namespace {

QString formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("–");
    const long long s = std::llround(seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool isTaskHead(const mtl::Node& n) {
    const mtl::NodeType* t = mtl::Registry::instance().find(n.type);
    return t && t->role == mtl::NodeRole::Task;
}

}  // namespace

void MainWindow::createTrainingDocks() {
    trainer_ = new TrainingController(this);
    dataPanel_ = new DataPanel(this);
    trainPanel_ = new TrainingPanel(this);
    QDockWidget* inspectorDock = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    QDockWidget* data =
        addDock(dataPanel_, tr("Data"), QStringLiteral("dataDock"), Qt::RightDockWidgetArea);
    QDockWidget* training = addDock(trainPanel_, tr("Training"), QStringLiteral("trainingDock"),
                                    Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, data);
    tabifyDockWidget(data, training);
    inspectorDock->raise();

    charts_ = new TrainingCharts(this);
    gates_ = new GateHeatmap(this);
    auto* results = new QSplitter(Qt::Horizontal, this);
    roc_ = new RocChart(results);
    metrics_ = new MetricsTable(results);
    history_ = new RunHistory(this);
    runsPanel_ = new RunsPanel(history_, this);
    QDockWidget* chartsDock =
        addDock(charts_, tr("Charts"), QStringLiteral("chartsDock"), Qt::BottomDockWidgetArea);
    QDockWidget* gatesDock =
        addDock(gates_, tr("Gates"), QStringLiteral("gatesDock"), Qt::BottomDockWidgetArea);
    QDockWidget* resultsDock =
        addDock(results, tr("Results"), QStringLiteral("resultsDock"), Qt::BottomDockWidgetArea);
    QDockWidget* runsDock =
        addDock(runsPanel_, tr("Runs"), QStringLiteral("runsDock"), Qt::BottomDockWidgetArea);
    experimentsPanel_ = new ExperimentsPanel(this);
    QDockWidget* experimentsDock =
        addDock(experimentsPanel_, tr("Experiments"), QStringLiteral("experimentsDock"),
                Qt::BottomDockWidgetArea);
    // Inspect: a finished run's gates by slice, per example, and its experts (InspectPanel.h).
    auto* inspect = new InspectPanel(history_, this);
    QDockWidget* inspectDock =
        addDock(inspect, tr("Inspect"), QStringLiteral("inspectDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(problemsDock_, chartsDock, Qt::Horizontal);
    tabifyDockWidget(problemsDock_, runsDock);
    tabifyDockWidget(chartsDock, gatesDock);
    tabifyDockWidget(gatesDock, inspectDock);
    tabifyDockWidget(inspectDock, resultsDock);
    tabifyDockWidget(resultsDock, experimentsDock);
    chartsDock->raise();
    problemsDock_->raise();

    // Lessons: a tab beside the palette (a lesson needs no palette), hidden until asked for.
    lessonPanel_ = new LessonPanel(this);
    QDockWidget* lessonsDock =
        addDock(lessonPanel_, tr("Lessons"), QStringLiteral("lessonsDock"), Qt::LeftDockWidgetArea);
    if (QDockWidget* paletteDock = findChild<QDockWidget*>(QStringLiteral("paletteDock")))
        tabifyDockWidget(paletteDock, lessonsDock);
    lessonsDock->hide();

    progressLabel_ = new QLabel(this);
    progressBar_ = new QProgressBar(this);
    progressBar_->setMaximumWidth(220);
    progressBar_->setTextVisible(false);
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(progressBar_);
    progressLabel_->hide();
    progressBar_->hide();
}

void MainWindow::connectTraining() {
    using State = TrainingController::State;
    connect(trainPanel_, &TrainingPanel::trainRequested, this, &MainWindow::startTraining);
    connect(trainPanel_, &TrainingPanel::pauseRequested, trainer_, &TrainingController::pause);
    connect(trainPanel_, &TrainingPanel::resumeRequested, trainer_, &TrainingController::resume);
    connect(trainPanel_, &TrainingPanel::stepRequested, trainer_, &TrainingController::step);
    connect(trainPanel_, &TrainingPanel::stopRequested, trainer_, &TrainingController::stop);
    connect(trainPanel_, &TrainingPanel::learningRateChanged, trainer_,
            &TrainingController::setLearningRate);
    connect(trainPanel_, &TrainingPanel::lossWeightChanged, trainer_,
            &TrainingController::setLossWeight);
    connect(trainPanel_, &TrainingPanel::resetRequested, this, [this] {
        // Same settings and seed next time: the run repeats exactly.
        trainer_->stop();
        charts_->clear();
        gates_->clear();
        statusBar()->showMessage(
            tr("Reset: press Train to run again with seed %1.").arg(trainPanel_->config().seed),
            6000);
    });

    // The loss weights list the graph's task heads from the start (a new or opened project, a
    // template, an edit), not only once a run has started; during a run, the run's heads.
    auto showGraphTasks = [this] {
        if (trainer_->isActive()) return;
        QStringList names;
        QList<double> defaults;
        for (const mtl::TaskHeadInfo& h : mtl::taskHeads(doc_->graph(), doc_->validation())) {
            names << QString::fromStdString(h.task);
            defaults << h.lossWeight;
        }
        trainPanel_->setTasks(names, defaults);
    };
    connect(doc_, &GraphDocument::validationChanged, this, showGraphTasks);
    connect(trainer_, &TrainingController::stateChanged, this, [this, showGraphTasks](State s) {
        if (s == State::Idle) showGraphTasks();
        const auto panelState = s == State::Idle      ? TrainingPanel::RunState::Idle
                                : s == State::Loading ? TrainingPanel::RunState::Loading
                                : s == State::Paused  ? TrainingPanel::RunState::Paused
                                                      : TrainingPanel::RunState::Running;
        trainPanel_->setRunState(static_cast<int>(panelState));
        setTrainingActive(s != State::Idle);
        if (s == State::Loading)
            statusBar()->showMessage(adaptNotice_.isEmpty()
                                         ? tr("Loading data…")
                                         : tr("Loading data… %1").arg(adaptNotice_));
        if (s == State::Paused)
            statusBar()->showMessage(tr("Paused: Step runs one batch, Resume continues."));
        else if (s == State::Running && runState_ == State::Paused)
            statusBar()->showMessage(tr("Resumed."), 3000);
        else if (s == State::Stopping)
            statusBar()->showMessage(tr("Stopping…"));
        runState_ = s;
        renderProgress();  // "paused" instead of a speed and a time left that do not apply
    });
    connect(trainer_, &TrainingController::dataReady, this,
            [this](const QString& description, const QStringList& notes, const QStringList& tasks) {
                statusBar()->showMessage(adaptNotice_.isEmpty() ? description
                                                                : QStringLiteral("%1 · %2").arg(
                                                                      description, adaptNotice_),
                                         adaptNotice_.isEmpty() ? 8000 : 15000);
                statusBar()->setToolTip(notes.join(QLatin1Char('\n')));
                QList<double> defaults;
                for (const QString& task : tasks) {
                    double w = 1.0;
                    for (const mtl::Node& n : doc_->graph().nodes())
                        if (isTaskHead(n) && n.getString("task") == task.toStdString())
                            w = n.getReal("loss_weight");
                    defaults << w;
                }
                trainPanel_->setTasks(tasks, defaults);
                charts_->beginRun(history_->count(), liveRunName_, tasks);
                gates_->clear();
            });
    connect(trainer_, &TrainingController::batches, this,
            [this](const QVector<mtl::BatchSnapshot>& b) {
                charts_->addBatches(history_->count(), b);
            });
    connect(trainer_, &TrainingController::epoch, this, [this](const mtl::EpochSnapshot& e) {
        charts_->addEpoch(history_->count(), e);
        gates_->addEpoch(e.valid);
    });
    connect(trainer_, &TrainingController::progress, this, &MainWindow::updateProgress);
    connect(trainer_, &TrainingController::finished, this, &MainWindow::onRunFinished);
    connect(trainer_, &TrainingController::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        QMessageBox::warning(this, tr("Cannot Train"), message);
    });

    // The undo stack re-enables its actions whenever it changes (e.g. a learning-rate-like value
    // edited during the run): keep undo/redo off until the run ends.
    for (auto changed : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(doc_->undoStack(), changed, this, [this] {
            if (!trainer_->isActive()) return;
            action(QStringLiteral("undo"))->setEnabled(false);
            action(QStringLiteral("redo"))->setEnabled(false);
        });
    connect(history_, &RunHistory::modifiedChanged, this, &MainWindow::updateTitle);
    connect(history_, &RunHistory::edited, this, [this] { recoveryTimer_->start(); });
    connect(runsPanel_, &RunsPanel::currentRunChanged, this, [this](int index) { showRun(index); });
    if (auto* inspect = findChild<InspectPanel*>()) {
        connect(runsPanel_, &RunsPanel::currentRunChanged, inspect, &InspectPanel::setRun);
        connect(inspect, &InspectPanel::highlightRequested, this,
                [this](const QList<mtl::NodeId>& ids) {
                    scene_->setHighlightedNodes(ids);  // a halo: a view, not an edit
                    if (!ids.isEmpty())
                        if (QGraphicsItem* item = scene_->nodeItem(ids.front()))
                            view_->centerOn(item);
                });
    }
    connect(runsPanel_, &RunsPanel::comparedRunsChanged, this, &MainWindow::updateComparison);
    connect(runsPanel_, &RunsPanel::deleteRequested, this, &MainWindow::deleteRun);
    experimentsPanel_->setGraphProvider([this] { return doc_->graph(); });
    // Experiments are project content saved with the runs: a change marks the project modified.
    connect(experimentsPanel_, &ExperimentsPanel::experimentsChanged, this, [this] {
        history_->setModified(true);
        recoveryTimer_->start();
    });
    connect(experimentsPanel_, &ExperimentsPanel::runOpened, this, [this](const mtl::RunRecord& r) {
        // Like a finished run: listed, shown, saved with the project.
        runsPanel_->setCurrentRun(history_->append(r));
    });
    connect(runsPanel_, &RunsPanel::compareRequested, this, [this](int a, int b) {
        const int n = history_->count();
        if (a < 0 || b < 0 || a >= n || b >= n) return;
        auto* view = findChild<RunComparison*>();
        if (!view) {
            view = new RunComparison(this);
            view->setWindowFlag(Qt::Window);
        }
        const mtl::RunRecord &ra = history_->run(a), &rb = history_->run(b);
        view->setRuns(ra, a, rb, b, RunHistory::fullName(ra), RunHistory::fullName(rb));
        view->show();
        view->raise();
        view->activateWindow();
    });
    auto* exporter = new RunExport(history_, this);  // File > Export Run, the Runs list
    connect(runsPanel_, &RunsPanel::exportRequested, exporter, [exporter](int run, int format) {
        exporter->exportRun(run, static_cast<RunExport::Format>(format));
    });
    connect(exporter, &RunExport::busyChanged, runsPanel_, &RunsPanel::setExportBusy);
    connect(gates_, &GateHeatmap::shownEpochChanged, this, &MainWindow::showExpertUsage);
    connect(gates_, &GateHeatmap::expertClicked, this,
            [this](const QString& gate, int index, const QString& expert) {
                // Select the block that holds the expert: named by the gate's identity, else (a run
                // saved before gates carried it) the longest block name the label starts with.
                for (const mtl::GateStats& s : gates_->shownGates())
                    if (QString::fromStdString(s.gate) == gate && index >= 0 &&
                        index < static_cast<int>(s.experts.size()) &&
                        doc_->graph().node(s.experts[static_cast<size_t>(index)].node)) {
                        const mtl::NodeId id = s.experts[static_cast<size_t>(index)].node;
                        scene_->selectNodes({id});
                        view_->centerOn(scene_->nodeItem(id));
                        return;
                    }
                const mtl::Node* best = nullptr;
                for (const mtl::Node& n : doc_->graph().nodes()) {
                    const QString name = QString::fromStdString(n.name);
                    if ((expert.startsWith(name) || gate.startsWith(name)) &&
                        (!best || n.name.size() > best->name.size()))
                        best = &n;
                }
                if (!best) return;
                scene_->selectNodes({best->id});
                view_->centerOn(scene_->nodeItem(best->id));
            });
}

// Draws, under every block that holds experts, how much each gate uses each of its experts in the
// epoch the heatmap shows. Each gate's statistics name the experts it weighs (GateStats::experts:
// the block holding each expert and its index there) and the task it serves; rows are coloured
// as the heatmap's (a block's task rows in order, shared rows grey). Runs saved before gates
// carried identity show no grid.
void MainWindow::showExpertUsage() {
    scene_->clearExpertUsage();
    const mtl::Graph& g = doc_->graph();
    QHash<mtl::NodeId, ExpertUsage> usage;
    QHash<mtl::NodeId, int> taskRows;  // task rows added to each block so far
    for (const mtl::GateStats& s : gates_->shownGates()) {
        if (!s.hasIdentity() || s.experts.size() != s.mean.size()) continue;
        // The experts this gate weighs, by the block that holds them (in order of first use).
        QList<mtl::NodeId> blocks;
        for (const mtl::GateExpert& e : s.experts)
            if (!blocks.contains(e.node) && g.node(e.node)) blocks << e.node;
        for (mtl::NodeId block : blocks) {
            ExpertUsage& u = usage[block];
            QVector<double> row(u.experts.size(), std::nan(""));
            for (size_t i = 0; i < s.experts.size(); ++i) {
                if (s.experts[i].node != block) continue;
                const QString label = i < s.expertLabels.size() && !s.expertLabels[i].empty()
                                          ? QString::fromStdString(s.expertLabels[i])
                                          : QStringLiteral("e%1").arg(s.experts[i].index);
                int col = u.experts.indexOf(label);
                if (col < 0) {  // a column this block has not shown yet
                    col = static_cast<int>(u.experts.size());
                    u.experts << label;
                    for (QVector<double>& r : u.mean) r << std::nan("");
                    row << std::nan("");
                }
                row[col] = s.mean[i];
            }
            u.gates << GateHeatmap::rowName(s);
            u.colors << (s.shared ? chartstyle::seriesColor(7)
                                  : chartstyle::seriesColor(taskRows[block]++));
            u.mean << row;
        }
    }
    for (auto it = usage.begin(); it != usage.end(); ++it)
        scene_->setExpertUsage(it.key(), it.value());
}

QString MainWindow::describeAdaptation(const mtl::GraphAdaptation& a) {
    QStringList parts;
    for (const mtl::HeadChange& h : a.heads) {
        const QString task = QString::fromStdString(h.newTask);
        const QString what = h.kind == mtl::TaskKind::Binary ? tr("%1 (binary)").arg(task)
                                                             : tr("%1 (regression)").arg(task);
        parts
            << (h.oldType != h.newType
                    ? tr("task head %1 now predicts %2, was a %3 head")
                          .arg(QString::fromStdString(h.name), what,
                               h.oldType == "task.binary" ? tr("binary") : tr("regression"))
                    : tr("task head %1 now predicts %2").arg(QString::fromStdString(h.name), what));
    }
    for (const mtl::InputChange& i : a.inputs)
        parts << tr("input block %1 now reads %n column(s) (was %2)", nullptr, i.newWidth)
                     .arg(QString::fromStdString(i.name))
                     .arg(i.oldWidth);
    return parts.join(QStringLiteral("; "));
}

// Asks before a run that is far beyond the machine (see mtl::assessCost), with the figures.
bool MainWindow::confirmCost(const mtl::Graph& graph, const mtl::DataSpec& data,
                             const mtl::TrainConfig& config) {
    const mtl::CostEstimate cost = mtl::estimateCost(graph, mtl::expectedShape(data), config);
    const mtl::CostVerdict verdict = mtl::assessCost(cost, config.epochs, machineLimits_);
    if (verdict.ok()) return true;
    const QLocale locale;
    auto bytes = [&](double b) { return locale.formattedDataSize(static_cast<qint64>(b)); };
    QStringList lines;
    lines << tr("Parameters: %L1").arg(cost.parameters);
    lines << tr("Memory: %1 (weights %2, gradients and optimizer state %3, activations of a "
                "batch of %4: %5)")
                 .arg(bytes(cost.totalBytes()), bytes(cost.weightBytes), bytes(cost.optimizerBytes))
                 .arg(config.batchSize)
                 .arg(bytes(cost.activationBytes));
    if (cost.flopsPerEpoch > 0)
        lines << tr("Arithmetic: %1 FLOPs per epoch; %n epoch(s) take about %2 at %3 GFLOP/s",
                    nullptr, config.epochs)
                     .arg(locale.toString(cost.flopsPerEpoch, 'g', 3),
                          formatDuration(verdict.seconds))
                     .arg(machineLimits_.flopsPerSecond / 1e9, 0, 'g', 3);
    QStringList why;
    if (verdict.tooMuchMemory)
        why << tr("it needs more memory than this machine can spare (%1)")
                   .arg(bytes(machineLimits_.memoryBytes));
    if (verdict.tooSlow)
        why << tr("training would take longer than %1")
                   .arg(formatDuration(machineLimits_.maxSeconds));
    QMessageBox box(QMessageBox::Warning, tr("Very Large Model"),
                    tr("This model is far beyond this machine: %1.").arg(why.join(tr(", and "))),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                           tr("Reduce the units or experts, or train anyway."));
    box.button(QMessageBox::Yes)->setText(tr("Train Anyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool MainWindow::startTraining() {
    if (trainer_->isActive()) return false;
    // Everything is checked before anything changes: a refused Train leaves the graph as it was.
    const QString dataProblem = dataPanel_->problem();
    if (!dataProblem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Train"), dataProblem);
        return false;
    }
    if (!doc_->validation().ok()) {
        problemsDock_->raise();
        statusBar()->showMessage(tr("The graph has errors (see Problems); fix them to train."),
                                 8000);
        return false;
    }
    const mtl::DataSpec data = dataPanel_->spec();
    const mtl::GraphAdaptation heads = mtl::adaptTaskHeads(doc_->graph(), mtl::expectedTasks(data));
    if (heads.status == mtl::GraphAdaptation::Status::Mismatch) {
        QStringList want;
        for (const mtl::TaskInfo& t : heads.tasks)
            want << (t.kind == mtl::TaskKind::Binary ? tr("%1 (binary)") : tr("%1 (regression)"))
                        .arg(QString::fromStdString(t.name));
        QMessageBox::warning(
            this, tr("Graph and Data Differ"),
            tr("The graph has %n task head(s) with a loss, but the data has these tasks: %1.\n\n"
               "Add or remove task heads, or load a template (it adapts itself).",
               nullptr, heads.headCount)
                .arg(want.join(QStringLiteral(", "))));
        return false;
    }
    const mtl::TrainConfig config = trainPanel_->config();
    if (!confirmCost(heads.graph, data, config)) {
        statusBar()->showMessage(tr("Training cancelled: nothing was changed."), 8000);
        return false;
    }
    // The run will start: adapt the graph to the data now, as one undoable step that says so.
    adaptNotice_.clear();
    if (heads.changed()) {
        const QString what = describeAdaptation(heads);
        doc_->replaceGraph(heads.graph, tr("Train: adapt the graph to the data (%1)").arg(what));
        adaptNotice_ = tr("Train adapted the graph to the data: %1.").arg(what);
    }
    TrainingController::RunRequest request;
    request.graph = doc_->graph();
    request.data = data;
    request.config = config;
    liveRunName_ = tr("Run %1").arg(history_->count() + 1);
    request.name = liveRunName_;
    runsPanel_->setCurrentRun(-1);
    roc_->clear();
    metrics_->clear();
    progress_ = Progress();
    if (!trainer_->start(request)) return false;
    findChild<QDockWidget*>(QStringLiteral("chartsDock"))->raise();
    return true;
}

void MainWindow::setTrainingActive(bool active) {
    // Structural edits wait until the run ends; values that do not change shapes stay editable.
    scene_->setStructureLocked(active);
    palette_->setStructureLocked(active);
    inspector_->setStructureLocked(active);
    dataPanel_->setLocked(active);
    for (const char* n : {"new", "open", "undo", "redo", "cut", "paste", "duplicate", "delete",
                          "autoLayout", "quickAdd"})
        action(QLatin1String(n))->setEnabled(!active);
    templatesMenu_->setEnabled(!active);
    if (!active) {  // the stack's own state again
        action(QStringLiteral("undo"))->setEnabled(doc_->undoStack()->canUndo());
        action(QStringLiteral("redo"))->setEnabled(doc_->undoStack()->canRedo());
    }
    progressLabel_->setVisible(active);
    progressBar_->setVisible(active);
    if (!active) updateEditActions();
}

void MainWindow::updateProgress(int epoch, int epochs, int batch, int batches,
                                double samplesPerSecond, double eta) {
    progress_ = {epoch, epochs, batch, batches, samplesPerSecond, eta, true};
    renderProgress();
}

void MainWindow::renderProgress() {
    if (!progress_.known) {
        progressLabel_->clear();
        return;
    }
    const Progress& p = progress_;
    progressBar_->setRange(0, std::max(1, p.epochs * p.batches));
    progressBar_->setValue(p.epoch * p.batches + p.batch + 1);
    // While paused (or stepping) the speed and the time left do not apply: the run is waiting.
    if (trainer_->state() == TrainingController::State::Paused) {
        progressLabel_->setText(tr("Epoch %1/%2 · batch %3/%4 · paused")
                                    .arg(p.epoch + 1)
                                    .arg(p.epochs)
                                    .arg(p.batch + 1)
                                    .arg(p.batches));
        return;
    }
    progressLabel_->setText(tr("Epoch %1/%2 · batch %3/%4 · %L5 samples/s · ETA %6")
                                .arg(p.epoch + 1)
                                .arg(p.epochs)
                                .arg(p.batch + 1)
                                .arg(p.batches)
                                .arg(std::llround(p.samplesPerSecond))
                                .arg(formatDuration(p.eta)));
}

void MainWindow::onRunFinished(const mtl::RunRecord& run) {
    // The run bound the input blocks to the data's columns (e.g. census-income's 7 numeric and 31
    // categorical fields); let the editor show the same widths, as one undoable step.
    progress_ = Progress();
    adaptNotice_.clear();
    const mtl::GraphAdaptation fitted = mtl::fitInputs(doc_->graph(), run.schema);
    QString fitNote;
    if (fitted.changed()) {
        const QString what = describeAdaptation(fitted);
        doc_->replaceGraph(fitted.graph,
                           tr("Train: fit the input block to the data (%1)").arg(what));
        fitNote = tr("Train adapted the graph to the data: %1.").arg(what);
    }
    const int row = history_->append(run);
    {
        const QSignalBlocker quiet(runsPanel_);
        runsPanel_->setCurrentRun(row);
    }
    showRun(row, false);  // the charts already hold the live run
    const QString how =
        !run.ok ? tr("Training stopped: %1").arg(QString::fromStdString(run.endReason))
        : run.stopped
            ? tr("Stopped after %n epoch(s).", nullptr, static_cast<int>(run.epochs.size()))
            : tr("Finished in %1: %2")
                  .arg(formatDuration(run.seconds), RunHistory::metricsSummary(run));
    statusBar()->showMessage(fitNote.isEmpty() ? how : QStringLiteral("%1 · %2").arg(how, fitNote),
                             15000);
    if (!run.ok)
        QMessageBox::warning(this, tr("Training Diverged"), QString::fromStdString(run.endReason));
}

void MainWindow::showRun(int index, bool replayCharts) {
    if (index < 0 || index >= history_->count()) {
        if (!trainer_->isActive()) {
            charts_->clear();
            gates_->clear();
        }
        roc_->clear();
        metrics_->clear();
        return;
    }
    const mtl::RunRecord& run = history_->run(index);
    QVector<mtl::EvalResult> epochs;
    for (const mtl::EpochSnapshot& e : run.epochs) epochs << e.valid;
    gates_->setEpochs(epochs);
    roc_->setRun(run);
    metrics_->setRun(run);
    if (replayCharts) updateComparison();
}

void MainWindow::updateComparison() {
    if (trainer_->isActive()) return;  // the live run owns the charts
    const int current = runsPanel_->currentRun();
    charts_->clear();
    // The current run solid, the ticked ones dashed beside it (the first ticked one solid when
    // no run is current); every legend entry names its run, short enough to fit beside a chart.
    bool solid = false;
    if (current >= 0) {
        charts_->showRun(history_->run(current), current, false);
        solid = true;
    }
    for (int i : runsPanel_->comparedRuns())
        if (i != current) {
            charts_->showRun(history_->run(i), i, solid);
            solid = true;
        }
}

void MainWindow::deleteRun(int index) {
    if (!history_->remove(index)) return;
    showRun(runsPanel_->currentRun());
}

void MainWindow::showLessons() {
    QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("lessonsDock"));
    const bool wasVisible = dock->isVisible();
    dock->show();
    dock->raise();
    // Room for the lesson's text (once the dock is laid out).
    if (!wasVisible && !dock->isFloating())
        QTimer::singleShot(0, this, [this, dock] {
            resizeDocks({dock}, {std::max(dock->width(), 300)}, Qt::Horizontal);
        });
}

bool MainWindow::applyLessonSetup(const LessonSetup& setup, QString* message) {
    auto refuse = [&](const QString& why) {
        if (message) *message = why;
        return false;
    };
    if (message) message->clear();
    if (trainer_->isActive())
        return refuse(tr("A run is going on: stop it or wait for it to finish, then set up."));
    if (experimentsPanel_->controller()->isActive())
        return refuse(tr("An experiment is running: cancel it or wait for it, then set up."));
    QString note;
    if (setup.data) {
        auto withFolder = [this](mtl::DataSpec d) {  // the census folder the user chose
            if (d.kind == mtl::DataSpec::Kind::Census && d.census.dir.empty())
                d.census.dir = dataPanel_->spec().census.dir;
            return d;
        };
        const mtl::DataSpec before = dataPanel_->spec();
        dataPanel_->setSpec(withFolder(*setup.data));
        const QString problem = dataPanel_->problem();
        if (!problem.isEmpty() && setup.fallbackData) {
            dataPanel_->setSpec(withFolder(*setup.fallbackData));
            note = tr("%1 This step uses %2 instead; choose the folder in the Data panel and set "
                      "up again for the real data.")
                       .arg(problem, dataPanel_->summary());
        } else if (!problem.isEmpty()) {
            dataPanel_->setSpec(before);
            return refuse(problem);
        }
    }
    if (setup.epochs > 0 || setup.batch > 0 || setup.lr > 0) {
        mtl::TrainConfig config = trainPanel_->config();
        if (setup.epochs > 0) config.epochs = setup.epochs;
        if (setup.batch > 0) config.batchSize = setup.batch;
        if (setup.lr > 0) config.optimizer.lr = setup.lr;
        trainPanel_->setConfig(config);
    }
    if (!setup.templateKey.isEmpty()) loadTemplate(setup.templateKey);
    if (!setup.precomputed.isEmpty()) {
        // Added once: a second set-up shows the experiment already there.
        const auto& list = experimentsPanel_->experiments();
        const auto it = std::find_if(list.begin(), list.end(), [&](const auto& r) {
            return r.name == setup.precomputedName.toStdString();
        });
        if (it != list.end()) {
            experimentsPanel_->setCurrentExperiment(static_cast<int>(it - list.begin()));
        } else {
            mtl::exp::ExperimentRecord record;
            QString error;
            if (!loadPrecomputed(setup.precomputed, setup.precomputedName, &record, &error))
                return refuse(error);
            experimentsPanel_->addExperiment(record);
        }
        findChild<QDockWidget*>(QStringLiteral("experimentsDock"))->raise();
    }
    bool started = true;
    if (setup.start == LessonSetup::Start::Training) {
        started = startTraining();
        if (!started) note = tr("The run did not start.") + QLatin1Char(' ') + note;
    } else if (setup.start == LessonSetup::Start::Experiment) {
        QString error;
        if (!experimentsPanel_->setGrid(setup.experimentName, setup.experiment, &error))
            return refuse(error);
        findChild<QDockWidget*>(QStringLiteral("experimentsDock"))->raise();
        started = experimentsPanel_->runGrid();
        if (!started) note = experimentsPanel_->message();
    }
    if (setup.plot != LessonSetup::Plot::Unchanged)
        experimentsPanel_->showPlot(setup.plot == LessonSetup::Plot::GateDivergence
                                        ? ExperimentsPanel::Plot::GateDivergence
                                        : ExperimentsPanel::Plot::Score);
    if (message) *message = note.trimmed();
    return started;
}

const std::vector<mtl::RunRecord>& MainWindow::runs() const { return history_->runs(); }

}  // namespace mtl::ui
