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

// The chooser's text and tooltip of a weighting method (core key); a key without one here shows
// as itself.
struct MethodText {
    QString name, tip;
};
MethodText methodText(const QString& key) {
    if (key == QLatin1String("ew"))
        return {TrainingPanel::tr("Equal weights (EW)"),
                TrainingPanel::tr("Each task's loss times its loss weight below: the default")};
    if (key == QLatin1String("uw"))
        return {TrainingPanel::tr("Uncertainty weighting (UW)"),
                TrainingPanel::tr("Learns one log-variance per task (Kendall et al. 2018): a "
                                  "noisier task gets less weight")};
    if (key == QLatin1String("gradnorm"))
        return {TrainingPanel::tr("GradNorm"),
                TrainingPanel::tr("Learns weights that balance the tasks' gradient norms (Chen et "
                                  "al. 2018); alpha sets how hard a task that learns slower is "
                                  "pushed")};
    if (key == QLatin1String("dwa"))
        return {TrainingPanel::tr("Dynamic weight averaging (DWA)"),
                TrainingPanel::tr("Weights from how fast each task's loss fell over the last two "
                                  "epochs (Liu et al. 2019); a higher temperature evens them out")};
    if (key == QLatin1String("ple"))
        return {TrainingPanel::tr("PLE decay"),
                TrainingPanel::tr("Each task's weight times gamma to the power of the epoch (PLE, "
                                  "Tang et al. 2020)")};
    if (key == QLatin1String("pcgrad"))
        return {TrainingPanel::tr("PCGrad"),
                TrainingPanel::tr("On the shared parameters, each task's gradient is projected "
                                  "off the gradients it conflicts with (Yu et al. 2020)")};
    if (key == QLatin1String("mgda"))
        return {TrainingPanel::tr("MGDA"),
                TrainingPanel::tr("On the shared parameters, the smallest combination of the "
                                  "task gradients on their convex hull (Sener and Koltun 2018)")};
    if (key == QLatin1String("cagrad"))
        return {TrainingPanel::tr("CAGrad"),
                TrainingPanel::tr("On the shared parameters, the mean gradient moved towards the "
                                  "task that gains least, within a radius c (Liu et al. 2021)")};
    if (key == QLatin1String("mgda-ub"))
        return {TrainingPanel::tr("MGDA-UB"),
                TrainingPanel::tr("MGDA's combination computed from the gradients on the shared "
                                  "representation (the experts' or the bottom's outputs): cheaper, "
                                  "the paper's upper bound; CGC and PLE use MGDA")};
    return {key, {}};
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

    weighting_ = new QComboBox;
    weighting_->setObjectName(QStringLiteral("weightingMethod"));
    weighting_->setToolTip(
        tr("How the tasks' losses are combined into one gradient. Fixed for a run."));
    for (const std::string& key : mtl::weightingNames()) {
        const MethodText t = methodText(QString::fromStdString(key));
        weighting_->addItem(t.name, QString::fromStdString(key));
        weighting_->setItemData(weighting_->count() - 1, t.tip, Qt::ToolTipRole);
    }
    weightingHint_ = new QLabel;
    weightingHint_->setObjectName(QStringLiteral("weightingHint"));
    weightingHint_->setWordWrap(true);
    weightingHint_->setForegroundRole(QPalette::PlaceholderText);
    RealSpinBox* alpha = realEditor(
        0, 10,
        tr("GradNorm's alpha: how hard a task whose loss falls slower is pushed (0: equal "
           "gradient norms; default 1.5)"));
    RealSpinBox* temperature =
        realEditor(1e-3, 1e6, tr("DWA's temperature: higher evens the weights out (default 2)"));
    RealSpinBox* gamma = realEditor(
        0, 10,
        tr("PLE's decay: each task's weight is multiplied by gamma once per epoch (1: no decay)"));
    RealSpinBox* cagradC =
        realEditor(0, 100, tr("CAGrad's radius c (0: the mean gradient, as EW; default 0.5)"));
    IntSpinBox* conflictEvery = intSpin(
        0, 1000000, 10,
        tr("Measure task conflict (the cosines of the tasks' gradients on the shared parameters) "
           "every N steps, 0: never. GradNorm and the gradient methods measure it on every step. "
           "A measured step costs one backward pass per task."));
    gradnormAlpha_ = alpha;
    dwaT_ = temperature;
    pleGamma_ = gamma;
    cagradC_ = cagradC;
    conflictEvery_ = conflictEvery;
    gradnormAlpha_->setObjectName(QStringLiteral("gradnormAlpha"));
    dwaT_->setObjectName(QStringLiteral("dwaTemperature"));
    pleGamma_->setObjectName(QStringLiteral("pleGamma"));
    cagradC_->setObjectName(QStringLiteral("cagradC"));
    conflictEvery_->setObjectName(QStringLiteral("conflictEvery"));
    // The hint sits between two forms: a word-wrapped label spanning a QFormLayout row got no
    // height in the scrolled panel (it overlapped the next row).
    auto* methodForm = form();
    addRow(methodForm, tr("Met&hod:"), weighting_);
    weightingForm_ = form();
    addRow(weightingForm_, tr("&Alpha:"), alpha);  // row 0
    addRow(weightingForm_, tr("Temperat&ure:"), temperature);
    addRow(weightingForm_, tr("&Gamma:"), gamma);
    addRow(weightingForm_, tr("&c:"), cagradC);
    addRow(weightingForm_, tr("Conflict e&very:"), conflictEvery);

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
    auto* weightingHeading = sectionHeading(tr("Loss weighting"));
    weightingHeading->setToolTip(weighting_->toolTip());
    layout->addWidget(weightingHeading);
    layout->addLayout(methodForm);
    layout->addWidget(weightingHint_);
    layout->addLayout(weightingForm_);
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
    for (QSpinBox* spin : {batch_, epochs_, seed_, conflictEvery_})
        connect(spin, &QSpinBox::valueChanged, this, &TrainingPanel::edited);
    connect(weighting_, &QComboBox::currentIndexChanged, this, [this] {
        updateWeightingFields();
        edited();
    });
    for (QDoubleSpinBox* spin : {gradnormAlpha_, dwaT_, pleGamma_, cagradC_})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::edited);

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
    for (QWidget* w : std::initializer_list<QWidget*>{optimizer_, weightDecay_, batch_, epochs_,
                                                      seed_, weighting_, gradnormAlpha_, dwaT_,
                                                      pleGamma_, cagradC_, conflictEvery_})
        w->setEnabled(idle);
    updateOptimizerFields();
    updateWeightingFields();
    lockHint_->setVisible(!idle);
}

void TrainingPanel::updateOptimizerFields() {
    const bool sgd = optimizer_->currentData().toInt() == int(mtl::OptimizerKind::SGD);
    momentum_->setEnabled(sgd && state_ == RunState::Idle);
}

// Only the chosen method's parameter is shown (rows 0 to 3 of the form, in this order).
void TrainingPanel::updateWeightingFields() {
    const QString key = weighting_->currentData().toString();
    weightingHint_->setText(methodText(key).tip);
    weightingHint_->setVisible(!weightingHint_->text().isEmpty());

    const QStringList withParameter = {QStringLiteral("gradnorm"), QStringLiteral("dwa"),
                                       QStringLiteral("ple"), QStringLiteral("cagrad")};
    for (int i = 0; i < withParameter.size(); ++i)
        weightingForm_->setRowVisible(i, key == withParameter[i]);
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
    mtl::WeightingConfig& w = c.weighting;
    mtl::weightingFromString(weighting_->currentData().toString().toStdString(), w.method);
    w.gradnormAlpha = gradnormAlpha_->value();
    w.dwaT = dwaT_->value();
    w.cagradC = cagradC_->value();
    w.pleGamma = {pleGamma_->value()};  // one value: every task's
    w.pleW0.clear();                    // the loss weights above are the initial weights
    w.conflictEvery = conflictEvery_->value();
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
    const mtl::WeightingConfig& w = config.weighting;
    weighting_->setCurrentIndex(
        std::max(0, weighting_->findData(QString::fromLatin1(mtl::weightingName(w.method)))));
    gradnormAlpha_->setValue(w.gradnormAlpha);
    dwaT_->setValue(w.dwaT);
    cagradC_->setValue(w.cagradC);
    pleGamma_->setValue(w.pleGamma.empty() ? 1.0 : w.pleGamma.front());
    conflictEvery_->setValue(w.conflictEvery);
    showing_ = false;
    updateWeightingFields();

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
    mtl::WeightingConfig& w = c.weighting;
    mtl::WeightingMethod method = w.method;
    if (mtl::weightingFromString(
            settings.value(QStringLiteral("weighting")).toString().toStdString(), method))
        w.method = method;
    w.gradnormAlpha = settings.value(QStringLiteral("gradnormAlpha"), w.gradnormAlpha).toDouble();
    w.dwaT = settings.value(QStringLiteral("dwaTemperature"), w.dwaT).toDouble();
    w.cagradC = settings.value(QStringLiteral("cagradC"), w.cagradC).toDouble();
    w.pleGamma = {settings.value(QStringLiteral("pleGamma"), 1.0).toDouble()};
    w.conflictEvery = settings.value(QStringLiteral("conflictEvery"), w.conflictEvery).toInt();
    if (!w.check(0).empty()) w = mtl::WeightingConfig();  // a hand-edited settings file
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
    const mtl::WeightingConfig& w = c.weighting;
    settings.setValue(QStringLiteral("weighting"),
                      QString::fromLatin1(mtl::weightingName(w.method)));
    settings.setValue(QStringLiteral("gradnormAlpha"), w.gradnormAlpha);
    settings.setValue(QStringLiteral("dwaTemperature"), w.dwaT);
    settings.setValue(QStringLiteral("cagradC"), w.cagradC);
    settings.setValue(QStringLiteral("pleGamma"), w.pleGamma.empty() ? 1.0 : w.pleGamma.front());
    settings.setValue(QStringLiteral("conflictEvery"), w.conflictEvery);
}

}  // namespace mtl::ui
