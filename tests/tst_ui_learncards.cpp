// The Learn cards and panel: every template and every expert, gate, sharing and task block has a
// card; every card's equations render (two widths, two pixel ratios) and have symbol links;
// the architecture of each template's graph is recognised; in the main window, hovering the gate
// symbol of the MMoE card puts a halo on exactly the gate blocks of the MMoE template (no document
// edit) and leaving clears it; clicking an expert block on the canvas shows the experts' card.
// With MTL_LEARN_SHOTS set to a folder, the panel is saved there for every card (light and dark).
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

#include "app/Appearance.h"
#include "app/MainWindow.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/NodeItem.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "learn/LearnCards.h"
#include "learn/LearnPanel.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

// Pixels that are not transparent (the equations are drawn on a transparent image).
int inkPixels(const QImage& image) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 64) ++n;
    return n;
}

QList<NodeId> nodesOfTypes(const Graph& g, const QStringList& types) {
    QList<NodeId> ids;
    for (const Node& n : g.nodes())
        if (types.contains(QString::fromStdString(n.type))) ids << n.id;
    return ids;
}

QSet<NodeId> toSet(const QList<NodeId>& ids) { return QSet<NodeId>(ids.begin(), ids.end()); }

Graph templateGraph(const std::string& key) {
    TemplateOptions o;
    o.schema = templateSchema(key, defaultSchema());
    return makeTemplate(key, o);
}

}  // namespace

class TestLearnCards : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_learncards");
        QSettings().clear();
    }

    void everyTemplateAndBlockHasACard() {
        for (const TemplateInfo& t : templateList())
            QVERIFY2(LearnCards::forTemplate(t.key), t.key.c_str());
        const QStringList categories = {"Experts", "Gates", "Sharing", "Tasks"};
        int checked = 0;
        for (const std::string& key : Registry::instance().keys()) {
            const NodeType* t = Registry::instance().find(key);
            if (!categories.contains(QString::fromStdString(t->category))) continue;
            QVERIFY2(LearnCards::forNodeType(key), key.c_str());
            ++checked;
        }
        QVERIFY(checked >= 9);  // experts, CGC, 3 gates, mixture, 2 sharing, 2 tasks
        QSet<QString> ids;
        for (const LearnCard& c : LearnCards::all()) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY2(!c.title.isEmpty() && !c.summary.isEmpty(), qPrintable(c.id));
            QVERIFY2(!c.papers.isEmpty(), qPrintable(c.id));
            for (const LearnPaper& p : c.papers) QVERIFY(p.year > 1900 && !p.title.isEmpty());
            QVERIFY2(QFile::exists(c.svg()), qPrintable(c.svg()));
            QVERIFY2(!LearnCards::parameters(c).isEmpty(), qPrintable(c.id));
        }
    }

    // Each template's graph is recognised as the architecture its card explains.
    void graphsAreRecognised() {
        for (const TemplateInfo& t : templateList()) {
            const LearnCard* c = LearnCards::forGraph(templateGraph(t.key));
            QVERIFY2(c, t.key.c_str());
            QCOMPARE(c, LearnCards::forTemplate(t.key));
        }
        QVERIFY(!LearnCards::forGraph(Graph()));
    }

    void everyCardRendersWithLinks() {
        for (const LearnCard& c : LearnCards::all()) {
            EquationView view;
            QVERIFY2(view.setSvg(c.svg()), qPrintable(c.id));
            QVERIFY2(!view.links().isEmpty(), qPrintable(c.id));
            for (const EquationView::Link& l : view.links()) {
                QVERIFY2(LearnCards::roles().contains(l.role), qPrintable(c.id + ": " + l.role));
                QVERIFY2(!l.name.isEmpty(), qPrintable(c.id + ": " + l.role));
            }
            // 1x and 2x width, 1x and 2x device pixel ratio.
            for (int width : {200, 400}) {
                const QImage a = view.render(width, 1.0, Qt::black);
                const QImage b = view.render(width, 2.0, Qt::black);
                QVERIFY2(!a.isNull() && !b.isNull(), qPrintable(c.id));
                QVERIFY(a.width() <= width);
                QVERIFY(qAbs(b.width() - 2 * a.width()) <= 1);  // rounded up at each ratio
                const int inkA = inkPixels(a), inkB = inkPixels(b);
                // Equations cover a real part of their box (glyphs, not a stray pixel) ...
                QVERIFY2(inkA > a.width() * a.height() / 50, qPrintable(c.id));
                // ... and twice the resolution has about four times the ink.
                QVERIFY2(inkB > 2 * inkA && inkB < 6 * inkA, qPrintable(c.id));
            }
        }
        // The equations take the palette's text colour (dark theme: light glyphs).
        EquationView view;
        QVERIFY(view.setSvg(LearnCards::find("mmoe")->svg()));
        const QImage light = view.render(300, 1.0, QColor(240, 240, 240));
        bool allLight = true;
        for (int y = 0; y < light.height(); ++y)
            for (int x = 0; x < light.width(); ++x) {
                const QColor px = light.pixelColor(x, y);
                if (px.alpha() > 200 && px.red() < 200) allLight = false;
            }
        QVERIFY(allLight);
        QVERIFY(inkPixels(light) > 0);
    }

    // The equations follow the widget's font (a presentation scale enlarges them) as long as
    // the width allows, and shrink to the width otherwise: never clipped.
    void equationsFollowFontAndWidth() {
        EquationView view;
        QVERIFY(view.setSvg(LearnCards::find("mmoe")->svg()));
        QFont f = view.font();
        f.setPointSizeF(10);
        view.setFont(f);
        const QSize normal = view.sizeHint();
        f.setPointSizeF(20);
        view.setFont(f);
        const QSize large = view.sizeHint();
        QVERIFY(large.width() > normal.width() * 1.8 && large.height() > normal.height() * 1.8);
        for (int width : {120, 200, 320, 600, 1200}) {
            view.resize(width, view.heightForWidth(width));
            const QRectF r = view.drawRect();
            QVERIFY(r.left() >= 0 && r.right() <= width + 0.5);
            QVERIFY(r.bottom() <= view.height() + 0.5);
            for (int i = 0; i < view.links().size(); ++i)
                QVERIFY(r.adjusted(-0.5, -0.5, 0.5, 0.5).contains(view.linkRect(i)));
        }
    }

    // The panel's text follows the application font (a presentation scale sets it).
    void panelFollowsApplicationFont() {
        GraphDocument doc;
        GraphScene scene(&doc);
        LearnPanel panel(&scene);
        panel.showCard("mmoe");
        const QFont before = QApplication::font();
        const int equationHeight = panel.equationView()->heightForWidth(2000);
        auto* title = panel.findChildren<QLabel*>().value(0);
        QVERIFY(title && title->text() == LearnCards::find("mmoe")->title);
        const qreal titleSize = QFontInfo(title->font()).pixelSize();
        QFont big = before;
        big.setPointSizeF(before.pointSizeF() * 1.5);
        QApplication::setFont(big);
        QApplication::processEvents();
        const int bigEquation = panel.equationView()->heightForWidth(2000);
        const qreal bigTitle = QFontInfo(title->font()).pixelSize();
        QApplication::setFont(before);
        QVERIFY2(bigEquation > equationHeight * 1.3, qPrintable(QString::number(bigEquation)));
        QVERIFY2(bigTitle > titleSize * 1.3, qPrintable(QString::number(bigTitle)));
    }

    void brokenSvgIsRefused() {
        EquationView view;
        QVERIFY(!view.setSvg(":/learn/no-such-card.svg"));
        QVERIFY(view.isEmpty());
        QVERIFY(view.render(300, 1.0, Qt::black).isNull());
        QVERIFY(EquationView::parseLinks("<svg><a xlink:href='mtl:gate'><rect").isEmpty());
    }

    // The canvas with the MMoE template: pointing at W_gk highlights the gate blocks.
    void hoverHighlightsBlocks() {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.loadTemplate("mmoe");
        auto* dock = w.findChild<QDockWidget*>("learnDock");
        QVERIFY(dock);
        QVERIFY(w.findChild<QMenuBar*>() &&
                dock->toggleViewAction());  // the View menu lists every dock's toggle action
        dock->raise();
        auto* panel = w.findChild<LearnPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->currentCard(), QString("mmoe"));  // nothing selected: the architecture
        EquationView* eq = panel->equationView();
        QTRY_VERIFY(eq->width() > 50 && eq->drawRect().height() > 10);

        const Graph& g = w.document()->graph();
        const QList<NodeId> gates = nodesOfTypes(g, {"gate.softmax"});
        QCOMPARE(gates.size(), 2);
        // The MMoE card names its symbols as the paper writes them.
        QStringList names;
        for (const EquationView::Link& l : eq->links()) names << l.role + ":" + l.name;
        QVERIFY2(names.contains("gate:W_gk") && names.contains("expert:f_i(x)") &&
                     names.contains("tower:h^k"),
                 qPrintable(names.join(' ')));
        const int undoCount = w.document()->undoStack()->count();

        int gateLink = -1, expertLink = -1;
        for (int i = 0; i < eq->links().size(); ++i) {
            if (eq->links()[i].role == "gate" && gateLink < 0) gateLink = i;
            if (eq->links()[i].role == "expert" && expertLink < 0) expertLink = i;
        }
        QVERIFY(gateLink >= 0 && expertLink >= 0);
        const QRectF gateRect = eq->linkRect(gateLink);
        QVERIFY(eq->rect().contains(gateRect.toRect()));
        QTest::mouseMove(eq, gateRect.center().toPoint());
        QTRY_COMPARE(eq->hoveredRole(), QString("gate"));
        QCOMPARE(toSet(w.scene()->highlightedNodes()), toSet(gates));
        // The tooltip says what the symbol is and names its blocks.
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(LearnCards::roleText("gate")));
        QVERIFY(QToolTip::text().startsWith(eq->links()[gateLink].name));
        QVERIFY(QToolTip::text().contains("gate_task1") && QToolTip::text().contains("gate_task2"));
        for (const Node& n : g.nodes())
            QCOMPARE(w.scene()->nodeItem(n.id)->isHighlighted(), gates.contains(n.id));

        // Another symbol: the expert group instead.
        QTest::mouseMove(eq, eq->linkRect(expertLink).center().toPoint());
        QTRY_COMPARE(eq->hoveredRole(), QString("expert"));
        QCOMPARE(toSet(w.scene()->highlightedNodes()), toSet(nodesOfTypes(g, {"experts.group"})));

        // Off the symbols (empty space of the equation), then out of the widget: nothing is lit.
        QTest::mouseMove(eq, gateRect.center().toPoint());
        QTRY_COMPARE(eq->hoveredRole(), QString("gate"));
        QTest::mouseMove(eq, QPoint(1, 1));
        QTRY_VERIFY(w.scene()->highlightedNodes().isEmpty());
        QTest::mouseMove(eq, gateRect.center().toPoint());
        QTRY_VERIFY(!w.scene()->highlightedNodes().isEmpty());
        QTest::mouseMove(panel->cardList(), QPoint(5, 5));
        QTRY_VERIFY(w.scene()->highlightedNodes().isEmpty());
        for (const Node& n : g.nodes()) QVERIFY(!w.scene()->nodeItem(n.id)->isHighlighted());

        // A view-only highlight: no undo step, the project is not modified.
        QCOMPARE(w.document()->undoStack()->count(), undoCount);
    }

    void selectingABlockShowsItsCard() {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.loadTemplate("mmoe");
        auto* panel = w.findChild<LearnPanel*>();
        QVERIFY(panel);
        // The Learn tab is in front: selecting a block keeps it there (the inspector, a tab
        // behind it, is not raised over it).
        // (A tab behind others is moved out of sight: visibilityChanged says which is in front.)
        QDockWidget* learnDock = w.findChild<QDockWidget*>("learnDock");
        bool learnShown = false;
        connect(learnDock, &QDockWidget::visibilityChanged, this,
                [&](bool on) { learnShown = on; });
        learnDock->raise();
        QTRY_VERIFY(learnShown);
        const Graph& g = w.document()->graph();
        const Node* experts = g.findByName("experts");
        QVERIFY(experts);
        GraphView* view = w.view();
        view->centerOn(w.scene()->nodeItem(experts->id));
        // Click the block's header (its title), as a user does.
        NodeItem* item = w.scene()->nodeItem(experts->id);
        const QPoint at = view->mapFromScene(item->mapToScene(QPointF(30, 12)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(w.scene()->selectedNodes(), QList<NodeId>{experts->id});
        QCOMPARE(panel->currentCard(), QString("experts"));
        QTest::qWait(20);
        QVERIFY(learnShown);

        const Node* head = g.findByName("task1");
        QVERIFY(head);
        w.scene()->selectNodes({head->id});
        QCOMPARE(panel->currentCard(), QString("task"));
        // The list browses any card; a new selection takes over again.
        panel->cardList()->setCurrentIndex(panel->cardList()->findData("dselect"));
        emit panel->cardList()->activated(panel->cardList()->currentIndex());
        QCOMPARE(panel->currentCard(), QString("dselect"));
        w.scene()->selectNodes({});
        QCOMPARE(panel->currentCard(), QString("mmoe"));

        // Another architecture: the card follows the graph.
        w.loadTemplate("ple");
        QCOMPARE(panel->currentCard(), QString("cgc"));
        w.loadTemplate("omoe");
        QCOMPARE(panel->currentCard(), QString("moe"));
        const Node* gate = w.document()->graph().findByName("gate");
        QVERIFY(gate);
        w.scene()->selectNodes({gate->id});
        QCOMPARE(panel->currentCard(), QString("moe"));  // OMoE's one gate
    }

    // Screenshots of every card (light and dark theme), and of the window with the gate symbol
    // of the MMoE card pointed at, when asked for.
    void screenshots() {
        const QString dir = qEnvironmentVariable("MTL_LEARN_SHOTS");
        if (dir.isEmpty()) QSKIP("set MTL_LEARN_SHOTS to a folder to save the cards");
        QDir().mkpath(dir);
        {
            MainWindow w;
            w.resize(1400, 860);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.loadTemplate("mmoe");
            w.findChild<QDockWidget*>("learnDock")->raise();
            auto* panel = w.findChild<LearnPanel*>();
            QTRY_VERIFY(panel->isVisible());
            QTest::qWait(50);  // the view's fit-to-view
            EquationView* eq = panel->equationView();
            for (int i = 0; i < eq->links().size(); ++i)
                if (eq->links()[i].role == "gate") {
                    QTest::mouseMove(eq, eq->linkRect(i).center().toPoint());
                    break;
                }
            QTRY_VERIFY(!w.scene()->highlightedNodes().isEmpty());
            QVERIFY(w.grab().save(dir + "/window-mmoe-gate-hovered.png"));
        }
        for (const QString& theme : {QString("light"), QString("dark")}) {
            applyTheme(theme);
            GraphDocument doc;
            GraphScene scene(&doc);
            for (const LearnCard& c : LearnCards::all()) {
                LearnPanel p(&scene);
                p.setAttribute(Qt::WA_DontShowOnScreen);
                p.resize(360, 760);
                p.show();
                p.showCard(c.id);
                QApplication::processEvents();
                QVERIFY(p.grab().save(
                    QStringLiteral("%1/%2%3.png").arg(dir, c.id, theme == "dark" ? "-dark" : "")));
            }
        }
        applyTheme("light");
    }
};

QTEST_MAIN(TestLearnCards)
#include "tst_ui_learncards.moc"
