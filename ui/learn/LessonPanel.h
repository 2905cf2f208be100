#pragma once
// The Lessons panel (a dock; View menu, Help > Lessons...): choose a lesson (learn/Lesson.h) and
// go through its steps with Back / Next ("Step 2 of 5"). "Set up" performs the step's one-click
// setup through the main window (MainWindow::applyLessonSetup: the panel never edits the graph
// itself) and waits for the run or experiment it started. A "predict, then run" question takes
// an answer (radio buttons, Check); the right answer and its explanation are shown only when the
// user has answered and the step's run or experiment has finished (or its precomputed results
// were loaded). The step's highlight target (a widget's objectName) is brought to the front (its
// dock raised, its tab chosen) and framed by a coloured overlay while the panel is visible.
#include <QPointer>
#include <QVector>
#include <QWidget>

#include "learn/Lesson.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QTimer;

namespace mtl::ui {

class MainWindow;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(MainWindow* window);
    ~LessonPanel() override;

    const QVector<Lesson>& lessonList() const { return lessons_; }
    int currentLesson() const { return lesson_; }
    int currentStep() const { return step_; }
    void setLesson(int index);  // its first step
    void setStep(int index);

    // Multiplies the sizes of every setup (rows, epochs, seeds) by `scale` (see scaledSetup()):
    // tests and quick looks. 1: the lessons as written.
    void setScale(double scale) { scale_ = scale; }

    // The step's setup started a run or an experiment that has not finished yet.
    bool isWaiting() const { return waiting_; }
    // The step's question has been answered and its answer is shown.
    bool isAnswerShown() const { return answerShown_; }
    // The step's highlight target when it exists (framed while the panel is shown), else null.
    QWidget* highlighted() const { return target_; }
    QWidget* highlightFrame() const { return frame_; }

    // For tests: the controls.
    QComboBox* lessonChooser() const { return chooser_; }
    QPushButton* setUpButton() const { return setUp_; }
    QPushButton* backButton() const { return back_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* checkButton() const { return check_; }
    QRadioButton* choiceButton(int index) const { return choices_.value(index); }
    QLabel* choiceLabel(int index) const { return choiceTexts_.value(index); }
    QLabel* answerLabel() const { return answer_; }
    QLabel* noteLabel() const { return note_; }
    QLabel* progressLabel() const { return progress_; }
    QLabel* textView() const { return text_; }

public slots:
    void setUp();
    void next();
    void back();
    void check();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const LessonStep* currentStepData() const;
    void showStep();
    void updateButtons();
    void runEnded(const QString& problem);
    void revealIfReady();
    void placeHighlight();
    void bringToFront(QWidget* target);

    MainWindow* window_ = nullptr;
    QVector<Lesson> lessons_;
    int lesson_ = 0;
    int step_ = 0;
    double scale_ = 1.0;
    bool waiting_ = false;  // the step's run or experiment is going on
    LessonSetup::Start waitingFor_ = LessonSetup::Start::Nothing;
    bool ran_ = false;          // the step's setup finished (results to look at)
    int answered_ = -1;         // the choice checked, -1: not yet
    bool answerShown_ = false;  // the answer and explanation are shown

    QScrollArea* scroll_ = nullptr;
    QComboBox* chooser_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* progress_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* text_ = nullptr;
    QPushButton* setUp_ = nullptr;
    QLabel* note_ = nullptr;
    QGroupBox* question_ = nullptr;
    QLabel* prompt_ = nullptr;
    QButtonGroup* group_ = nullptr;
    QVector<QRadioButton*> choices_;
    QVector<QLabel*> choiceTexts_;
    QPushButton* check_ = nullptr;
    QLabel* answer_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QPointer<QWidget> target_;
    QPointer<QWidget> frame_;
    QTimer* follow_ = nullptr;  // keeps the frame on its target while the layout changes
};

}  // namespace mtl::ui
