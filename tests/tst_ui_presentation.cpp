// Presentation scale (ui/app/Presentation.h), the first-start window size and the Gates panel's
// explanation: at 150 % the canvas's block labels, the charts' title and axis label fonts and line
// widths and the gate heatmap's cells are about 1.5 times their size at 100 % (measured on the
// fonts and items drawn, not on the stored percentage), 100 % restores them, the View menu's
// entries and the Ctrl+Shift+= / Ctrl+Shift+- keys change the scale (kept in QSettings), values
// outside 100..200 are refused; the window at 150 % still fits a 1024x768 projector; the window
// never starts larger than its screen; the Gates panel says what rows, columns and colour are,
// and its fixed 0..1 scale colours a weight of 0.5 with the ramp's middle whatever the other
// weights, while the run's own scale follows the data.
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

#include "app/Appearance.h"
#include "app/MainWindow.h"
#include "app/Presentation.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/GateHeatmap.h"
#include "dashboard/MetricChart.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/NodeItem.h"

using namespace mtl::ui;

namespace {

void settle() {
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
    }
}

// What the canvas draws for the first block: its box and its title line's height.
struct BlockSizes {
    qreal height = 0, width = 0, text = 0;
};
BlockSizes blockSizes(MainWindow& w) {
    const mtl::NodeId id = w.document()->graph().nodes().front().id;
    NodeItem* item = w.scene()->nodeItem(id);
    BlockSizes s;
    s.height = item->boundingRect().height();
    s.width = item->boundingRect().width();
    s.text = QFontMetricsF(canvas::font()).height();
    return s;
}

struct ChartSizes {
    qreal title = 0, axisLabels = 0, legend = 0, pen = 0;
};
ChartSizes chartSizes(MetricChart* chart) {
    QChart* c = chart->findChild<QChartView*>()->chart();
    ChartSizes s;
    s.title = QFontMetricsF(c->titleFont()).height();
    s.axisLabels = QFontMetricsF(c->axes(Qt::Horizontal).front()->labelsFont()).height();
    s.legend = QFontMetricsF(c->legend()->font()).height();
    for (QAbstractSeries* series : c->series())
        if (auto* line = qobject_cast<QLineSeries*>(series)) s.pen = line->pen().widthF();
    return s;
}

bool near(qreal ratio, qreal want, qreal tolerance = 0.15) {
    return std::fabs(ratio - want) <= tolerance;
}

mtl::EvalResult gateEpoch(const std::vector<double>& means) {
    mtl::EvalResult r;
    mtl::GateStats g;
    g.gate = "gate_task1";
    for (size_t e = 0; e < means.size(); ++e) g.expertLabels.push_back("e" + std::to_string(e));
    g.mean = means;
    g.std.assign(means.size(), 0.0);
    r.gates.push_back(g);
    return r;
}

// The colour the heatmap paints at the corner of cell (gate, expert) (away from its number).
QColor cellColor(GateHeatmap& h, int expert) {
    const QRect cell = h.cellRect(QStringLiteral("gate_task1"), expert);
    if (cell.isEmpty()) return {};
    const QImage image = h.grab().toImage();
    return image.pixelColor(cell.topLeft() + QPoint(4, 4));
}

// The texts a chart view draws (titles, axis titles, tick labels, legend entries).
QStringList drawnTexts(QGraphicsView* view) {
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (!item->isVisible()) continue;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            texts << t->toPlainText();
        else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << s->text();
    }
    texts.removeAll(QString());
    return texts;
}

int colorDistance(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

}  // namespace

class TestPresentation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { PresentationScale::instance()->setPercent(100); }

    void refusesValuesOutOfRange() {
        PresentationScale* s = PresentationScale::instance();
        QVERIFY(s->setPercent(125));
        QVERIFY(!s->setPercent(250));
        QVERIFY(!s->setPercent(99));
        QVERIFY(!s->setPercent(-5));
        QCOMPARE(s->percent(), 125);
        QCOMPARE(QSettings().value(QLatin1String(kPresentationSetting)).toInt(), 125);
        // A damaged saved value: 100 %.
        QSettings().setValue(QLatin1String(kPresentationSetting), QStringLiteral("huge"));
        s->load();
        QCOMPARE(s->percent(), 100);
        QSettings().setValue(QLatin1String(kPresentationSetting), 175);
        s->load();
        QCOMPARE(s->percent(), 175);
    }

    void canvasBlocksGrow() {
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle();
        const BlockSizes at100 = blockSizes(w);
        const qreal zoom100 = w.view()->zoom();
        w.action(QStringLiteral("presentationLarger"))->trigger();
        QCOMPARE(PresentationScale::instance()->percent(), 125);
        QMenu* menu = w.menuBar()->findChild<QMenu*>(QStringLiteral("presentationMenu"));
        QVERIFY(menu);
        QAction* p150 = menu->findChild<QAction*>(QStringLiteral("presentation_150"));
        QVERIFY(p150);
        QVERIFY(!p150->isChecked());
        p150->trigger();
        settle();
        QCOMPARE(PresentationScale::instance()->percent(), 150);
        QVERIFY(p150->isChecked());
        QCOMPARE(QSettings().value(QLatin1String(kPresentationSetting)).toInt(), 150);
        const BlockSizes at150 = blockSizes(w);
        qInfo("block %0.fx%0.f -> %0.fx%0.f, text line %.1f -> %.1f, fitted zoom %.3f -> %.3f",
              at100.width, at100.height, at150.width, at150.height, at100.text, at150.text, zoom100,
              w.view()->zoom());
        QVERIFY2(near(at150.text / at100.text, 1.5), qPrintable(QString::number(at150.text)));
        QVERIFY2(near(at150.height / at100.height, 1.5), qPrintable(QString::number(at150.height)));
        QVERIFY(at150.width > at100.width * 1.1);
        // ... but no block touches another (auto-layout's columns are 240 apart).
        QVERIFY(at150.width < 230);
        QList<QRectF> boxes;
        for (const mtl::Node& n : w.document()->graph().nodes())
            boxes << w.scene()->nodeItem(n.id)->sceneBoundingRect();
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]), qPrintable(QString::number(i)));
        // Refitted: the whole graph is in view.
        const QRectF seen = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        QVERIFY(seen.contains(w.scene()->contentRect()));
        // Back to 100 %: the sizes of before.
        w.action(QStringLiteral("presentationSmaller"))->trigger();
        w.action(QStringLiteral("presentationSmaller"))->trigger();
        settle();
        const BlockSizes again = blockSizes(w);
        QCOMPARE(again.height, at100.height);
        QCOMPARE(again.width, at100.width);
        QCOMPARE(again.text, at100.text);
        w.close();
    }

    void keysChangeTheScale() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_Equal, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(PresentationScale::instance()->percent(), 125);
        QTest::keyClick(w.view(), Qt::Key_Equal, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(PresentationScale::instance()->percent(), 150);
        QTest::keyClick(w.view(), Qt::Key_Minus, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(PresentationScale::instance()->percent(), 125);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(w.view(), Qt::Key_Equal, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(PresentationScale::instance()->percent(), 200);  // the largest step stays
        w.close();
    }

    void chartFontsAndLinesGrow() {
        MetricChart chart;
        chart.setTitle(QStringLiteral("Training loss"));
        chart.setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
        chart.addSeries(QStringLiteral("a"), QStringLiteral("task A"), chartstyle::seriesColor(0));
        chart.addPoints(QStringLiteral("a"), {{0, 1}, {1, 0.5}, {2, 0.25}});
        chart.resize(500, 350);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refreshNow();
        const ChartSizes at100 = chartSizes(&chart);
        QVERIFY(at100.pen > 0);
        PresentationScale::instance()->setPercent(150);
        settle();
        const ChartSizes at150 = chartSizes(&chart);
        qInfo("title %.1f -> %.1f, axis labels %.1f -> %.1f, legend %.1f -> %.1f, pen %.1f -> %.1f",
              at100.title, at150.title, at100.axisLabels, at150.axisLabels, at100.legend,
              at150.legend, at100.pen, at150.pen);
        QVERIFY(near(at150.title / at100.title, 1.5));
        QVERIFY(near(at150.axisLabels / at100.axisLabels, 1.5));
        QVERIFY(near(at150.legend / at100.legend, 1.5));
        QVERIFY(near(at150.pen / at100.pen, 1.5, 0.01));
        PresentationScale::instance()->setPercent(100);
        settle();
        const ChartSizes again = chartSizes(&chart);
        QCOMPARE(again.title, at100.title);
        QCOMPARE(again.axisLabels, at100.axisLabels);
        QCOMPARE(again.pen, at100.pen);
    }

    void heatmapCellsGrow() {
        GateHeatmap h;
        h.resize(400, 400);
        h.setEpochs({gateEpoch({0.5, 0.3, 0.2})});
        h.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h));
        settle();
        const QRect at100 = h.cellRect(QStringLiteral("gate_task1"), 0);
        QVERIFY(!at100.isEmpty());
        const int minWidth100 = h.findChild<QScrollArea*>()->widget()->minimumSizeHint().width();
        PresentationScale::instance()->setPercent(150);
        settle();
        const QRect at150 = h.cellRect(QStringLiteral("gate_task1"), 0);
        qInfo("heatmap cell %dx%d -> %dx%d", at100.width(), at100.height(), at150.width(),
              at150.height());
        QVERIFY(near(qreal(at150.height()) / at100.height(), 1.5));
        // (A cell's width shares the panel's width: the narrowest it may be grows.)
        QWidget* canvas = h.findChild<QScrollArea*>()->widget();
        QVERIFY(canvas->minimumSizeHint().width() > minWidth100 * 1.3);
        PresentationScale::instance()->setPercent(100);
        settle();
        QCOMPARE(h.cellRect(QStringLiteral("gate_task1"), 0).size(), at100.size());
    }

    void windowAt150FitsAProjector() {
        PresentationScale::instance()->setPercent(150);
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle();
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        qInfo("minimum window size at 150 %%: %dx%d", min.width(), min.height());
        QVERIFY2(min.width() <= 1024 && min.height() <= 768,
                 qPrintable(QStringLiteral("%1x%2").arg(min.width()).arg(min.height())));
        QCOMPARE(w.size(), QSize(1024, 768));
        // The charts draw their texts whole (Qt Charts elides what does not fit with "...").
        for (const char* name : {"chartsDock", "resultsDock"}) {
            w.findChild<QDockWidget*>(QLatin1String(name))->raise();
            settle();
            for (QGraphicsView* view :
                 w.findChild<QDockWidget*>(QLatin1String(name))->findChildren<QGraphicsView*>()) {
                // Charts without data to show (task conflict, task weights) are hidden: not drawn.
                if (!view->isVisibleTo(w.findChild<QDockWidget*>(QLatin1String(name)))) continue;
                // Once the chart has taken its view's size (Qt Charts lays out asynchronously).
                QChart* chart = static_cast<QChartView*>(view)->chart();
                QTRY_COMPARE_WITH_TIMEOUT(chart->size().toSize(), view->viewport()->size(), 10000);
                settle();
                const QStringList texts = drawnTexts(view);
                for (const QString& t : texts)
                    QVERIFY2(!t.contains(QLatin1String("...")) && !t.contains(QChar(0x2026)),
                             qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name),
                                                                     texts.join(" | "))));
            }
        }
        w.close();
    }

    void firstStartFitsTheScreen() {
        // The sizing rule alone, on a 1024x768 projector (and one with a panel at the top).
        const QRect projector(0, 0, 1024, 768);
        QCOMPARE(boundedWindowRect(QRect(0, 0, 1400, 860), projector), projector);
        const QRect panel(0, 30, 1024, 738);
        const QRect placed = boundedWindowRect(QRect(200, 100, 1400, 860), panel);
        QVERIFY(panel.contains(placed));
        QCOMPARE(placed.size(), panel.size());
        // A smaller window keeps its size and is moved back on screen.
        const QRect moved = boundedWindowRect(QRect(900, 700, 600, 400), projector);
        QCOMPARE(moved, QRect(424, 368, 600, 400));
        QCOMPARE(boundedWindowRect(QRect(10, 20, 600, 400), projector), QRect(10, 20, 600, 400));
        // No screen known: unchanged.
        QCOMPARE(boundedWindowRect(QRect(0, 0, 1400, 860), QRect()), QRect(0, 0, 1400, 860));

        // The real window on first start (no saved geometry): within its screen's available
        // area as far as its minimum size allows.
        QSettings().remove(QStringLiteral("window"));
        MainWindow w;
        const QRect available = w.screen()->availableGeometry();
        const QSize min = w.minimumSizeHint();
        qInfo("screen %dx%d, window %dx%d, minimum %dx%d", available.width(), available.height(),
              w.width(), w.height(), min.width(), min.height());
        QVERIFY(w.width() <= std::max(available.width(), min.width()));
        QVERIFY(w.height() <= std::max(available.height(), min.height()));
        QVERIFY(w.width() < 1400 || available.width() >= 1400);
        QVERIFY(w.geometry().left() >= available.left());
        QVERIFY(w.geometry().top() >= available.top());
    }

    void gatesPanelExplainsItself() {
        GateHeatmap h;
        h.resize(500, 400);
        auto* line = h.findChild<QLabel*>(QStringLiteral("gatesExplanation"));
        QVERIFY(line);
        QVERIFY(line->text().contains(QStringLiteral("Rows")));
        QVERIFY(line->text().contains(QStringLiteral("validation set")));
        // One weight of 0.5, the others far below: the run's own scale ends at 0.5.
        h.setEpochs({gateEpoch({0.5, 0.1, 0.05})});
        h.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h));
        settle();
        auto* fixed = h.findChild<QCheckBox*>();
        QVERIFY(fixed);
        QVERIFY(!fixed->isChecked());  // today's default outside classroom mode
        QCOMPARE(h.colorMax(), 0.5);
        const QColor own = cellColor(h, 0);
        QVERIFY2(colorDistance(own, chartstyle::viridis(1.0)) < 12, qPrintable(own.name()));
        // Fixed 0..1 (the check box, as a user ticks it): 0.5 is the ramp's middle.
        QTest::mouseClick(fixed, Qt::LeftButton, {}, QPoint(6, fixed->height() / 2));
        QVERIFY(fixed->isChecked());
        QCOMPARE(h.colorMax(), 1.0);
        settle();
        const QColor mid = cellColor(h, 0);
        QVERIFY2(colorDistance(mid, chartstyle::viridis(0.5)) < 12, qPrintable(mid.name()));
        // ... whatever the other weights are.
        h.setEpochs({gateEpoch({0.5, 0.45, 0.05})});
        settle();
        QVERIFY2(colorDistance(cellColor(h, 0), chartstyle::viridis(0.5)) < 12,
                 qPrintable(cellColor(h, 0).name()));
        // Off again: the colour follows the data (0.5 is the top of 0..0.5).
        QTest::mouseClick(fixed, Qt::LeftButton, {}, QPoint(6, fixed->height() / 2));
        QVERIFY(!fixed->isChecked());
        settle();
        QVERIFY2(colorDistance(cellColor(h, 0), chartstyle::viridis(1.0)) < 12,
                 qPrintable(cellColor(h, 0).name()));
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_ui_presentation.moc"
