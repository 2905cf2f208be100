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

#include "CoreText.h"
#include "app/MainWindow.h"
#include "editor/GraphDocument.h"

using namespace mtl::ui;

namespace {
bool hasChinese(const QString& s) { return s.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))); }
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
                        !sub->objectName().startsWith("template_"))  // template names are model names (MMoE, PLE)
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

    void englishPlurals() {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/mtlstudio_en.qm")));
        QCoreApplication::installTranslator(&en);
        QCOMPARE(GraphDocument::tr("Delete %n block(s)", nullptr, 1), QStringLiteral("Delete 1 block"));
        QCOMPARE(GraphDocument::tr("Delete %n block(s)", nullptr, 3), QStringLiteral("Delete 3 blocks"));
        QCoreApplication::removeTranslator(&en);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_ui_translations.moc"
