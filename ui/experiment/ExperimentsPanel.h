#pragma once
// The Experiments panel (a dock): define a grid of runs, run it in the background, and read the
// results with confidence intervals.
//
// Grid: architectures (the templates of mtl::templateList(), and the graph being edited, saved
// to a file beside the other experiment files when the grid runs), the data and its swept
// parameter (synthetic: task correlations p and training rows; census-income: groups), learning
// rates, seeds and epochs. The entries go through mtl::exp::parseExperiment() before anything
// runs; a refused grid shows the engine's message and runs nothing.
// Run / Cancel / Resume (a cancelled experiment continues with the cells it has not finished),
// progress with the time left. Results: the cell groups with per-task mean +- 95% CI
// (ExperimentModel), paired differences between architectures, and a plot of a chosen metric (or
// the gate divergence of the runs: JS of the tasks' mean gates, or its per-example mean) against
// the swept parameter, one line per architecture at its setting chosen by validation, with a
// shaded 95% CI band (the MMoE paper's Fig. 4 view). Double-clicking a group lists its runs; one
// can be opened (re-run deterministically with its curves and weights: runOpened()).
//
// The experiments belong to the project: experiments() / setExperiments(), and
// experimentsChanged() when one is added, finishes, is cancelled or deleted.
#include <QWidget>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "experiment/ExperimentRecord.h"
#include "graph/Graph.h"
#include "train/RunRecord.h"

class QChart;
class QChartView;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mtl::ui {

class ExperimentController;
class ExperimentModel;
class PairedDifferenceModel;
class IntSpinBox;

class ExperimentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentsPanel(QWidget* parent = nullptr);
    ~ExperimentsPanel() override;

    // The graph "current graph" stands for (the editor's); unset: that choice is refused.
    void setGraphProvider(std::function<mtl::Graph()> provider);
    // Worker threads of a sweep (0: one per core, the default).
    void setWorkers(int workers) { workers_ = workers; }

    const std::vector<mtl::exp::ExperimentRecord>& experiments() const { return records_; }
    // Replaces the experiments (a project opened); cancels a sweep in progress.
    void setExperiments(const std::vector<mtl::exp::ExperimentRecord>& experiments);
    int currentExperiment() const;
    void setCurrentExperiment(int index);

    // The spec entries the grid's controls define ("current graph" as the entry "@current").
    std::vector<std::pair<std::string, std::string>> gridEntries() const;
    // The message shown under the grid (a refused grid, a failed sweep), empty if none.
    QString message() const;

    // Fills the grid's controls from spec entries (a lesson's experiment): arch (template keys),
    // data (synthetic or census), p, n-train, group, lr, seeds and epochs; controls without an
    // entry keep their values. An entry the controls cannot show is refused (false, *error says
    // which) and nothing changes.
    bool setGrid(const QString& name,
                 const std::vector<std::pair<std::string, std::string>>& entries,
                 QString* error = nullptr);
    // Adds a finished experiment (e.g. precomputed results shipped with the app) and shows it.
    void addExperiment(const mtl::exp::ExperimentRecord& record);
    // What the plot shows; also brings the plot to the front.
    enum class Plot { Score, GateDivergence, ExampleGateDivergence };
    void showPlot(Plot plot);

    ExperimentController* controller() const { return controller_; }
    ExperimentModel* model() const { return model_; }
    PairedDifferenceModel* pairedModel() const { return paired_; }
    QChart* chart() const { return chart_; }
    QTableView* resultsTable() const { return table_; }
    // The runs of one group of the current experiment, in a dialog (double-click on a row).
    QDialog* showGroupRuns(int row);

public slots:
    bool runGrid();           // a new experiment from the grid, started at once
    bool resumeExperiment();  // continues the current experiment's missing cells
    void cancelExperiment();
    void deleteExperiment();  // the current one (not while it runs)

signals:
    void experimentsChanged();
    void runOpened(const mtl::RunRecord& record);

private:
    void buildGrid(QWidget* host);
    void updateDataControls();
    void updateButtons();
    void refreshList();
    void refreshResults();
    void rebuildPlot();
    void showMessage(const QString& text);
    void onRun(const mtl::exp::RunSummary& run);
    void onProgress(int done, int pending, double elapsed, double eta);
    void onFinished(bool complete, bool cancelled);
    void onFailed(const QString& message);

    ExperimentController* controller_ = nullptr;
    ExperimentModel* model_ = nullptr;
    PairedDifferenceModel* paired_ = nullptr;
    std::vector<mtl::exp::ExperimentRecord> records_;
    int active_ = -1;      // the experiment the controller runs
    int opening_ = -1;     // an experiment whose run is being reopened
    QString openingName_;  // the name the reopened run gets
    int workers_ = 0;
    std::function<mtl::Graph()> graphProvider_;

    QLineEdit* name_ = nullptr;
    QListWidget* archs_ = nullptr;
    QComboBox* dataKind_ = nullptr;
    QLineEdit* correlations_ = nullptr;
    QLineEdit* groups_ = nullptr;
    IntSpinBox* rows_ = nullptr;
    QLineEdit* lrs_ = nullptr;
    IntSpinBox* seeds_ = nullptr;
    IntSpinBox* epochs_ = nullptr;
    QLabel* correlationsLabel_ = nullptr;
    QLabel* groupsLabel_ = nullptr;
    QLabel* rowsLabel_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QPushButton* resume_ = nullptr;
    QPushButton* delete_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* message_ = nullptr;
    QComboBox* list_ = nullptr;
    QTableView* table_ = nullptr;
    QTableView* pairedTable_ = nullptr;
    QComboBox* plotKind_ = nullptr;
    QChart* chart_ = nullptr;
    QChartView* chartView_ = nullptr;
};

}  // namespace mtl::ui
