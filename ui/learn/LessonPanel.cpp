#include "learn/LessonPanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "app/MainWindow.h"
#include "experiment/ExperimentController.h"
#include "experiment/ExperimentsPanel.h"
#include "train/TrainingController.h"
#include "widgets/PanelParts.h"

namespace mtl::ui {

namespace {

// A coloured frame drawn over the widget a step asks the user to look at; mouse events go through.
class HighlightFrame : public QWidget {
public:
    static constexpr int kWidth = 3;
    explicit HighlightFrame(QWidget* parent) : QWidget(parent) {
        setObjectName(QStringLiteral("lessonHighlight"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(255, 140, 0), kWidth));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(
            QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0), 4,
            4);
    }
};

}  // namespace

LessonPanel::LessonPanel(MainWindow* window) : QWidget(window), window_(window) {
    setObjectName(QStringLiteral("lessonPanel"));
    lessons_ = lessons();

    auto* content = new QWidget;
    auto* v = new QVBoxLayout(content);
    chooser_ = new QComboBox;
    chooser_->setObjectName(QStringLiteral("lessonChooser"));
    chooser_->setToolTip(tr("Choose a lesson"));
    chooser_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    chooser_->setMinimumContentsLength(12);
    for (const Lesson& l : lessons_) chooser_->addItem(l.title, l.id);
    connect(chooser_, &QComboBox::currentIndexChanged, this, &LessonPanel::setLesson);
    v->addWidget(chooser_);
    summary_ = new QLabel;
    summary_->setWordWrap(true);
    v->addWidget(summary_);

    progress_ = new QLabel;
    progress_->setObjectName(QStringLiteral("lessonProgress"));
    title_ = sectionHeading(QString());
    title_->setWordWrap(true);
    v->addWidget(progress_);
    v->addWidget(title_);
    text_ = new QLabel;
    text_->setObjectName(QStringLiteral("lessonText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(text_);

    setUp_ = new QPushButton(tr("Set up"));
    setUp_->setObjectName(QStringLiteral("lessonSetUp"));
    setUp_->setToolTip(
        tr("Load this step's template, data and settings, and start its run or experiment"));
    connect(setUp_, &QPushButton::clicked, this, &LessonPanel::setUp);
    auto* setUpRow = new QHBoxLayout;
    setUpRow->addWidget(setUp_);
    setUpRow->addStretch(1);
    v->addLayout(setUpRow);
    note_ = new QLabel;
    note_->setObjectName(QStringLiteral("lessonNote"));
    note_->setWordWrap(true);
    v->addWidget(note_);

    question_ = new QGroupBox(tr("Predict, then run"));
    question_->setObjectName(QStringLiteral("lessonQuestion"));
    auto* q = new QVBoxLayout(question_);
    prompt_ = new QLabel;
    prompt_->setWordWrap(true);
    q->addWidget(prompt_);
    group_ = new QButtonGroup(this);
    // A choice is a radio button and a label beside it that wraps in a narrow dock (a radio
    // button's own text does not wrap); clicking the label chooses it too.
    for (int i = 0; i < 4; ++i) {
        auto* b = new QRadioButton;
        b->setObjectName(QStringLiteral("lessonChoice%1").arg(i));
        group_->addButton(b, i);
        auto* label = new QLabel;
        label->setObjectName(QStringLiteral("lessonChoiceText%1").arg(i));
        label->setWordWrap(true);
        label->setBuddy(b);
        label->installEventFilter(this);
        auto* row = new QHBoxLayout;
        row->addWidget(b, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        q->addLayout(row);
        choices_ << b;
        choiceTexts_ << label;
    }
    connect(group_, &QButtonGroup::idClicked, this, [this] { updateButtons(); });
    check_ = new QPushButton(tr("Check"));
    check_->setObjectName(QStringLiteral("lessonCheck"));
    check_->setToolTip(tr("Record your prediction; the answer follows once the results are in"));
    connect(check_, &QPushButton::clicked, this, &LessonPanel::check);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(check_);
    checkRow->addStretch(1);
    q->addLayout(checkRow);
    answer_ = new QLabel;
    answer_->setObjectName(QStringLiteral("lessonAnswer"));
    answer_->setWordWrap(true);
    q->addWidget(answer_);
    v->addWidget(question_);
    v->addStretch(1);

    back_ = new QPushButton(tr("Back"));
    back_->setObjectName(QStringLiteral("lessonBack"));
    next_ = new QPushButton(tr("Next"));
    next_->setObjectName(QStringLiteral("lessonNext"));
    connect(back_, &QPushButton::clicked, this, &LessonPanel::back);
    connect(next_, &QPushButton::clicked, this, &LessonPanel::next);
    auto* nav = new QHBoxLayout;
    nav->addWidget(back_);
    nav->addStretch(1);
    nav->addWidget(next_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll_ = verticalScrollArea(content);
    layout->addWidget(scroll_, 1);
    layout->addLayout(nav);

    follow_ = new QTimer(this);
    follow_->setInterval(200);
    connect(follow_, &QTimer::timeout, this, &LessonPanel::placeHighlight);

    // The end of the run or experiment a setup started.
    connect(window_->trainer(), &TrainingController::finished, this, [this] {
        if (waitingFor_ == LessonSetup::Start::Training) runEnded({});
    });
    connect(window_->trainer(), &TrainingController::failed, this, [this](const QString& m) {
        if (waitingFor_ == LessonSetup::Start::Training) runEnded(m);
    });
    ExperimentController* experiments = window_->experimentsPanel()->controller();
    connect(experiments, &ExperimentController::finished, this, [this](bool, bool cancelled) {
        if (waitingFor_ == LessonSetup::Start::Experiment)
            runEnded(cancelled ? tr("The experiment was cancelled: set up again to run it.")
                               : QString());
    });
    connect(experiments, &ExperimentController::failed, this, [this](const QString& m) {
        if (waitingFor_ == LessonSetup::Start::Experiment) runEnded(m);
    });

    setLesson(0);
}

LessonPanel::~LessonPanel() { delete frame_.data(); }

const LessonStep* LessonPanel::currentStepData() const {
    if (lesson_ < 0 || lesson_ >= lessons_.size()) return nullptr;
    const Lesson& l = lessons_[lesson_];
    return step_ >= 0 && step_ < l.steps.size() ? &l.steps[step_] : nullptr;
}

void LessonPanel::setLesson(int index) {
    if (index < 0 || index >= lessons_.size()) return;
    lesson_ = index;
    if (chooser_->currentIndex() != index) chooser_->setCurrentIndex(index);
    summary_->setText(lessons_[index].summary);
    setStep(0);
}

void LessonPanel::setStep(int index) {
    if (index < 0 || index >= lessons_[lesson_].steps.size()) return;
    step_ = index;
    waiting_ = false;
    waitingFor_ = LessonSetup::Start::Nothing;
    answered_ = -1;
    answerShown_ = false;
    const LessonStep* s = currentStepData();
    ran_ = !s->setup;  // nothing to wait for
    showStep();
}

void LessonPanel::showStep() {
    const LessonStep& s = *currentStepData();
    progress_->setText(tr("Step %1 of %2").arg(step_ + 1).arg(lessons_[lesson_].steps.size()));
    title_->setText(s.title);
    text_->setText(s.text);
    setUp_->setVisible(s.setup.has_value());
    note_->clear();
    note_->hide();
    const bool hasQuestion = s.question.isValid();
    question_->setVisible(hasQuestion);
    if (hasQuestion) {
        prompt_->setText(s.question.prompt);
        group_->setExclusive(false);  // lets the buttons be cleared
        for (int i = 0; i < choices_.size(); ++i) {
            choices_[i]->setChecked(false);
            choices_[i]->setVisible(i < s.question.choices.size());
            choices_[i]->setAccessibleName(s.question.choices.value(i));
            choiceTexts_[i]->setVisible(i < s.question.choices.size());
            choiceTexts_[i]->setText(s.question.choices.value(i));
        }
        group_->setExclusive(true);
    }
    answer_->clear();
    answer_->hide();

    scroll_->verticalScrollBar()->setValue(0);  // a new step starts at its text

    target_ = s.highlight.isEmpty() ? nullptr : window_->findChild<QWidget*>(s.highlight);
    if (target_ && isVisible()) bringToFront(target_);
    placeHighlight();
    updateButtons();
}

void LessonPanel::updateButtons() {
    const LessonStep* s = currentStepData();
    back_->setEnabled(step_ > 0);
    next_->setEnabled(step_ + 1 < lessons_[lesson_].steps.size());
    setUp_->setEnabled(!waiting_);
    const bool open = answered_ < 0 && s && s->question.isValid();
    for (QRadioButton* b : choices_) b->setEnabled(open);
    for (QLabel* l : choiceTexts_) l->setEnabled(open);
    check_->setEnabled(open && group_->checkedId() >= 0);
}

void LessonPanel::next() {
    if (step_ + 1 < lessons_[lesson_].steps.size()) setStep(step_ + 1);
}

void LessonPanel::back() {
    if (step_ > 0) setStep(step_ - 1);
}

void LessonPanel::setUp() {
    const LessonStep* s = currentStepData();
    if (!s || !s->setup || waiting_) return;
    const LessonSetup setup = scaledSetup(*s->setup, scale_);
    QString message;
    const bool ok = window_->applyLessonSetup(setup, &message);
    if (ok && setup.start != LessonSetup::Start::Nothing) {
        waiting_ = true;
        waitingFor_ = setup.start;
        ran_ = false;
        const QString running = setup.start == LessonSetup::Start::Experiment
                                    ? tr("The experiment is running; the answer to the question "
                                         "follows when it has finished.")
                                    : tr("The run is going on; the answer to the question "
                                         "follows when it has finished.");
        message = message.isEmpty() ? running : message + QLatin1Char(' ') + running;
    } else if (ok) {
        ran_ = true;
    }
    note_->setText(message);
    note_->setVisible(!message.isEmpty());
    if (target_) bringToFront(target_);
    placeHighlight();
    updateButtons();
    revealIfReady();
}

void LessonPanel::runEnded(const QString& problem) {
    waiting_ = false;
    waitingFor_ = LessonSetup::Start::Nothing;
    ran_ = problem.isEmpty();
    note_->setText(problem.isEmpty() ? tr("Finished: look at the framed panel.") : problem);
    note_->show();
    if (target_) bringToFront(target_);
    updateButtons();
    revealIfReady();
}

void LessonPanel::check() {
    const LessonStep* s = currentStepData();
    if (!s || !s->question.isValid() || answered_ >= 0) return;
    const int choice = group_->checkedId();
    if (choice < 0) return;
    answered_ = choice;
    updateButtons();
    revealIfReady();
}

void LessonPanel::revealIfReady() {
    const LessonStep* s = currentStepData();
    if (!s || !s->question.isValid() || answered_ < 0 || answerShown_) return;
    const QString yours = s->question.choices.value(answered_);
    if (waiting_ || !ran_) {
        answer_->setText(waiting_ ? tr("Your prediction: \"%1\". The answer follows when the "
                                       "results are in.")
                                        .arg(yours)
                                  : tr("Your prediction: \"%1\". Press Set up and wait for the "
                                       "results to see the answer.")
                                        .arg(yours));
        answer_->show();
        return;
    }
    answerShown_ = true;
    const QString verdict =
        answered_ == s->question.answer
            ? tr("<b>Right.</b>")
            : tr("<b>Not quite:</b> the answer is \"%1\".")
                  .arg(s->question.choices.value(s->question.answer).toHtmlEscaped());
    answer_->setText(verdict + QLatin1Char(' ') + s->question.explanation.toHtmlEscaped());
    answer_->show();
}

void LessonPanel::bringToFront(QWidget* target) {
    // Innermost first: the tab holding the target, then the dock holding that.
    for (QWidget* w = target; w && w != window_; w = w->parentWidget()) {
        if (auto* stack = qobject_cast<QStackedWidget*>(w->parentWidget())) {
            if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget()))
                tabs->setCurrentWidget(w);
            else
                stack->setCurrentWidget(w);
        }
        if (auto* dock = qobject_cast<QDockWidget*>(w)) {
            dock->show();
            dock->raise();
        }
    }
}

void LessonPanel::placeHighlight() {
    QWidget* target = target_;
    const bool show = target && isVisible() && target->isVisible();
    if (!show) {
        if (frame_) frame_->hide();
        follow_->stop();
        return;
    }
    if (!frame_ || frame_->parentWidget() != target->window()) {
        delete frame_.data();
        frame_ = new HighlightFrame(target->window());
    }
    const QPoint at = target->mapTo(target->window(), QPoint(0, 0));
    frame_->setGeometry(QRect(at, target->size()));
    frame_->show();
    frame_->raise();
    follow_->start();
}

bool LessonPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease)
        if (auto* label = qobject_cast<QLabel*>(watched)) {
            const int i = choiceTexts_.indexOf(label);
            if (i >= 0 && choices_[i]->isEnabled()) {
                choices_[i]->click();
                return true;
            }
        }
    return QWidget::eventFilter(watched, event);
}

void LessonPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (target_) bringToFront(target_);
    placeHighlight();
}

void LessonPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    placeHighlight();
}

}  // namespace mtl::ui
