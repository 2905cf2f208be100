#include "train/TrainingPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

#include "widgets/PanelParts.h"
#include "widgets/SpinBoxes.h"

namespace mtl::ui {

namespace {

// A RealSpinBox (scientific notation, decade steps) for one training setting. Like every editor
// here, a typed value outside the range is refused with the range, under the editor (addRow).
RealSpinBox* realEditor(double min, double max, const QString& tip) {
    auto* spin = new RealSpinBox;
    spin->setRange(min, max);
    spin->setAccelerated(true);
    spin->setToolTip(tip);
    return spin;
}

IntSpinBox* intSpin(int min, int max, int step, const QString& tip) {
    auto* spin = new IntSpinBox;
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setAccelerated(true);
    spin->setToolTip(tip);
    return spin;
}

QFormLayout* form() {
    auto* f = new QFormLayout;
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow dock: the field under its label
    return f;
}

// A row of `text` and `editor`, with the editor's refusal message under it.
template <class Spin>
void addRow(QFormLayout* form, const QString& text, Spin* editor) {
    auto* label = new QLabel(text);
    label->setBuddy(editor);
    label->setToolTip(editor->toolTip());
    form->addRow(label, withRefusalMessage(editor, editor));
}

void addRow(QFormLayout* form, const QString& text, QComboBox* editor) {
    auto* label = new QLabel(text);
    label->setBuddy(editor);
    label->setToolTip(editor->toolTip());
    form->addRow(label, editor);
}

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
    // Run controls. Shortcuts follow debuggers: F5 run, Shift+F5 stop.
    train_ = makeAction(tr("&Train"), tr("Start training the graph on the chosen data"),
                        QKeySequence(Qt::Key_F5), QStyle::SP_MediaPlay);
    pause_ = makeAction(tr("&Pause"), tr("Pause training after the current batch"),
                        QKeySequence(Qt::Key_F6), QStyle::SP_MediaPause);
    step_ = makeAction(tr("S&tep"), tr("Advance the paused training by one step, then pause again"),
                       QKeySequence(Qt::Key_F7), QStyle::SP_MediaSkipForward);
    stop_ = makeAction(tr("St&op"), tr("Stop training after the current batch"),
                       QKeySequence(Qt::SHIFT | Qt::Key_F5), QStyle::SP_MediaStop);
    reset_ = makeAction(
        tr("Re&set"),
        tr("Discard the trained weights: the next run starts from a fresh initialisation"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5), QStyle::SP_BrowserReload);
    train_->setObjectName(QStringLiteral("trainAction"));
    pause_->setObjectName(QStringLiteral("pauseAction"));
    step_->setObjectName(QStringLiteral("stepAction"));
    stop_->setObjectName(QStringLiteral("stopAction"));
    reset_->setObjectName(QStringLiteral("resetAction"));
    connect(train_, &QAction::triggered, this, &TrainingPanel::trainRequested);
    connect(pause_, &QAction::triggered, this, [this] {
        if (state_ == RunState::Running)
            emit pauseRequested();
        else if (state_ == RunState::Paused)
            emit resumeRequested();
    });
    connect(step_, &QAction::triggered, this, &TrainingPanel::stepRequested);
    connect(stop_, &QAction::triggered, this, &TrainingPanel::stopRequested);
    connect(reset_, &QAction::triggered, this, &TrainingPanel::resetRequested);

    auto* buttons = new QGridLayout;
    buttons->setSpacing(4);
    int column = 0;
    for (QAction* a : {train_, pause_, step_, stop_, reset_}) {
        auto* b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(b, 0, column++);
        buttons_ << b;
    }

    lockHint_ = new QLabel(tr("The graph is locked while training runs."));
    lockHint_->setObjectName(QStringLiteral("lockHint"));
    lockHint_->setWordWrap(true);
    lockHint_->setForegroundRole(QPalette::PlaceholderText);
    lockHint_->setToolTip(
        tr("Stop the run to change the architecture, the data or the batch settings; the "
           "learning rate and the loss weights can change while it runs."));
    lockHint_->hide();

    optimizer_ = new QComboBox;
    optimizer_->addItem(tr("Adam"), int(mtl::OptimizerKind::Adam));
    optimizer_->addItem(tr("SGD with momentum"), int(mtl::OptimizerKind::SGD));
    optimizer_->addItem(tr("Adagrad"), int(mtl::OptimizerKind::Adagrad));
    optimizer_->setToolTip(tr("The update rule for the weights"));
    // Up to 1e6 (as the other weights): a rate that makes the run diverge is the run's to report
    // (it stops with a message), not the editor's to change.
    RealSpinBox* lr = realEditor(
        1e-7, 1e6,
        tr("Step size of the optimizer; type e.g. 1e-3. Can change while training runs."));
    lr_ = lr;
    lr_->setObjectName(QStringLiteral("learningRate"));
    RealSpinBox* momentum = realEditor(0, 0.999, tr("Momentum of SGD (0: plain SGD)"));
    RealSpinBox* weightDecay = realEditor(0, 1, tr("L2 penalty on the weights (0: none)"));
    IntSpinBox* batch = intSpin(1, 65536, 32, tr("Rows per training batch"));
    IntSpinBox* epochs = intSpin(1, 100000, 1, tr("Passes over the training rows"));
    IntSpinBox* seed = intSpin(
        0, INT_MAX, 1, tr("Seed of the initial weights, the shuffling, dropout and gate noise"));
    momentum_ = momentum;
    weightDecay_ = weightDecay;
    batch_ = batch;
    epochs_ = epochs;
    seed_ = seed;
    momentum_->setObjectName(QStringLiteral("momentum"));
    weightDecay_->setObjectName(QStringLiteral("weightDecay"));
    batch_->setObjectName(QStringLiteral("batchSize"));
    epochs_->setObjectName(QStringLiteral("epochs"));
    seed_->setObjectName(QStringLiteral("trainSeed"));

    auto* optimizerForm = form();
    addRow(optimizerForm, tr("&Optimizer:"), optimizer_);
    addRow(optimizerForm, tr("&Learning rate:"), lr);
    addRow(optimizerForm, tr("&Momentum:"), momentum);
    addRow(optimizerForm, tr("&Weight decay:"), weightDecay);
    auto* runForm = form();
    addRow(runForm, tr("&Batch size:"), batch);
    addRow(runForm, tr("&Epochs:"), epochs);
    addRow(runForm, tr("&Seed:"), seed);
    weightsForm_ = form();
    noTasks_ = new QLabel(tr("The graph has no task heads."));
    noTasks_->setForegroundRole(QPalette::PlaceholderText);
    weightsForm_->addRow(noTasks_);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(buttons);
    layout->addWidget(lockHint_);
    layout->addWidget(sectionHeading(tr("Optimizer")));
    layout->addLayout(optimizerForm);
    layout->addWidget(sectionHeading(tr("Batches")));
    layout->addLayout(runForm);
    auto* weightsHeading = sectionHeading(tr("Loss weights"));
    weightsHeading->setToolTip(
        tr("Each task's loss is multiplied by its weight in the total loss"));
    layout->addWidget(weightsHeading);
    layout->addLayout(weightsForm_);
    layout->addStretch(1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(verticalScrollArea(content));

    connect(optimizer_, &QComboBox::currentIndexChanged, this, [this] {
        updateOptimizerFields();
        edited();
    });
    connect(lr_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (showing_) return;
        edited();
        emit learningRateChanged(v);
    });
    for (QDoubleSpinBox* spin : {momentum_, weightDecay_})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::edited);
    for (QSpinBox* spin : {batch_, epochs_, seed_})
        connect(spin, &QSpinBox::valueChanged, this, &TrainingPanel::edited);

    loadSettings();
    setRunState(int(RunState::Idle));
}

void TrainingPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (!buttonsTextWidth_) {  // measured once, with text, allowing for "Resume" in place of
                               // "Pause"
        auto advance = [this](const QString& text) {
            return fontMetrics().horizontalAdvance(QString(text).remove('&'));
        };
        for (QToolButton* b : buttons_) buttonsTextWidth_ += b->sizeHint().width() + 4;
        buttonsTextWidth_ += std::max(0, advance(tr("&Resume")) - advance(tr("&Pause"))) +
                             30;  // margins, scroll bar
    }
    const auto style =
        width() >= buttonsTextWidth_ ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    for (QToolButton* b : buttons_) b->setToolButtonStyle(style);
}

QAction* TrainingPanel::makeAction(const QString& text, const QString& tip,
                                   const QKeySequence& shortcut, QStyle::StandardPixmap icon) {
    auto* a = new QAction(style()->standardIcon(icon), text, this);
    a->setShortcut(shortcut);
    a->setToolTip(tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    addAction(a);  // the shortcut works wherever the panel's window has focus
    return a;
}

void TrainingPanel::setRunState(int state) {
    state_ = static_cast<RunState>(std::clamp(state, int(RunState::Idle), int(RunState::Paused)));
    const bool idle = state_ == RunState::Idle;
    train_->setEnabled(idle);
    pause_->setEnabled(state_ == RunState::Running || state_ == RunState::Paused);
    step_->setEnabled(state_ == RunState::Paused);
    stop_->setEnabled(!idle);
    reset_->setEnabled(idle);

    const bool paused = state_ == RunState::Paused;
    pause_->setText(paused ? tr("&Resume") : tr("&Pause"));
    pause_->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    const QString tip =
        paused ? tr("Continue the paused training") : tr("Pause training after the current batch");
    pause_->setToolTip(
        tr("%1 (%2)").arg(tip, pause_->shortcut().toString(QKeySequence::NativeText)));
    pause_->setStatusTip(tip);

    // During a run only the learning rate and the loss weights change (they apply live).
    for (QWidget* w :
         std::initializer_list<QWidget*>{optimizer_, weightDecay_, batch_, epochs_, seed_})
        w->setEnabled(idle);
    updateOptimizerFields();
    lockHint_->setVisible(!idle);
}

void TrainingPanel::updateOptimizerFields() {
    const bool sgd = optimizer_->currentData().toInt() == int(mtl::OptimizerKind::SGD);
    momentum_->setEnabled(sgd && state_ == RunState::Idle);
}

mtl::TrainConfig TrainingPanel::config() const {
    mtl::TrainConfig c = base_;
    c.optimizer.kind = static_cast<mtl::OptimizerKind>(optimizer_->currentData().toInt());
    c.optimizer.lr = lr_->value();
    c.optimizer.momentum = momentum_->value();
    c.optimizer.weightDecay = weightDecay_->value();
    c.batchSize = batch_->value();
    c.epochs = epochs_->value();
    c.seed = static_cast<unsigned long long>(seed_->value());
    c.lossWeights.clear();
    for (int i = 0; i < taskNames_.size(); ++i)
        c.lossWeights.emplace_back(taskNames_[i].toStdString(), weights_[i]->value());
    return c;
}

void TrainingPanel::setConfig(const mtl::TrainConfig& config) {
    base_ = config;
    showing_ = true;
    optimizer_->setCurrentIndex(std::max(0, optimizer_->findData(int(config.optimizer.kind))));
    lr_->setValue(config.optimizer.lr);
    momentum_->setValue(config.optimizer.momentum);
    weightDecay_->setValue(config.optimizer.weightDecay);
    batch_->setValue(config.batchSize);
    epochs_->setValue(config.epochs);
    seed_->setValue(static_cast<int>(std::min<unsigned long long>(config.seed, INT_MAX)));
    showing_ = false;

    set_.clear();
    QStringList names;
    for (const auto& [task, weight] : config.lossWeights) {
        set_.insert(QString::fromStdString(task), weight);
        names << QString::fromStdString(task);
    }
    setTasks(taskNames_.isEmpty() ? names : taskNames_,
             taskNames_.isEmpty() ? QList<double>() : defaults_);
    saveSettings();
    emit configChanged();
}

void TrainingPanel::setTasks(const QStringList& names, const QList<double>& defaults) {
    QList<double> given;
    for (int i = 0; i < names.size(); ++i) given << (i < defaults.size() ? defaults[i] : 1.0);
    // (Element-wise: QList<double>::operator== of two empty lists hands memcmp null pointers in
    // Qt 6.4, which UBSan reports.)
    const bool sameDefaults =
        std::equal(given.cbegin(), given.cend(), defaults_.cbegin(), defaults_.cend());
    if (names == taskNames_ && sameDefaults && weights_.size() == names.size()) {
        // The same tasks: keep the editors (and the focus in one), show the weights.
        for (int i = 0; i < names.size(); ++i) {
            const QSignalBlocker quiet(weights_[i]);
            weights_[i]->setValue(set_.value(names[i], given[i]));
        }
        return;
    }
    for (QDoubleSpinBox* spin : weights_)
        weightsForm_->removeRow(spin->parentWidget());  // deletes the row's widgets
    weights_.clear();
    taskNames_ = names;
    defaults_.clear();
    for (int i = 0; i < names.size(); ++i) {
        const double def = i < defaults.size() ? defaults[i] : 1.0;
        defaults_ << def;
        auto* spin = realEditor(0, 1e6,
                                tr("Weight of task '%1' in the total loss (0: not trained). "
                                   "Can change while training runs.")
                                    .arg(names[i]));
        spin->setObjectName(QStringLiteral("lossWeight_%1").arg(i));
        spin->setValue(set_.value(names[i], def));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double v) {
            set_.insert(taskNames_[i], v);
            edited();
            emit lossWeightChanged(i, v);
        });
        addRow(weightsForm_, tr("%1:").arg(names[i]), spin);
        weights_ << spin;
    }
    noTasks_->setVisible(names.isEmpty());
}

void TrainingPanel::edited() {
    if (showing_) return;
    saveSettings();
    emit configChanged();
}

void TrainingPanel::loadSettings() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    mtl::TrainConfig c;
    mtl::OptimizerKind kind = c.optimizer.kind;
    if (mtl::optimizerFromString(
            settings.value(QStringLiteral("optimizer")).toString().toStdString(), kind))
        c.optimizer.kind = kind;
    c.optimizer.lr = settings.value(QStringLiteral("lr"), c.optimizer.lr).toDouble();
    c.optimizer.momentum =
        settings.value(QStringLiteral("momentum"), c.optimizer.momentum).toDouble();
    c.optimizer.weightDecay =
        settings.value(QStringLiteral("weightDecay"), c.optimizer.weightDecay).toDouble();
    c.batchSize = settings.value(QStringLiteral("batchSize"), c.batchSize).toInt();
    c.epochs = settings.value(QStringLiteral("epochs"), c.epochs).toInt();
    c.seed = settings.value(QStringLiteral("seed"), c.seed).toULongLong();
    setConfig(c);
}

void TrainingPanel::saveSettings() const {
    const mtl::TrainConfig c = config();
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    settings.setValue(QStringLiteral("optimizer"),
                      QString::fromLatin1(mtl::optimizerName(c.optimizer.kind)));
    settings.setValue(QStringLiteral("lr"), c.optimizer.lr);
    settings.setValue(QStringLiteral("momentum"), c.optimizer.momentum);
    settings.setValue(QStringLiteral("weightDecay"), c.optimizer.weightDecay);
    settings.setValue(QStringLiteral("batchSize"), c.batchSize);
    settings.setValue(QStringLiteral("epochs"), c.epochs);
    settings.setValue(QStringLiteral("seed"), c.seed);
}

}  // namespace mtl::ui
