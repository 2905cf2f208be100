// Translations: the embedded Simplified Chinese catalogue covers every string of the core registry
// and every menu, action and dock of the main window; English plurals come out right.
// (CheckTranslations.cmake checks the .ts files against the sources with lupdate.)
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>
#include <set>

#include "CoreText.h"
#include "app/MainWindow.h"
#include "editor/GraphDocument.h"
#include "editor/ProblemList.h"
#include "graph/Templates.h"

using namespace mtl::ui;

namespace {
bool hasChinese(const QString& s) {
    return s.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
}
}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_translations");
        QSettings().clear();
    }

    void coreStringsAreTranslated() {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/mtlstudio_zh_CN.qm")));
        const QStringList strings = coreStrings();
        QVERIFY(strings.size() > 100);
        QStringList missing;
        for (const QString& s : strings)
            if (zh.translate("core", s.toUtf8().constData()).isEmpty()) missing << s;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void mainWindowSpeaksChinese() {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/mtlstudio_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        {
            MainWindow w;
            QStringList english;
            for (QAction* a : w.menuBar()->actions()) {
                if (!hasChinese(a->text())) english << a->text();
                for (QAction* sub : a->menu()->actions())
                    if (!sub->isSeparator() && !sub->menu() && !hasChinese(sub->text()) &&
                        !sub->objectName().startsWith(
                            "template_"))  // template names are model names (MMoE, PLE)
                        english << sub->text();
            }
            for (QDockWidget* d : w.findChildren<QDockWidget*>())
                if (!hasChinese(d->windowTitle())) english << d->windowTitle();
            QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
            QVERIFY(hasChinese(w.windowTitle()) || w.windowTitle().contains("MTL Studio"));
            QVERIFY(hasChinese(GraphDocument::portKindText(mtl::PortKind::Experts)));
            QVERIFY(hasChinese(coreText("Softmax gate")));
        }
        QCoreApplication::removeTranslator(&zh);
    }

    // Validation details reach the user translated, with their numbers and names put in.
    void validationMessagesAreTranslated() {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/mtlstudio_zh_CN.qm")));
        mtl::TemplateOptions o;
        o.schema = mtl::defaultSchema();
        const mtl::Graph mmoe = mtl::makeTemplate("mmoe", o);
        auto id = [&](const mtl::Graph& g, const char* name) { return g.findByName(name)->id; };
        std::vector<mtl::Graph> broken(8, mmoe);
        broken[0] = mtl::Graph();  // no input, no task
        broken[1].disconnect(
            *broken[1].edgeInto({id(mmoe, "mix_task1"), "experts0"}));  // unconnected, unused
        broken[2].setParam(id(mmoe, "experts"), "num_experts",
                           mtl::ParamValue::ofInt(5));  // gate/expert count
        broken[3].setParam(id(mmoe, "experts"), "num_experts",
                           mtl::ParamValue::ofInt(0));  // out of range
        broken[4].setParam(id(mmoe, "task2"), "task",
                           mtl::ParamValue::ofString("task1"));  // duplicate task
        {                                                        // a cycle
            mtl::Graph& g = broken[5];
            const mtl::NodeId a = g.addNode("layer.dense", "a"), b = g.addNode("layer.dense", "b");
            g.connect(a, "y", b, "x");
            g.connect(b, "y", a, "x");
        }
        broken[6].connect(id(mmoe, "tower_task1"), "y", id(mmoe, "mix_task2"),
                          "experts0");  // port kinds
        broken[7].setParam(id(mmoe, "tower_task1"), "units",
                           mtl::ParamValue::ofList({8}));  // head width
        std::set<std::string> seen;
        QCoreApplication::installTranslator(&zh);
        for (const mtl::Graph& g : broken)
            for (const mtl::Issue& issue : g.validate().issues) {
                seen.insert(issue.detail.text);
                QVERIFY2(!zh.translate("core", issue.detail.text.c_str()).isEmpty(),
                         issue.detail.text.c_str());
                const QString shown = ProblemList::issueDetail(issue);
                QVERIFY2(hasChinese(shown), qPrintable(shown));
                for (const std::string& a : issue.detail.args)
                    QVERIFY2(shown.contains(QString::fromStdString(a)), qPrintable(shown));
            }
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(seen.size() >= 9, QByteArray::number(qulonglong(seen.size())));
        QVERIFY(seen.count("the gate weighs %1 experts but %2 experts are connected"));
        QVERIFY(seen.count("is part of a cycle (a block cannot feed itself)"));
    }

    void englishPlurals() {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/mtlstudio_en.qm")));
        QCoreApplication::installTranslator(&en);
        QCOMPARE(GraphDocument::tr("Delete %n block(s)", nullptr, 1),
                 QStringLiteral("Delete 1 block"));
        QCOMPARE(GraphDocument::tr("Delete %n block(s)", nullptr, 3),
                 QStringLiteral("Delete 3 blocks"));
        QCoreApplication::removeTranslator(&en);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_ui_translations.moc"
