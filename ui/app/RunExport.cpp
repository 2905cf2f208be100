#include "app/RunExport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <memory>
#include <utility>

#include "io/Export.h"
#include "train/RunHistory.h"

namespace mtl::ui {

namespace {

// The export, off the UI thread: its inputs copied in, its outcome read after finished().
class ExportThread : public QThread {
public:
    ExportThread(mtl::RunRecord run, mtl::ExportRequest request, QObject* parent)
        : QThread(parent), run_(std::move(run)), request_(std::move(request)) {}
    void run() override {
        try {
            summary = mtl::exportRun(run_, request_, &note);
            ok = true;
        } catch (const std::exception& e) {
            error = e.what();
        }
    }
    bool ok = false;
    mtl::ExportSummary summary;
    std::string note, error;

private:
    mtl::RunRecord run_;
    mtl::ExportRequest request_;
};

// What an export needs of a run: not its batch and epoch history.
mtl::RunRecord exportPart(const mtl::RunRecord& r) {
    mtl::RunRecord c;
    c.name = r.name;
    c.graph = r.graph;
    c.schema = r.schema;
    c.data = r.data;
    c.dataDescription = r.dataDescription;
    c.config = r.config;
    c.taskNames = r.taskNames;
    c.weights = r.weights;
    return c;
}

}  // namespace

RunExport::RunExport(RunHistory* history, QMainWindow* window)
    : QObject(window), history_(history), window_(window) {
    setObjectName(QStringLiteral("runExport"));
}

RunExport::~RunExport() {
    if (thread_) thread_->wait();  // the export writes files; let it finish
}

QString RunExport::chooseDestination(const QString& runName, Format format) {
    if (!nextDestination_.isEmpty()) return std::exchange(nextDestination_, QString());
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("export/lastDir"), QDir::homePath()).toString();
    QString base = runName.section(QLatin1Char(':'), 0, 0).simplified().toLower();
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString path;
    if (format == PyTorch) {
        path = QFileDialog::getExistingDirectory(
            window_, tr("Export to PyTorch: choose an empty folder (or make one)"), dir);
    } else {
        path = QFileDialog::getSaveFileName(window_, tr("Export to ONNX"),
                                            QDir(dir).filePath(base + QStringLiteral(".onnx")),
                                            tr("ONNX models (*.onnx)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".onnx");
    }
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/lastDir"),
                          format == PyTorch ? path : QFileInfo(path).absolutePath());
    return path;
}

void RunExport::exportRun(int run, Format format) {
    if (thread_ || run < 0 || run >= history_->count()) return;
    const mtl::RunRecord& record = history_->run(run);
    const QString name = QString::fromStdString(record.name);
    const QString path = chooseDestination(name, format);
    if (path.isEmpty()) return;
    mtl::ExportRequest request;
    request.format = format == Onnx ? mtl::ExportFormat::Onnx : mtl::ExportFormat::PyTorch;
    request.destination = QDir::toNativeSeparators(path).toStdString();
    // A file dialog already asked before replacing an ONNX file.
    request.force = format == Onnx && QFileInfo(path).isFile();
    auto* thread = new ExportThread(exportPart(record), request, this);
    thread_ = thread;
    if (!busy_) {
        busy_ = new QProgressBar(window_);
        busy_->setObjectName(QStringLiteral("exportBusy"));
        busy_->setRange(0, 0);  // indeterminate
        busy_->setMaximumWidth(120);
        busy_->setToolTip(tr("Exporting…"));
        window_->statusBar()->addPermanentWidget(busy_);
    }
    busy_->show();
    const QString what = format == Onnx ? tr("ONNX") : tr("PyTorch");
    window_->statusBar()->showMessage(tr("Exporting %1 to %2…").arg(name, what));
    emit busyChanged(true);
    connect(thread, &QThread::finished, this, [this, thread, name, path, format] {
        thread_ = nullptr;
        busy_->hide();
        const QString note = QString::fromStdString(thread->note);
        if (thread->ok) {
            const QString how = QString::fromStdString(thread->summary.howToRun);
            lastMessage_ = format == Onnx
                               ? tr("Exported %1 to %2. Run it: %3").arg(name, path, how)
                               : tr("Exported %1 to %2. Train it: %3").arg(name, path, how);
            if (!note.isEmpty()) lastMessage_ += QStringLiteral(" (") + note + QLatin1Char(')');
            window_->statusBar()->showMessage(lastMessage_);
        } else {
            lastMessage_ =
                tr("Export of %1 failed: %2").arg(name, QString::fromStdString(thread->error));
            window_->statusBar()->showMessage(tr("Export of %1 failed.").arg(name), 10000);
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Export"), lastMessage_,
                                        QMessageBox::Ok, window_);
            box->setObjectName(QStringLiteral("exportError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();  // window-modal, does not block the event loop
        }
        const bool ok = thread->ok;
        thread->deleteLater();
        emit busyChanged(false);
        emit finished(ok, lastMessage_);
    });
    thread->start();
}

}  // namespace mtl::ui
