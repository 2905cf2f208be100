#pragma once
// Export of a recorded run to PyTorch or ONNX from the GUI (File > Export, the Runs list's
// context menu and Export button). The export itself is core's exportRun (io/Export.h, which the
// command line's `export` also reaches through exportModel); this object only asks where to
// write (a folder for PyTorch, a file for ONNX), runs the export on a worker QThread (it loads
// the run's data and may run Python for up to a minute) while a busy indicator shows in the
// status bar, and reports: the path and a one-line "how to run it" in the status bar (and in
// lastMessage()), or the reason in a window-modal message box (no Python with torch, a folder
// that cannot be written, ...). One export at a time; the actions are disabled meanwhile. The
// window stays responsive throughout.
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QProgressBar;
class QThread;

namespace mtl::ui {

class RunHistory;

class RunExport : public QObject {
    Q_OBJECT
public:
    enum Format { PyTorch, Onnx };
    RunExport(RunHistory* history, QMainWindow* window);
    ~RunExport() override;

    // Asks for the destination (unless one was set for the next export), then starts.
    void exportRun(int run, Format format);
    bool isBusy() const { return thread_ != nullptr; }
    // The status line of the last finished export ("" before).
    QString lastMessage() const { return lastMessage_; }
    // Tests and scripted use: the next export writes here instead of asking.
    void setNextDestination(const QString& path) { nextDestination_ = path; }

signals:
    void busyChanged(bool busy);
    void finished(bool ok, const QString& message);

private:
    RunHistory* history_;
    QMainWindow* window_;
    QProgressBar* busy_ = nullptr;
    QThread* thread_ = nullptr;
    QString nextDestination_, lastMessage_;
    QString chooseDestination(const QString& runName, Format format);
};

}  // namespace mtl::ui
