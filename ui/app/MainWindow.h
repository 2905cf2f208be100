#pragma once
// The main window: the node editor in the centre, the palette, inspector and problem list in
// docks (the training dashboard adds its own), menus, toolbar and project handling (New, Open,
// Save, Save As, recent files, unsaved-changes prompt, crash recovery file).
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QString>

#include "io/Archive.h"
#include "train/Adapt.h"
#include "train/Cost.h"
#include "train/RunRecord.h"
#include "train/TrainingController.h"

class QAction;
class QLabel;
class QProgressBar;
class QMenu;
class QTimer;
class QDockWidget;

namespace mtl::ui {

class GraphDocument;
class GraphScene;
class GraphView;
class Palette;
class Inspector;
class ProblemList;
class TrainingController;
class DataPanel;
class TrainingPanel;
class TrainingCharts;
class GateHeatmap;
class RocChart;
class MetricsTable;
class RunsPanel;
class RunHistory;
class ExperimentsPanel;
class DataSchemaProbe;
class ClassroomMode;
class LessonPanel;
struct LessonSetup;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    GraphDocument* document() const { return doc_; }
    GraphScene* scene() const { return scene_; }
    GraphView* view() const { return view_; }
    Palette* palette() const { return palette_; }
    Inspector* inspector() const { return inspector_; }
    ProblemList* problems() const { return problems_; }
    TrainingController* trainer() const { return trainer_; }
    DataPanel* dataPanel() const { return dataPanel_; }
    TrainingPanel* trainingPanel() const { return trainPanel_; }
    TrainingCharts* charts() const { return charts_; }
    GateHeatmap* gateHeatmap() const { return gates_; }
    RunsPanel* runsPanel() const { return runsPanel_; }
    RunHistory* history() const { return history_; }
    ExperimentsPanel* experimentsPanel() const { return experimentsPanel_; }
    ClassroomMode* classroom() const { return classroom_; }
    LessonPanel* lessonPanel() const { return lessonPanel_; }
    const std::vector<mtl::RunRecord>& runs() const;
    bool isProjectModified() const;  // graph edits or new / deleted runs not saved yet
    QAction* action(const QString& name) const { return actions_.value(name); }
    QString projectPath() const { return path_; }

    // Project operations without dialogs (return false and set *error on failure; the open
    // project is untouched then). The interactive slots below call these and show errors.
    bool openProjectFile(const QString& path, QString* error);
    bool saveProjectFile(const QString& path, QString* error);
    void loadTemplate(const QString& key);  // one undoable step
    // Performs a lesson step's one-click setup (learn/Lesson.h), in this order: data (its fallback
    // when the data cannot be loaded, e.g. census-income files not found), training settings,
    // template (one undoable step), precomputed results added to the Experiments panel, then the
    // run or the experiment it starts. Refused while a run or an experiment is active. False
    // with the reason in *message when refused or when the run or experiment did not start;
    // *message also receives what the user should know when it succeeds (a fallback used).
    bool applyLessonSetup(const LessonSetup& setup, QString* message);
    // Shows the Lessons dock (Help > Lessons...).
    void showLessons();
    // What the window takes the machine to manage before it warns about a very large model
    // (mtl::defaultMachineLimits() unless set).
    void setMachineLimits(const mtl::MachineLimits& limits) { machineLimits_ = limits; }
    const mtl::MachineLimits& machineLimits() const { return machineLimits_; }
    // Offers the recovery file left by a session that did not end normally (asks the user).
    void offerRecovery();
    static QString recoveryPath();

public slots:
    // Training: validates the graph and checks that its task heads can be adapted to the data's
    // tasks and that the model is not far beyond the machine (asking to train anyway), all before
    // anything changes; then adapts the heads (one undoable step, said in the status bar) and
    // starts a run on the background thread. False (with a message) if refused or cancelled.
    bool startTraining();
    void newProject();  // an empty canvas
    // A new project holding template `key` (see mtl::templateList()), its input bound to the data.
    void newProjectFromTemplate(const QString& key);
    void openProject(const QString& path = {});  // empty: asks for a file
    bool saveProject();
    bool saveProjectAs();

protected:
    void closeEvent(QCloseEvent* event) override;
    // View > Canvas Only: every dock hidden so that the canvas fills the window (for a class);
    // off gives back the layout it had. The layout saved on close is the one with the docks.
    void setCanvasOnly(bool on);

private:
    void createActions();
    void createMenus();
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& name,
                         Qt::DockWidgetArea area);
    void createDocks();
    void createClassroomGroups();
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                       const QString& tip, const char* icon = nullptr);
    bool maybeSave();  // asks about unsaved changes; false = the user cancelled
    void setProjectPath(const QString& path);
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString& path);
    void writeRecovery();
    void removeRecovery();
    void copySelection();
    void paste();
    void duplicateSelection();
    void showPreferences();
    void showAbout();
    void updateEditActions();
    mtl::ProjectFile currentProject() const;
    void setProject(const mtl::ProjectFile& project);

    // Training (MainWindowTraining.cpp).
    void createTrainingDocks();
    void connectTraining();
    // One line for the user about what an adaptation changed (task heads, input widths).
    static QString describeAdaptation(const mtl::GraphAdaptation& a);
    bool confirmCost(const mtl::Graph& graph, const mtl::DataSpec& data,
                     const mtl::TrainConfig& config);
    void renderProgress();
    void setTrainingActive(bool active);
    void onRunFinished(const mtl::RunRecord& run);
    // Shows run `index` (gates, ROC, metrics; the charts too unless they already hold it live).
    void showRun(int index, bool replayCharts = true);
    void updateComparison();
    void deleteRun(int index);
    void showExpertUsage();
    void updateProgress(int epoch, int epochs, int batch, int batches, double samplesPerSecond,
                        double eta);
    void startProject(const mtl::Graph& graph, const mtl::DataSchema& schema);
    // The Data dock's choice changed: new blocks fit it and input blocks are rebound to it.
    void followDataSchema();

    GraphDocument* doc_ = nullptr;
    GraphScene* scene_ = nullptr;
    GraphView* view_ = nullptr;
    Palette* palette_ = nullptr;
    Inspector* inspector_ = nullptr;
    ProblemList* problems_ = nullptr;
    QDockWidget* problemsDock_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QLabel* validationLabel_ = nullptr;
    QTimer* recoveryTimer_ = nullptr;
    QHash<QString, QAction*> actions_;
    TrainingController* trainer_ = nullptr;
    DataPanel* dataPanel_ = nullptr;
    TrainingPanel* trainPanel_ = nullptr;
    TrainingCharts* charts_ = nullptr;
    GateHeatmap* gates_ = nullptr;
    RocChart* roc_ = nullptr;
    MetricsTable* metrics_ = nullptr;
    RunsPanel* runsPanel_ = nullptr;
    ExperimentsPanel* experimentsPanel_ = nullptr;
    DataSchemaProbe* schemaProbe_ = nullptr;
    ClassroomMode* classroom_ = nullptr;
    QByteArray canvasOnlyState_;  // the dock layout before Canvas Only (empty: not on)
    LessonPanel* lessonPanel_ = nullptr;
    QLabel* progressLabel_ = nullptr;
    QProgressBar* progressBar_ = nullptr;
    QMenu* templatesMenu_ = nullptr;
    RunHistory* history_ = nullptr;  // the finished runs (an item model; the run list shows it)
    QString liveRunName_;
    QString adaptNotice_;
    QString sceneMessage_;  // the canvas's last status message (withdrawn when it is stale)  //
                            // what Train changed in the graph for the live run (empty: nothing)
    struct Progress {
        int epoch = 0, epochs = 0, batch = 0, batches = 0;
        double samplesPerSecond = 0, eta = 0;
        bool known = false;
    };
    Progress progress_;  // the live run's last progress report
    TrainingController::State runState_ = TrainingController::State::Idle;
    mtl::MachineLimits machineLimits_ = mtl::defaultMachineLimits();
    QString path_;
    mtl::DataSchema schema_;  // the data layout the graph's templates were made for
    int pasteCount_ = 0;
};

}  // namespace mtl::ui
