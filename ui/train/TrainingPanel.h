#pragma once
// The training panel: optimizer, learning rate, batch size, epochs, seed and one loss weight per
// task, and the run controls Train, Pause/Resume, Step, Stop and Reset (QActions with shortcuts,
// also this widget's actions(), so that the main window can put them in a menu and a toolbar).
//
// Loss weighting (core/train/Weighting.h): a method chooser with the chosen method's parameters
// (GradNorm's alpha, DWA's temperature, PLE's decay, CAGrad's c) and how often task conflict is
// measured; fixed for a run (they cannot change while it runs), kept in QSettings with the rest.
//
// The panel does not run anything: it asks (the *Requested signals) and shows the state it is
// told (setRunState). While a run is active only the learning rate and the loss weights can be
// edited; their changes are signalled at once (learningRateChanged, lossWeightChanged) so that
// they apply to the running training. The last values are kept in QSettings under "train/".
// A typed value outside an editor's range (learning rate 1e-7 to 1e6) is refused under the editor
// with the range, and the value stays (widgets/SpinBoxes.h). The loss weights list the tasks given
// to setTasks(); the main window gives the graph's task heads whenever the graph changes.
#include <QList>
#include <QMap>
#include <QStringList>
#include <QStyle>
#include <QWidget>

#include "train/Trainer.h"

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QKeySequence;
class QLabel;
class QSpinBox;
class QToolButton;

namespace mtl::ui {

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    enum class RunState { Idle, Loading, Running, Paused };
    Q_ENUM(RunState)

    explicit TrainingPanel(QWidget* parent = nullptr);

    // The edited settings on top of the last setConfig() (fields without an editor, such as
    // early stopping, pass through unchanged). lossWeights: one (task, weight) pair per task of
    // setTasks(), in that order.
    mtl::TrainConfig config() const;
    // Shows `config`; its lossWeights set those tasks' weights (and become the task list if
    // setTasks() has not given one).
    void setConfig(const mtl::TrainConfig& config);

    // One loss-weight editor per task, in this order (the model's head order: lossWeightChanged
    // reports an index into it). `defaults` (optional, one per task) are the weights the graph's
    // heads declare; a task shows its default until its weight is edited or set by setConfig().
    void setTasks(const QStringList& names, const QList<double>& defaults = {});
    QStringList tasks() const { return taskNames_; }

    RunState runState() const { return state_; }

    // The run controls; QWidget::actions() returns them in this order.
    QAction* trainAction() const { return train_; }
    QAction* pauseAction() const { return pause_; }  // "Pause" while running, "Resume" while paused
    QAction* stepAction() const { return step_; }
    QAction* stopAction() const { return stop_; }
    QAction* resetAction() const { return reset_; }

    // For tests: the learning-rate editor and the loss-weight editor of task `index`.
    QDoubleSpinBox* learningRateEditor() const { return lr_; }
    QDoubleSpinBox* lossWeightEditor(int index) const { return weights_.value(index); }
    QComboBox* weightingEditor() const { return weighting_; }

public slots:
    // A RunState value (as int, so that a controller's own enum or int signal can connect).
    void setRunState(int state);

signals:
    void trainRequested();
    void pauseRequested();
    void resumeRequested();
    void stepRequested();
    void stopRequested();
    void resetRequested();
    void learningRateChanged(double lr);
    void lossWeightChanged(int task, double weight);
    void configChanged();  // any edit

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QAction* makeAction(const QString& text, const QString& tip, const QKeySequence& shortcut,
                        QStyle::StandardPixmap icon);
    void edited();
    void updateOptimizerFields();
    void updateWeightingFields();
    void loadSettings();
    void saveSettings() const;

    mtl::TrainConfig base_;
    RunState state_ = RunState::Idle;
    QStringList taskNames_;
    QList<double> defaults_;     // per task
    QMap<QString, double> set_;  // per task name: weights edited or given by setConfig
    bool showing_ = false;       // the editors are being filled

    QAction* train_ = nullptr;
    QAction* pause_ = nullptr;
    QAction* step_ = nullptr;
    QAction* stop_ = nullptr;
    QAction* reset_ = nullptr;
    QList<QToolButton*> buttons_;
    int buttonsTextWidth_ = 0;  // the buttons' width with text (narrower: icons only)
    QLabel* lockHint_ = nullptr;
    QComboBox* optimizer_ = nullptr;
    QDoubleSpinBox* lr_ = nullptr;
    QDoubleSpinBox* momentum_ = nullptr;
    QDoubleSpinBox* weightDecay_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QFormLayout* weightsForm_ = nullptr;
    QLabel* noTasks_ = nullptr;
    QList<QDoubleSpinBox*> weights_;
    QFormLayout* weightingForm_ = nullptr;
    QComboBox* weighting_ = nullptr;
    QLabel* weightingHint_ = nullptr;
    QDoubleSpinBox* gradnormAlpha_ = nullptr;
    QDoubleSpinBox* dwaT_ = nullptr;
    QDoubleSpinBox* pleGamma_ = nullptr;
    QDoubleSpinBox* cagradC_ = nullptr;
    QSpinBox* conflictEvery_ = nullptr;
};

}  // namespace mtl::ui
