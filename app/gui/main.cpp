// MTL Studio, the desktop application: a thin main() around ui/'s main window.
//   mtlstudio [project.mtlproj]
//   mtlstudio --grab out.png [--template ple] [--select level1] [--size 1400x860]
//                                  render the main window to a PNG and quit
#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

#include "app/Appearance.h"
#include "app/MainWindow.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MTL Studio"));
    QApplication::setApplicationName(QStringLiteral("MTL Studio"));
    QApplication::setApplicationVersion(QStringLiteral(MTL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mtlstudio"));

    QSettings settings;
    mtl::ui::installLanguage(app, settings.value(QLatin1String(mtl::ui::kLanguageSetting)).toString());
    mtl::ui::applyTheme(settings.value(QLatin1String(mtl::ui::kThemeSetting), QStringLiteral("system")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Design, train and inspect multi-task models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "Project file to open."));
    QCommandLineOption grab(QStringLiteral("grab"), QCoreApplication::translate("main", "Save a screenshot of the main window to <png> and quit."),
                            QStringLiteral("png"));
    QCommandLineOption templ(QStringLiteral("template"), QCoreApplication::translate("main", "Start from template <key> (see the Templates menu)."),
                             QStringLiteral("key"));
    QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("main", "Window size WxH (with --grab)."),
                            QStringLiteral("WxH"), QStringLiteral("1400x860"));
    QCommandLineOption select(QStringLiteral("select"), QCoreApplication::translate("main", "Select the block called <name> (with --grab)."),
                              QStringLiteral("name"));
    parser.addOptions({grab, templ, size, select});
    parser.process(app);

    mtl::ui::MainWindow window;
    if (parser.isSet(templ)) {
        window.loadTemplate(parser.value(templ));
        window.document()->undoStack()->clear();
    }

    if (parser.isSet(grab)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
        window.show();
        if (const mtl::Node* n = window.document()->graph().findByName(parser.value(select).toStdString()))
            window.scene()->selectNodes({n->id});
        QTimer::singleShot(600, &window, [&] {
            const bool ok = window.grab().save(parser.value(grab));
            window.document()->markClean();
            window.close();
            QCoreApplication::exit(ok ? 0 : 1);
        });
        return QApplication::exec();
    }
    window.show();
    QTimer::singleShot(0, &window, [&] {
        window.offerRecovery();  // first: opening a project replaces the recovery file
        if (!parser.positionalArguments().isEmpty()) window.openProject(parser.positionalArguments().front());
    });
    return QApplication::exec();
}
