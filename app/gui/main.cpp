// MTL Studio, the desktop application: a thin main() around ui/'s main window.
//   mtlstudio [project.mtlproj]
//   mtlstudio --bench-gui census|synthetic [--epochs 5] [--template mmoe]   GUI cost benchmark
//   mtlstudio --grab out.png [--template ple] [--select level1] [--size 1400x860]
//                                  render the main window to a PNG and quit
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>

#include "app/Appearance.h"
#include "app/GuiBenchmark.h"
#include "app/MainWindow.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "train/TrainingController.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MTL Studio"));
    QApplication::setApplicationName(QStringLiteral("MTL Studio"));
    QApplication::setApplicationVersion(QStringLiteral(MTL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mtlstudio"));

    QSettings settings;
    mtl::ui::installLanguage(app,
                             settings.value(QLatin1String(mtl::ui::kLanguageSetting)).toString());
    mtl::ui::applyTheme(
        settings.value(QLatin1String(mtl::ui::kThemeSetting), QStringLiteral("system")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design, train and inspect multi-task models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "Project file to open."));
    QCommandLineOption grab(QStringLiteral("grab"),
                            QCoreApplication::translate(
                                "main", "Save a screenshot of the main window to <png> and quit."),
                            QStringLiteral("png"));
    QCommandLineOption templ(
        QStringLiteral("template"),
        QCoreApplication::translate("main", "Start from template <key> (see the Templates menu)."),
        QStringLiteral("key"));
    QCommandLineOption size(QStringLiteral("size"),
                            QCoreApplication::translate("main", "Window size WxH (with --grab)."),
                            QStringLiteral("WxH"), QStringLiteral("1400x860"));
    QCommandLineOption select(
        QStringLiteral("select"),
        QCoreApplication::translate("main", "Select the block called <name> (with --grab)."),
        QStringLiteral("name"));
    QCommandLineOption bench(
        QStringLiteral("bench-gui"),
        QCoreApplication::translate(
            "main",
            "Train <data> (synthetic or census) from the window with the dashboard open, print the "
            "training time and the longest UI stall as JSON, and quit."),
        QStringLiteral("data"));
    QCommandLineOption epochs(QStringLiteral("epochs"),
                              QCoreApplication::translate("main", "Epochs for --bench-gui."),
                              QStringLiteral("n"), QStringLiteral("5"));
    QCommandLineOption raise(
        QStringLiteral("raise"),
        QCoreApplication::translate(
            "main", "Bring the dock <name> to the front (e.g. gatesDock; with --grab)."),
        QStringLiteral("name"));
    QCommandLineOption inspect(
        QStringLiteral("inspect"),
        QCoreApplication::translate(
            "main",
            "With --bench-gui: then inspect the run in the Inspect dock by each of the "
            "comma-separated <columns>, print the times and the longest UI stall as JSON (with "
            "--grab, also a screenshot of each view)."),
        QStringLiteral("columns"));
    parser.addOptions({grab, templ, size, select, bench, epochs, raise, inspect});
    parser.process(app);

    mtl::ui::MainWindow window;
    if (parser.isSet(templ)) {
        window.loadTemplate(parser.value(templ));
        window.document()->undoStack()->clear();
    }

    if (parser.isSet(bench)) {
        // The MMoE paper's census protocol (or its synthetic data), as mtlstudio-cli trains it.
        mtl::DataSpec data;
        if (parser.value(bench) == QLatin1String("census")) data.kind = mtl::DataSpec::Kind::Census;
        mtl::TrainConfig config;
        config.optimizer.lr = 1e-3;
        config.batchSize = 256;
        config.epochs = parser.value(epochs).toInt();
        config.seed = 1;
        // 1600x1000 unless --size says otherwise (a screenshot of a projector's 1024x768).
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (parser.isSet(size) && wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
        else
            window.resize(1600, 1000);
        window.show();
        if (parser.isSet(grab)) {  // a screenshot mid-training: once half of the epochs are done
            QObject::connect(window.trainer(), &mtl::ui::TrainingController::epoch, &window,
                             [&](const mtl::EpochSnapshot& e) {
                                 auto* dock = window.findChild<QDockWidget*>(parser.value(raise));
                                 if (dock && e.epoch == 0)
                                     dock->raise();  // Train brought the charts to the front
                                 if (e.epoch + 1 == std::max(1, config.epochs / 2))
                                     window.grab().save(parser.value(grab));
                             });
        }
        const mtl::ui::GuiBenchResult r = mtl::ui::runGuiBenchmark(
            window, parser.isSet(templ) ? parser.value(templ) : QStringLiteral("mmoe"), data,
            config);
        if (parser.isSet(grab)) {  // and one at the end (ROC curves, metrics, run history)
            if (auto* dock = window.findChild<QDockWidget*>(parser.value(raise))) dock->raise();
            QEventLoop settle;  // let the docks lay out and paint
            QTimer::singleShot(300, &settle, &QEventLoop::quit);
            settle.exec();
            window.grab().save(QString(parser.value(grab))
                                   .replace(QLatin1String(".png"), QLatin1String("-end.png")));
        }
        bool inspected = true;
        if (r.ok && parser.isSet(inspect)) {
            for (const QString& column : parser.value(inspect).split(QLatin1Char(','))) {
                QString prefix;
                if (parser.isSet(grab))
                    prefix =
                        QString(parser.value(grab))
                            .replace(QLatin1String(".png"), QString())
                            .append(QStringLiteral("-inspect-"))
                            .append(QString(column).replace(QLatin1Char(' '), QLatin1Char('_')));
                const mtl::ui::InspectBenchResult x =
                    mtl::ui::runInspectBenchmark(window, column, prefix);
                inspected = inspected && x.ok;
                std::printf(
                    "{\"inspect\": \"%s\", \"ok\": %s, \"rows\": %d, \"seconds\": %.4f, "
                    "\"slices\": %.4f, \"maps\": %.4f, \"similarity\": %.4f, \"sensitivity\": "
                    "%.4f, "
                    "\"wall_seconds\": %.4f, \"example_ms\": %.2f, \"view_switch_ms\": %.2f, "
                    "\"max_stall_ms\": %.2f, \"p99_stall_ms\": %.2f, \"probe_ticks\": %lld, "
                    "\"error\": \"%s\"}\n",
                    qPrintable(column), x.ok ? "true" : "false", x.rows, x.seconds, x.slices,
                    x.maps, x.similarity, x.sensitivity, x.wallSeconds, x.exampleMs, x.viewsMs,
                    x.maxStallMs, x.p99StallMs, x.ticks, qPrintable(x.error));
            }
        }
        std::printf(
            "{\"data\": \"%s\", \"ok\": %s, \"epochs\": %d, \"train_seconds\": %.4f, "
            "\"max_stall_ms\": %.2f, "
            "\"p99_stall_ms\": %.2f, \"probe_ticks\": %lld, \"error\": \"%s\"}\n",
            qPrintable(parser.value(bench)), r.ok ? "true" : "false", r.epochs, r.trainSeconds,
            r.maxStallMs, r.p99StallMs, r.ticks, qPrintable(r.error));
        window.document()->markClean();
        return r.ok && inspected ? 0 : 1;
    }
    if (parser.isSet(grab)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
        window.show();
        if (const mtl::Node* n =
                window.document()->graph().findByName(parser.value(select).toStdString()))
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
        if (!parser.positionalArguments().isEmpty())
            window.openProject(parser.positionalArguments().front());
    });
    return QApplication::exec();
}
