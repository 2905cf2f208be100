// The main window on a 1024x768 projector, in English and in Chinese (offscreen): the window can
// be that small (its minimum size hint fits), every visible control (button, spin box, slider,
// combo box, line edit) of the toolbar and of the Training, Data and Experiments panels (each
// data source's page, each tab) lies inside the window and is not clipped by the widgets
// around it (reached by scrolling where its panel scrolls), every menu of the menu bar is on the
// bar, and the charts (training curves, ROC, the experiments plot) draw their titles, axis
// titles and tick labels whole, without Qt Charts' "..." elision. The widths that decide the
// window's minimum are printed (qInfo) so that a failure says what is too wide. The toolbar and
// the charts follow the window's width both ways, and the canvas refits the graph when the window
// is maximised after its first fit.
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <algorithm>

#include "app/MainWindow.h"
#include "app/RunsPanel.h"
#include "dashboard/MetricChart.h"
#include "dashboard/RocChart.h"
#include "dashboard/TrainingCharts.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/ProblemList.h"
#include "train/DataPanel.h"
#include "train/RunHistory.h"
#include "train/TrainingPanel.h"
#include "widgets/AdaptiveToolBar.h"

using namespace mtl::ui;

namespace {

const QSize kProjector(1024, 768);

// Lets posted layout requests, deferred timers (first-start dock sizes) and chart layouts run.
void settle() {
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
    }
}

QRect rectIn(const QWidget* w, const QWidget* window) {
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

// The part of `w` not clipped by its parents nor by the window, in window coordinates.
QRect visiblePart(const QWidget* w, const QWidget* window) {
    QRect r = rectIn(w, window);
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget())
        r &= rectIn(p, window);
    return r & window->rect();
}

QString describe(const QWidget* w) {
    const auto* b = qobject_cast<const QAbstractButton*>(w);
    QString text = b ? b->text() : QString();
    if (text.isEmpty() && b) text = b->toolTip();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), text, w->objectName());
}

// A control the user works: a button, a spin box, a slider (not a scroll bar), a combo box or a
// line edit.
bool isControl(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QComboBox*>(w) ||
           (qobject_cast<const QAbstractSlider*>(w) && !qobject_cast<const QScrollBar*>(w)) ||
           (qobject_cast<const QLineEdit*>(w) &&
            !qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) &&
            !qobject_cast<const QComboBox*>(w->parentWidget()));
}

// Every visible control under `root` is whole inside the window (brought into view first when it
// sits in a scroll area, as the user would scroll to it). Returns the ones that are not.
QStringList clippedButtons(QWidget* root, QWidget* window) {
    QStringList bad;
    for (QWidget* b : root->findChildren<QWidget*>()) {
        if (!b->isVisible() || !isControl(b)) continue;
        // (The whole widget: QScrollArea::ensureWidgetVisible() shows only a text cursor.)
        for (QWidget* p = b->parentWidget(); p; p = p->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(p); area && area->widget()) {
                const QPoint c = b->mapTo(area->widget(), b->rect().center());
                area->ensureVisible(c.x(), c.y(), b->width() / 2 + 1, b->height() / 2 + 1);
            }
        QCoreApplication::processEvents();
        const QRect full = rectIn(b, window), seen = visiblePart(b, window);
        QString by;
        for (const QWidget* p = b->parentWidget(); p && p != window; p = p->parentWidget())
            if (!rectIn(p, window).contains(full)) {
                by = describe(p);
                break;
            }
        if (seen != full)
            bad << QStringLiteral("%1 at %2,%3 %4x%5, visible %6x%7, clipped by %8")
                       .arg(describe(b))
                       .arg(full.x())
                       .arg(full.y())
                       .arg(full.width())
                       .arg(full.height())
                       .arg(seen.width())
                       .arg(seen.height())
                       .arg(by.isEmpty() ? QStringLiteral("the window") : by);
    }
    return bad;
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

bool elided(const QString& s) {
    return s.contains(QLatin1String("...")) || s.contains(QChar(0x2026));
}

// The widest widgets under `root` by minimum size hint (what holds a dock's width up).
QString widest(QWidget* root, int count = 4) {
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.erase(std::remove_if(all.begin(), all.end(), [](QWidget* w) { return !w->isVisible(); }),
              all.end());
    std::sort(all.begin(), all.end(), [](QWidget* a, QWidget* b) {
        return a->minimumSizeHint().width() > b->minimumSizeHint().width();
    });
    QStringList out;
    for (int i = 0; i < std::min<int>(count, static_cast<int>(all.size())); ++i)
        out << QStringLiteral("%1 %2").arg(describe(all[i])).arg(all[i]->minimumSizeHint().width());
    return out.join(QStringLiteral("; "));
}

// A finished run with two binary tasks, their ROC curves and test metrics (the Results dock).
mtl::RunRecord finishedRun() {
    mtl::RunRecord r;
    r.name = "MMoE census g1";
    r.taskNames = {"income", "marital"};
    for (int t = 0; t < 2; ++t) {
        mtl::TaskMetrics m;
        m.task = r.taskNames[static_cast<size_t>(t)];
        m.binary = true;
        m.auc = 0.91 - 0.05 * t;
        m.loss = 0.31 + 0.1 * t;
        m.count = 49881;
        r.test.tasks.push_back(m);
        std::vector<std::pair<double, double>> roc;
        for (int i = 0; i <= 20; ++i) {
            const double x = i / 20.0;
            roc.emplace_back(x, std::min(1.0, std::sqrt(x) * (1.1 - 0.05 * t)));
        }
        r.roc.push_back(roc);
    }
    for (int e = 0; e < 4; ++e) {
        mtl::EpochSnapshot s;
        s.epoch = e;
        s.valid.totalLoss = 0.8 - 0.1 * e;
        for (int t = 0; t < 2; ++t) {
            mtl::TaskMetrics m;
            m.task = r.taskNames[static_cast<size_t>(t)];
            m.binary = true;
            m.auc = 0.8 + 0.02 * e;
            m.loss = 0.4 - 0.05 * e;
            s.valid.tasks.push_back(m);
        }
        r.epochs.push_back(s);
        for (int b = 0; b < 10; ++b) {
            mtl::BatchSnapshot bs;
            bs.step = e * 10 + b;
            bs.loss = 0.9 - 0.01 * bs.step;
            bs.taskLoss = {0.45 - 0.005 * bs.step, 0.45 - 0.004 * bs.step};
            r.batches.push_back(bs);
        }
    }
    return r;
}

}  // namespace

class TestSmallScreen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_smallscreen");
        QSettings().clear();
    }

    void projector_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void projector() {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/mtlstudio_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        {
            MainWindow w;
            w.resize(kProjector);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            settle();
            // A finished run in the dashboard: curves, ROC curves with AUCs, the metrics table.
            w.history()->append(finishedRun());
            w.runsPanel()->setCurrentRun(0);
            settle();

            const QSize hint = w.minimumSizeHint();
            qInfo().noquote() << "window: minimumSizeHint" << hint << "minimumSize"
                              << w.minimumSize() << "size" << w.size();
            qInfo().noquote() << "  central" << w.centralWidget()->minimumSizeHint().width()
                              << "toolbar" << w.findChild<QToolBar*>()->sizeHint().width()
                              << "menubar" << w.menuBar()->minimumSizeHint().width();
            for (QDockWidget* d : w.findChildren<QDockWidget*>())
                qInfo().noquote() << "  dock" << d->objectName() << "min"
                                  << d->minimumSizeHint().width() << "area"
                                  << int(w.dockWidgetArea(d)) << "|" << widest(d, 3);
            QVERIFY2(hint.width() <= kProjector.width(), qPrintable(QString::number(hint.width())));
            QVERIFY2(hint.height() <= kProjector.height(),
                     qPrintable(QString::number(hint.height())));
            QCOMPARE(w.size(), kProjector);
            // The three charts side by side, the run controls with their text.
            QVERIFY(!w.charts()->isStacked());
            auto* adaptive = w.findChild<AdaptiveToolBar*>();
            QVERIFY(adaptive);
            qInfo().noquote() << "  toolbar width with all text"
                              << adaptive->widthAt(AdaptiveToolBar::Compactness::Text)
                              << "with the run controls' text"
                              << adaptive->widthAt(AdaptiveToolBar::Compactness::KeptTextOnly);
            QVERIFY(adaptive->compactness() != AdaptiveToolBar::Compactness::IconsOnly);
            for (QAction* a : w.trainingPanel()->actions()) {
                auto* b = qobject_cast<QToolButton*>(adaptive->widgetForAction(a));
                QVERIFY(b);
                QCOMPARE(b->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            }

            // The toolbar shows every action (none pushed into its overflow menu), on screen.
            auto* bar = w.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
            QVERIFY(bar);
            QStringList problems;
            for (QAction* a : bar->actions()) {
                if (a->isSeparator()) continue;
                QWidget* b = bar->widgetForAction(a);
                if (!b || !b->isVisible())
                    problems << QStringLiteral("toolbar action \"%1\" not shown").arg(a->text());
            }
            problems << clippedButtons(bar, &w);
            // The problem list's rows can be read whole in their tooltips when the dock cuts them.
            auto* problemTree = w.problems()->findChild<QTreeWidget*>();
            QVERIFY(problemTree && problemTree->topLevelItemCount() > 0);
            for (int i = 0; i < problemTree->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* row = problemTree->topLevelItem(i);
                if (!row->toolTip(0).contains(row->text(0)))
                    problems << QStringLiteral("problem row \"%1\" without its tooltip")
                                    .arg(row->text(0));
            }
            // Every menu is on the menu bar (none in its overflow).
            for (QAction* a : w.menuBar()->actions())
                if (!w.menuBar()->rect().contains(w.menuBar()->actionGeometry(a)))
                    problems << QStringLiteral("menu \"%1\" off the menu bar").arg(a->text());

            // The panels, each brought to the front of its tab group in turn.
            for (const char* name : {"trainingDock", "dataDock", "experimentsDock"}) {
                auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
                QVERIFY(dock);
                dock->raise();
                settle();
                QVERIFY2(dock->isVisible(), name);
                if (QLatin1String(name) == QLatin1String("dataDock")) {
                    auto* source =
                        w.dataPanel()->findChild<QComboBox*>(QStringLiteral("dataSource"));
                    QVERIFY(source);
                    for (int i = 0; i < source->count(); ++i) {  // synthetic, census, CSV pages
                        source->setCurrentIndex(i);
                        settle();
                        problems << clippedButtons(dock, &w);
                    }
                    source->setCurrentIndex(0);
                } else if (QLatin1String(name) == QLatin1String("experimentsDock")) {
                    auto* tabs = dock->findChild<QTabWidget*>(QStringLiteral("experimentTabs"));
                    QVERIFY(tabs);
                    for (int i = 0; i < tabs->count(); ++i) {
                        tabs->setCurrentIndex(i);
                        settle();
                        problems << clippedButtons(dock, &w);
                    }
                } else {
                    problems << clippedButtons(dock, &w);
                }
            }

            // Chart texts: the training charts, the ROC chart and the experiments plot.
            QStringList texts;
            int charts = 0;
            for (const char* name : {"chartsDock", "resultsDock", "experimentsDock"}) {
                auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
                dock->raise();
                settle();
                if (auto* tabs = dock->findChild<QTabWidget*>(QStringLiteral("experimentTabs"))) {
                    tabs->setCurrentIndex(tabs->count() - 1);  // the plot
                    settle();
                }
                for (QGraphicsView* view : dock->findChildren<QGraphicsView*>()) {
                    if (!view->isVisible()) continue;
                    ++charts;
                    const QRect seen = visiblePart(view, &w), full = rectIn(view, &w);
                    if (seen.width() < full.width())
                        problems << QStringLiteral("%1 chart cut to %2 of %3 px wide")
                                        .arg(QLatin1String(name))
                                        .arg(seen.width())
                                        .arg(full.width());
                    const QStringList drawn = drawnTexts(view);
                    qInfo().noquote() << " " << name << view->size() << drawn.join(" | ");
                    for (const QString& s : drawn)
                        if (elided(s)) problems << QStringLiteral("%1: \"%2\" elided").arg(name, s);
                    texts << drawn;
                }
            }
            QCOMPARE(charts, 5);  // three training charts, ROC, the experiments plot
            // The axis titles are drawn (whole: no text above was elided).
            for (const QString& title :
                 {TrainingCharts::tr("Step"), TrainingCharts::tr("Loss"),
                  TrainingCharts::tr("Epoch"), TrainingCharts::tr("Log-loss / MSE"),
                  TrainingCharts::tr("AUC"), RocChart::tr("False positive rate"),
                  RocChart::tr("True positive rate")})
                if (!texts.contains(title))
                    problems << QStringLiteral("axis title \"%1\" not drawn").arg(title);
            // The ROC chart's ticks: 0 and 1 on both axes, at least (fewer ticks when the chart
            // is short, rather than elided ones).
            auto* roc = w.findChild<RocChart*>();
            QVERIFY(roc);
            const QStringList rocTexts = drawnTexts(roc->chart()->findChild<QGraphicsView*>());
            for (const QString& tick : {QStringLiteral("0"), QStringLiteral("1")})
                if (rocTexts.count(tick) < 2)
                    problems << QStringLiteral("ROC tick \"%1\" drawn %2 times, not on both axes")
                                    .arg(tick)
                                    .arg(rocTexts.count(tick));

            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        if (!language.isEmpty()) QCoreApplication::removeTranslator(&translator);
    }

    // The toolbar gives its buttons' text back when the window is wide again; the charts stack
    // on a window too narrow for them side by side and go back into a row.
    void toolbarAndChartsFollowTheWidth() {
        MainWindow w;
        w.resize(1600, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle();
        auto* bar = w.findChild<AdaptiveToolBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->compactness(), AdaptiveToolBar::Compactness::Text);
        QVERIFY(!w.charts()->isStacked());
        w.resize(kProjector);
        settle();
        QCOMPARE(bar->compactness(), AdaptiveToolBar::Compactness::KeptTextOnly);
        w.resize(w.minimumSizeHint().width(), 768);
        settle();
        QVERIFY(w.charts()->isStacked());
        QVERIFY(w.charts()->width() <
                w.charts()->validationLossChart()->minimumSizeHint().width() * 3);
        for (QAction* a : bar->actions())  // nothing in the overflow menu
            if (!a->isSeparator())
                QVERIFY2(bar->widgetForAction(a)->isVisible(), qPrintable(a->text()));
        w.resize(1600, 900);
        settle();
        QCOMPARE(bar->compactness(), AdaptiveToolBar::Compactness::Text);
        QVERIFY(!w.charts()->isStacked());
    }

    // The canvas shows the whole graph after the window is maximised (resized after the first
    // fit), until the user zooms.
    void canvasFitsAfterResize() {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle();
        w.view()->fitToView();
        auto wholeGraphShown = [&] {
            const QRect shown = w.view()->mapFromScene(w.scene()->contentRect()).boundingRect();
            return w.view()->viewport()->rect().contains(shown);
        };
        QVERIFY(wholeGraphShown());
        w.resize(kProjector);
        settle();
        QVERIFY(wholeGraphShown());
        w.view()->zoomIn();
        w.view()->zoomIn();
        const qreal zoom = w.view()->zoom();
        w.resize(900, 700);
        settle();
        QCOMPARE(w.view()->zoom(), zoom);  // the user's zoom is kept
    }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_ui_smallscreen.moc"
