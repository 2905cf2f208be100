// The live dashboard's widgets fed a synthetic training stream (offscreen): 20,000 batch
// snapshots in chunks and 10 epochs with gate statistics of a 2-task, 8-expert MMoE and a 2-level
// PLE. Checks that charts buffer and draw every point at the refresh tick, that smoothing and the
// log scale only change what is drawn, that exports hold every raw point, that the heatmap shows
// the values it was given (also when scrubbing back), hover texts, and that replaying a stored run
// draws what the live feed drew. Refresh and paint costs are measured and printed, not asserted.
// With MTL_DASH_SHOTS=<dir>, screenshots of every widget in the light and dark themes are written.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "app/Appearance.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/GateHeatmap.h"
#include "dashboard/MetricChart.h"
#include "dashboard/MetricsTable.h"
#include "dashboard/RocChart.h"
#include "dashboard/TrainingCharts.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

const QStringList kTasks = {QStringLiteral("income"), QStringLiteral("marital")};
constexpr int kBatches = 20000, kChunk = 500, kEpochs = 10;

BatchSnapshot batch(long long step) {
    BatchSnapshot b;
    b.step = step;
    b.epoch = static_cast<int>(step / (kBatches / kEpochs));
    b.batch = static_cast<int>(step % (kBatches / kEpochs));
    b.batchesPerEpoch = kBatches / kEpochs;
    const double t = static_cast<double>(step);
    const double noise = 0.03 * std::sin(t * 12.9898) * std::cos(t * 78.233);
    b.taskLoss = {0.45 * std::exp(-t / 6000) + 0.20 + noise,
                  0.30 * std::exp(-t / 3000) + 0.05 + 0.5 * noise};
    b.loss = b.taskLoss[0] + b.taskLoss[1];
    b.samplesPerSecond = 500000;
    b.learningRate = 1e-3;
    return b;
}

// A softmax-like mean weight over n experts that shifts with the epoch; std 10-30 % of it.
GateStats gate(const std::string& label, const std::vector<std::string>& experts, int n, int epoch,
               int salt) {
    GateStats g;
    g.gate = label;
    g.expertLabels = experts;
    double sum = 0;
    for (int e = 0; e < n; ++e) {
        g.mean.push_back(std::exp(1.5 * std::sin(0.9 * e + 0.7 * salt + 0.25 * epoch)));
        sum += g.mean.back();
    }
    for (int e = 0; e < n; ++e) {
        g.mean[static_cast<size_t>(e)] /= sum;
        g.std.push_back(g.mean[static_cast<size_t>(e)] * (0.1 + 0.02 * e));
    }
    return g;
}

EvalResult mmoeEval(int epoch) {
    EvalResult r;
    for (int t = 0; t < 2; ++t) {
        TaskMetrics m;
        m.task = kTasks[t].toStdString();
        m.binary = true;
        m.count = 49881;
        m.auc = 0.80 + 0.1 * t + 0.01 * epoch;
        m.loss = 0.40 - 0.02 * epoch + 0.05 * t;
        r.tasks.push_back(m);
        r.totalLoss += m.loss;
    }
    // MMoE gates carry no expert labels (the heatmap names them e0..e7).
    r.gates = {gate("gate_income", {}, 8, epoch, 0), gate("gate_marital", {}, 8, epoch, 3)};
    return r;
}

EvalResult pleEval(int epoch) {
    EvalResult r = mmoeEval(epoch);
    r.gates.clear();
    const std::vector<std::string> t0 = {"t0e0", "t0e1", "s0", "s1"},
                                   t1 = {"t1e0", "t1e1", "s0", "s1"},
                                   all = {"t0e0", "t0e1", "t1e0", "t1e1", "s0", "s1"};
    r.gates = {gate("level1.gate0", t0, 4, epoch, 1), gate("level1.gate1", t1, 4, epoch, 2),
               gate("level1.shared", all, 6, epoch, 5), gate("level2.gate0", t0, 4, epoch, 7),
               gate("level2.gate1", t1, 4, epoch, 9)};
    return r;
}

EpochSnapshot epochSnapshot(int epoch) {
    EpochSnapshot e;
    e.epoch = epoch;
    e.valid = mmoeEval(epoch);
    e.trainLoss = 0.6 - 0.03 * epoch;
    e.trainTaskLoss = {0.35, 0.25};
    return e;
}

RunRecord syntheticRun() {
    RunRecord run;
    run.name = "Run 1: MMoE";
    for (const QString& t : kTasks) run.taskNames.push_back(t.toStdString());
    for (long long s = 0; s < kBatches; ++s) run.batches.push_back(batch(s));
    for (int e = 0; e < kEpochs; ++e) run.epochs.push_back(epochSnapshot(e));
    run.test = mmoeEval(kEpochs);
    for (int t = 0; t < 2; ++t) {
        std::vector<std::pair<double, double>> curve;
        const double k = 3.0 + 4.0 * t;  // tpr = 1 - (1 - fpr)^k
        for (int i = 0; i <= 500; ++i) curve.push_back({i / 500.0, 1 - std::pow(1 - i / 500.0, k)});
        run.roc.push_back(curve);
    }
    return run;
}

int csvLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    int n = 0;
    while (!f.atEnd()) {
        f.readLine();
        ++n;
    }
    return n;
}

// The tooltip shown now, as an image (screenshots only).
void saveToolTip(const QString& path) {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->inherits("QTipLabel")) w->grab().save(path);
}

void sendMouseMove(QWidget* top, QPoint pos) {
    QWidget* target = top->childAt(pos);
    QVERIFY(target);
    const QPoint local = target->mapFrom(top, pos);
    QMouseEvent e(QEvent::MouseMove, QPointF(local), target->mapToGlobal(QPointF(local)),
                  Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(target, &e);
}

}  // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    // Rows are named by the gate's identity (the task it serves, from the graph), not by parsing
    // labels; a gate of an older file (no identity) keeps its label.
    void gateRowsAreNamedByIdentity() {
        GateStats g;
        g.gate = "level1.task1";
        QCOMPARE(GateHeatmap::rowName(g), QStringLiteral("level1.task1"));  // no identity
        g.node = 4;
        g.slot = 0;
        g.tasks = {"income"};  // slot 0 of its level, whatever the label says
        QCOMPARE(GateHeatmap::rowName(g), QStringLiteral("income"));
        g.gate = "gate_marital";
        QCOMPARE(GateHeatmap::rowName(g), QStringLiteral("income"));
        g.tasks = {"income", "marital"};
        g.shared = true;
        QCOMPARE(GateHeatmap::rowName(g), QStringLiteral("shared"));
    }

    void initTestCase() { applyTheme(QStringLiteral("light")); }

    void chartBuffersUntilTheRefreshTick() {
        MetricChart chart;
        chart.resize(700, 400);
        chart.show();
        chart.addSeries(QStringLiteral("a"), QStringLiteral("A"), chartstyle::seriesColor(0));
        QVector<QPointF> pts;
        for (int i = 0; i < 1000; ++i) pts.push_back(QPointF(i, 1.0 / (1 + i)));
        chart.addPoints(QStringLiteral("a"), pts);
        QCOMPARE(chart.rawCount(QStringLiteral("a")), 1000);
        QCOMPARE(chart.displayedCount(QStringLiteral("a")), 0);  // buffered only
        QVERIFY(chart.refreshPending());
        QTRY_COMPARE_WITH_TIMEOUT(chart.displayedCount(QStringLiteral("a")), 1000, 1000);
        QVERIFY(!chart.refreshPending());  // the timer stops when idle
        QCOMPARE(chart.displayedPoints(QStringLiteral("a")), pts);
        // A series added implicitly by its points.
        chart.addPoints(QStringLiteral("b"), {QPointF(0, 2), QPointF(1, 3)});
        QTRY_COMPARE_WITH_TIMEOUT(chart.displayedCount(QStringLiteral("b")), 2, 1000);
        chart.removeSeries(QStringLiteral("b"));
        QCOMPARE(chart.seriesIds(), QStringList{QStringLiteral("a")});
        chart.clear();
        QVERIFY(chart.seriesIds().isEmpty());
    }

    void smoothingLogAndDecimationKeepRawData() {
        MetricChart chart;
        chart.resize(700, 400);
        const QString id = QStringLiteral("loss");
        QVector<QPointF> pts;
        for (int i = 0; i < 20000; ++i)
            pts.push_back(QPointF(i, i % 100 == 0 ? 0.0 : 0.5 + 0.3 * std::sin(i * 0.01)));
        chart.addPoints(id, pts);
        chart.refreshNow();
        QCOMPARE(chart.rawCount(id), 20000);
        QVERIFY(chart.displayedCount(id) <= chart.maxDisplayPoints());
        QVERIFY(chart.displayedCount(id) > chart.maxDisplayPoints() / 2);
        // Decimation keeps the extremes (the zeros every 100 steps).
        double lo = 1e9;
        for (const QPointF& p : chart.displayedPoints(id)) lo = std::min(lo, p.y());
        QCOMPARE(lo, 0.0);

        chart.setSmoothing(0.9);
        chart.refreshNow();
        QCOMPARE(chart.rawPoints(id), pts);
        QVERIFY(chart.displayedCount(id) <= chart.maxDisplayPoints());
        chart.setLogScale(true);
        chart.refreshNow();
        QCOMPARE(chart.rawPoints(id), pts);
        for (const QPointF& p : chart.displayedPoints(id)) QVERIFY(p.y() > 0);
        chart.setLogScale(false);
        chart.setSmoothing(0);
        chart.setMaxDisplayPoints(100000);
        chart.refreshNow();
        QCOMPARE(chart.displayedPoints(id), pts);  // all back, unchanged
        // Smoothing is display-only: a smoothed line differs from the raw one, the raw data not.
        chart.setSmoothing(0.6);
        chart.refreshNow();
        QCOMPARE(chart.displayedCount(id), 20000);
        QVERIFY(chart.displayedPoints(id) != pts);
        QCOMPARE(chart.rawPoints(id), pts);
        // Log scale drops the 200 zeros from the drawing only.
        chart.setSmoothing(0);
        chart.setLogScale(true);
        chart.refreshNow();
        QCOMPARE(chart.displayedCount(id), 20000 - 200);
        QCOMPARE(chart.rawCount(id), 20000);
    }

    // Dragging a rectangle zooms in; the visible range is then drawn in full detail (no
    // decimation), and a right-click shows everything again.
    void zoomDrawsTheVisibleRangeInDetail() {
        MetricChart chart;
        chart.resize(800, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString id = QStringLiteral("a");
        QVector<QPointF> pts;
        for (int i = 0; i < 20000; ++i) pts.push_back(QPointF(i, 0.5 + 0.3 * std::sin(i * 0.37)));
        chart.addPoints(id, pts);
        chart.refreshNow();
        QCoreApplication::processEvents();
        QCOMPARE(chart.displayedCount(id), chart.maxDisplayPoints());
        const QPoint a = chart.positionOf(id, QPointF(10000, 0.9)),
                     b = chart.positionOf(id, QPointF(11000, 0.1));
        QWidget* viewport = chart.childAt(a);
        QVERIFY(viewport);
        auto send = [&](QEvent::Type type, QPoint p, Qt::MouseButton button,
                        Qt::MouseButtons buttons) {
            const QPoint local = viewport->mapFrom(&chart, p);
            QMouseEvent e(type, QPointF(local), viewport->mapToGlobal(QPointF(local)), button,
                          buttons, Qt::NoModifier);
            QApplication::sendEvent(viewport, &e);
        };
        send(QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
        chart.refreshNow();
        const QVector<QPointF> shown = chart.displayedPoints(id);
        QVERIFY2(shown.size() > 900 && shown.size() < 1200,
                 qPrintable(QString::number(shown.size())));
        QCOMPARE(shown,
                 pts.mid(static_cast<int>(shown.front().x()), shown.size()));  // every raw point
        send(QEvent::MouseButtonPress, a, Qt::RightButton, Qt::RightButton);
        send(QEvent::MouseButtonRelease, a, Qt::RightButton, Qt::NoButton);
        QCOMPARE(chart.displayedCount(id), chart.maxDisplayPoints());
        QCOMPARE(chart.rawCount(id), 20000);
    }

    void exportsHoldEveryPoint() {
        QTemporaryDir dir;
        MetricChart chart;
        chart.resize(640, 400);
        chart.show();
        chart.setTitle(QStringLiteral("Loss"));
        chart.addSeries(QStringLiteral("a"), QStringLiteral("task, one"),
                        chartstyle::seriesColor(0));
        chart.addSeries(QStringLiteral("b"), QStringLiteral("Total"));
        QVector<QPointF> a, b;
        for (int i = 0; i < 12345; ++i) a.push_back(QPointF(i, 0.1 + 1.0 / (1 + i)));
        for (int i = 0; i < 777; ++i) b.push_back(QPointF(i * 16, 0.4521 + i * 1e-4));
        chart.addPoints(QStringLiteral("a"), a);
        chart.addPoints(QStringLiteral("b"), b);
        const QString csv = dir.filePath(QStringLiteral("c.csv")),
                      svg = dir.filePath(QStringLiteral("c.svg")),
                      png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(chart.exportCsv(csv));
        QCOMPARE(csvLines(csv), 1 + 12345 + 777);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("series,x,y\n"));
        QVERIFY(text.contains("\"task, one\",0,1.1\n"));
        QVERIFY(text.contains("Total,0,0.4521\n"));
        QVERIFY(chart.exportSvg(svg));
        QVERIFY(QFileInfo(svg).size() > 1000);
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QVERIFY(s.readAll().contains("<svg"));
        QVERIFY(chart.exportPng(png));
        QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() > 300 && img.height() > 200);
    }

    void hoverShowsTheExactValue() {
        MetricChart chart;
        chart.resize(800, 500);
        chart.setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVector<QPointF> pts;
        for (int i = 0; i <= 2000; i += 100)
            pts.push_back(QPointF(i, i == 1200 ? 0.4521 : 0.3 + i * 1e-4));
        chart.addSeries(QStringLiteral("a"), QStringLiteral("income"), chartstyle::seriesColor(0));
        chart.addPoints(QStringLiteral("a"), pts);
        chart.refreshNow();
        QCoreApplication::processEvents();
        QVERIFY(chart.valueText(QStringLiteral("a"), 1190)
                    .contains(QStringLiteral("step 1,200: 0.4521")) ||
                chart.valueText(QStringLiteral("a"), 1190)
                    .contains(QStringLiteral("step 1200: 0.4521")));
        const QPoint at = chart.positionOf(QStringLiteral("a"), QPointF(1200, 0.4521));
        QVERIFY(chart.rect().contains(at));
        sendMouseMove(&chart, at + QPoint(2, 1));
        QVERIFY2(chart.hoverText().contains(chartstyle::formatNumber(0.4521)),
                 qPrintable(chart.hoverText()));
        QVERIFY(chart.hoverText().contains(QStringLiteral("income")));
        QVERIFY(chart.hoverText().contains(chartstyle::formatNumber(1200)));
    }

    void liveFeedAndReplayAgree() {
        TrainingCharts live;
        live.resize(1200, 800);
        live.show();
        QVERIFY(QTest::qWaitForWindowExposed(&live));
        live.beginRun(1, QStringLiteral("Run 1: MMoE"), kTasks);
        const RunRecord run = syntheticRun();
        double addMax = 0, refreshMax = 0, paintMax = 0, addSum = 0, refreshSum = 0, paintSum = 0;
        QElapsedTimer clock;
        int chunks = 0;
        for (int s = 0; s < kBatches; s += kChunk) {
            QVector<BatchSnapshot> chunk(run.batches.begin() + s, run.batches.begin() + s + kChunk);
            clock.start();
            live.addBatches(1, chunk);
            const double add = clock.nsecsElapsed() / 1e6;
            if ((s / kChunk) % (kBatches / kChunk / kEpochs) == 0 &&
                s / kChunk / (kBatches / kChunk / kEpochs) < kEpochs)
                live.addEpoch(1, run.epochs[static_cast<size_t>(s / (kBatches / kEpochs))]);
            clock.start();
            for (MetricChart* c :
                 {live.trainingLossChart(), live.validationLossChart(), live.validationAucChart()})
                c->refreshNow();
            const double refresh = clock.nsecsElapsed() / 1e6;
            clock.start();
            live.grab();  // paints everything
            const double paint = clock.nsecsElapsed() / 1e6;
            addMax = std::max(addMax, add), refreshMax = std::max(refreshMax, refresh),
            paintMax = std::max(paintMax, paint);
            addSum += add, refreshSum += refresh, paintSum += paint;
            ++chunks;
        }
        qInfo(
            "live feed, %d chunks of %d batches (3 series of %d points in the end): buffering mean "
            "%.3f ms "
            "(max %.3f), refresh of the 3 charts mean %.3f ms (max %.3f), full repaint mean %.1f "
            "ms (max %.1f)",
            chunks, kChunk, kBatches, addSum / chunks, addMax, refreshSum / chunks, refreshMax,
            paintSum / chunks, paintMax);

        MetricChart* train = live.trainingLossChart();
        for (int t = -1; t < 2; ++t) {
            QCOMPARE(train->rawCount(TrainingCharts::seriesId(1, t)), kBatches);
            QVERIFY(train->displayedCount(TrainingCharts::seriesId(1, t)) > 0);
            QCOMPARE(live.validationLossChart()->rawCount(TrainingCharts::seriesId(1, t)), kEpochs);
        }
        for (int t = 0; t < 2; ++t)
            QCOMPARE(live.validationAucChart()->rawCount(TrainingCharts::seriesId(1, t)), kEpochs);
        QCOMPARE(train->seriesName(TrainingCharts::seriesId(1, 0)), kTasks[0]);
        QCOMPARE(live.validationAucChart()->rawPoints(TrainingCharts::seriesId(1, 1)).back(),
                 QPointF(kEpochs, 0.9 + 0.01 * (kEpochs - 1)));

        TrainingCharts replay;
        replay.resize(1200, 800);
        replay.showRun(run, 1, false);
        for (MetricChart* c : {replay.trainingLossChart(), replay.validationLossChart(),
                               replay.validationAucChart()})
            c->refreshNow();
        for (auto [a, b] : {std::pair{live.trainingLossChart(), replay.trainingLossChart()},
                            std::pair{live.validationLossChart(), replay.validationLossChart()},
                            std::pair{live.validationAucChart(), replay.validationAucChart()}}) {
            QCOMPARE(a->seriesIds(), b->seriesIds());
            for (const QString& id : a->seriesIds()) {
                QCOMPARE(a->rawCount(id), b->rawCount(id));
                QCOMPARE(a->rawPoints(id), b->rawPoints(id));
                QCOMPARE(a->displayedCount(id), b->displayedCount(id));
            }
        }

        // An overlaid run: dashed, named after the run; removing it leaves the first run alone.
        replay.showRun(run, 2, true);
        QVERIFY(replay.trainingLossChart()
                    ->seriesName(TrainingCharts::seriesId(2, 0))
                    .contains(QStringLiteral("Run 1: MMoE")));
        QCOMPARE(replay.trainingLossChart()->seriesIds().size(), 6);
        QCOMPARE(replay.runIds(), (QList<int>{1, 2}));
        replay.removeRun(2);
        QCOMPARE(replay.trainingLossChart()->seriesIds().size(), 3);
        QCOMPARE(replay.trainingLossChart()->rawCount(TrainingCharts::seriesId(1, -1)), kBatches);
        // A run shown without overlay replaces the others.
        replay.showRun(run, 3, false);
        QCOMPARE(replay.runIds(), QList<int>{3});
        replay.clear();
        QVERIFY(replay.trainingLossChart()->seriesIds().isEmpty());
    }

    void refreshCostOf20000Points() {
        MetricChart chart;
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVector<QPointF> pts;
        for (int i = 0; i < 20000; ++i)
            pts.push_back(QPointF(i, 0.5 + 0.2 * std::sin(i * 0.003) + 0.05 * std::sin(i * 1.7)));
        QElapsedTimer clock;
        for (int round = 0; round < 3; ++round) {
            const QString id = QStringLiteral("s%1").arg(round);
            clock.start();
            chart.addPoints(id, pts);
            const double add = clock.nsecsElapsed() / 1e6;
            chart.refreshNow();
            const double refresh = chart.lastRefreshMs();
            clock.start();
            chart.grab();
            const double paint = clock.nsecsElapsed() / 1e6;
            qInfo(
                "adding 20,000 points to series %d: buffering %.3f ms, refresh %.2f ms, repaint "
                "%.1f ms "
                "(%d drawn of %d)",
                round + 1, add, refresh, paint, chart.displayedCount(id), chart.rawCount(id));
        }
        chart.setSmoothing(0.8);
        chart.refreshNow();
        qInfo("smoothing 0.8 over 3 x 20,000 points: refresh %.2f ms", chart.lastRefreshMs());
        chart.setLogScale(true);
        chart.refreshNow();
        qInfo("log scale over 3 x 20,000 points: refresh %.2f ms", chart.lastRefreshMs());
    }

    void heatmapShowsGateValuesPerEpoch() {
        GateHeatmap map;
        map.resize(900, 700);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QCOMPARE(map.epochCount(), 0);
        QCOMPARE(map.shownEpoch(), -1);
        QVERIFY(std::isnan(map.valueAt(QStringLiteral("gate_income"), 0)));
        QVector<EvalResult> epochs;
        for (int e = 0; e < kEpochs; ++e) epochs.push_back(mmoeEval(e));
        map.setEpochs(epochs);
        QCOMPARE(map.epochCount(), kEpochs);
        QCOMPARE(map.shownEpoch(), kEpochs - 1);
        for (int g = 0; g < 2; ++g)
            for (int x = 0; x < 8; ++x) {
                const GateStats& s = epochs.back().gates[static_cast<size_t>(g)];
                QCOMPARE(map.valueAt(QString::fromStdString(s.gate), x),
                         s.mean[static_cast<size_t>(x)]);
                QCOMPARE(map.stdAt(QString::fromStdString(s.gate), x),
                         s.std[static_cast<size_t>(x)]);
            }
        // Scrubbing back shows the older epoch.
        map.showEpoch(3);
        QCOMPARE(map.shownEpoch(), 3);
        QCOMPARE(map.valueAt(QStringLiteral("gate_marital"), 5), epochs[3].gates[1].mean[5]);
        QVERIFY(map.valueAt(QStringLiteral("gate_marital"), 5) != epochs.back().gates[1].mean[5]);
        // A new epoch while scrubbed back: the view stays; back at the end it follows again.
        map.addEpoch(mmoeEval(kEpochs));
        QCOMPARE(map.epochCount(), kEpochs + 1);
        QCOMPARE(map.shownEpoch(), 3);
        auto* slider = map.findChild<QSlider*>();
        QVERIFY(slider);
        slider->setValue(slider->maximum());
        QCOMPARE(map.shownEpoch(), kEpochs);
        map.addEpoch(mmoeEval(kEpochs + 1));
        QCOMPARE(map.shownEpoch(), kEpochs + 1);
        QCOMPARE(map.valueAt(QStringLiteral("gate_income"), 2),
                 mmoeEval(kEpochs + 1).gates[0].mean[2]);

        // Hover and click on a cell.
        QCoreApplication::processEvents();
        const QRect cell = map.cellRect(QStringLiteral("gate_income"), 2);
        QVERIFY(!cell.isEmpty());
        const QString tip = map.toolTipAt(cell.center());
        QVERIFY2(
            tip.contains(QLocale().toString(map.valueAt(QStringLiteral("gate_income"), 2), 'f', 4)),
            qPrintable(tip));
        QVERIFY(
            tip.contains(QLocale().toString(map.stdAt(QStringLiteral("gate_income"), 2), 'f', 4)));
        QVERIFY(tip.contains(QStringLiteral("e2")));
        QSignalSpy clicked(&map, &GateHeatmap::expertClicked);
        QWidget* canvas = map.childAt(cell.center());
        QVERIFY(canvas);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                          canvas->mapFrom(&map, cell.center()));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].toString(), QStringLiteral("gate_income"));
        QCOMPARE(clicked[0][1].toInt(), 2);
        QCOMPARE(clicked[0][2].toString(), QStringLiteral("e2"));

        map.clear();
        QCOMPARE(map.epochCount(), 0);
        QCOMPARE(map.shownEpoch(), -1);
    }

    void heatmapGroupsPleLevels() {
        GateHeatmap map;
        map.resize(900, 900);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        for (int e = 0; e < kEpochs; ++e) map.addEpoch(pleEval(e));
        QCOMPARE(map.epochCount(), kEpochs);
        QCOMPARE(map.shownEpoch(), kEpochs - 1);
        const EvalResult last = pleEval(kEpochs - 1);
        for (const GateStats& g : last.gates)
            for (size_t x = 0; x < g.mean.size(); ++x) {
                QCOMPARE(map.valueAt(QString::fromStdString(g.gate), static_cast<int>(x)),
                         g.mean[x]);
                QVERIFY(
                    !map.cellRect(QString::fromStdString(g.gate), static_cast<int>(x)).isEmpty());
            }
        // level1 panel columns are the union s0, s1, t0e0, t0e1, t1e0, t1e1: gate0's s0 (its
        // expert 2) and the shared gate's s0 (its expert 4) share a column, level2 is below level1.
        const QRect a = map.cellRect(QStringLiteral("level1.gate0"), 2),
                    b = map.cellRect(QStringLiteral("level1.shared"), 4);
        QCOMPARE(a.left(), b.left());
        QVERIFY(a.top() < b.top());
        QVERIFY(map.cellRect(QStringLiteral("level2.gate0"), 0).top() > b.bottom());
        QVERIFY(map.toolTipAt(b.center()).contains(QStringLiteral("level1.shared")));
        QVERIFY(map.toolTipAt(b.center()).contains(QStringLiteral("s0")));
        map.showEpoch(0);
        QCOMPARE(map.valueAt(QStringLiteral("level2.gate1"), 3), pleEval(0).gates[4].mean[3]);
        QVERIFY(std::isnan(map.valueAt(QStringLiteral("level1.gate0"), 4)));
        QVERIFY(std::isnan(map.valueAt(QStringLiteral("nope"), 0)));
    }

    void rocAndMetricsTable() {
        const RunRecord run = syntheticRun();
        RocChart roc;
        roc.resize(600, 500);
        roc.setRun(run);
        QCOMPARE(roc.chart()->seriesIds().size(), 3);  // 2 tasks + chance
        QCOMPARE(roc.chart()->rawCount(RocChart::seriesId(0)), 501);
        QVERIFY(roc.chart()
                    ->seriesName(RocChart::seriesId(1))
                    .contains(QLocale().toString(run.test.tasks[1].auc, 'f', 4)));
        QVERIFY(roc.chart()->seriesName(RocChart::seriesId(0)).startsWith(kTasks[0]));

        MetricsTable table;
        table.setRun(run);
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.item(0, MetricsTable::TaskColumn)->text(), kTasks[0]);
        QCOMPARE(table.item(1, MetricsTable::AucColumn)->text(),
                 QLocale().toString(run.test.tasks[1].auc, 'f', 4));
        QCOMPARE(table.item(0, MetricsTable::CountColumn)->data(Qt::DisplayRole).toInt(), 49881);
        // Sorting by AUC descending puts the better task first.
        table.sortItems(MetricsTable::AucColumn, Qt::DescendingOrder);
        QCOMPARE(table.item(0, MetricsTable::TaskColumn)->text(), kTasks[1]);
        table.clear();
        QCOMPARE(table.rowCount(), 0);
    }

    // Every widget renders, hovers and exports in both themes; the images go to
    // MTL_DASH_SHOTS=<dir> when set (to look at), else to a temporary folder.
    void screenshots() {
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariable("MTL_DASH_SHOTS", scratch.path());
        QDir().mkpath(dir);
        const RunRecord run = syntheticRun();
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            applyTheme(theme);
            TrainingCharts charts;
            charts.resize(1200, 820);
            charts.showRun(run, 1, false);
            RunRecord other = run;
            other.name = "Run 2: Shared-Bottom";
            for (auto& b : other.batches)
                for (double& l : b.taskLoss) l *= 1.08;
            for (auto& e : other.epochs)
                for (auto& t : e.valid.tasks) t.auc -= 0.02;
            charts.showRun(other, 2, true);
            charts.trainingLossChart()->setSmoothing(0.6);
            charts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&charts));
            for (MetricChart* c : {charts.trainingLossChart(), charts.validationLossChart(),
                                   charts.validationAucChart()})
                c->refreshNow();
            QCoreApplication::processEvents();
            // A hover in the training chart.
            MetricChart* train = charts.trainingLossChart();
            const QPoint at = train->positionOf(TrainingCharts::seriesId(1, 0),
                                                QPointF(8000, batch(8000).taskLoss[0]));
            sendMouseMove(train, at);
            QVERIFY(charts.grab().save(dir + QStringLiteral("/training-charts-%1.png").arg(theme)));
            saveToolTip(dir + QStringLiteral("/tooltip-chart-%1.png").arg(theme));

            train->setLogScale(true);
            QVERIFY(train->exportPng(dir + QStringLiteral("/training-loss-log-%1.png").arg(theme)));
            QVERIFY(train->exportSvg(dir + QStringLiteral("/training-loss-log-%1.svg").arg(theme)));

            GateHeatmap mmoe;
            mmoe.resize(820, 560);
            for (int e = 0; e < kEpochs; ++e) mmoe.addEpoch(mmoeEval(e));
            mmoe.show();
            QVERIFY(QTest::qWaitForWindowExposed(&mmoe));
            QVERIFY(mmoe.grab().save(dir + QStringLiteral("/gates-mmoe-%1.png").arg(theme)));
            {
                const QPoint c = mmoe.cellRect(QStringLiteral("gate_marital"), 4).center();
                QWidget* canvas = mmoe.childAt(c);
                QHelpEvent help(QEvent::ToolTip, canvas->mapFrom(&mmoe, c), mmoe.mapToGlobal(c));
                QApplication::sendEvent(canvas, &help);
                saveToolTip(dir + QStringLiteral("/tooltip-gates-%1.png").arg(theme));
            }

            GateHeatmap ple;
            ple.resize(820, 900);
            for (int e = 0; e < kEpochs; ++e) ple.addEpoch(pleEval(e));
            ple.showEpoch(4);
            ple.show();
            QVERIFY(QTest::qWaitForWindowExposed(&ple));
            QVERIFY(ple.grab().save(dir + QStringLiteral("/gates-ple-%1.png").arg(theme)));

            GateHeatmap empty;
            empty.resize(500, 200);
            QVERIFY(empty.grab().save(dir + QStringLiteral("/gates-empty-%1.png").arg(theme)));

            RocChart roc;
            roc.resize(600, 520);
            roc.setRun(run);
            roc.show();
            QVERIFY(QTest::qWaitForWindowExposed(&roc));
            QVERIFY(roc.grab().save(dir + QStringLiteral("/roc-%1.png").arg(theme)));

            MetricsTable table;
            table.resize(520, 140);
            table.setRun(run);
            table.show();
            QVERIFY(QTest::qWaitForWindowExposed(&table));
            QVERIFY(table.grab().save(dir + QStringLiteral("/metrics-table-%1.png").arg(theme)));
        }
        applyTheme(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_ui_dashboard.moc"
