// The guided lessons (ui/learn), driven through the Lessons panel's buttons in the main window:
// every lesson runs end to end on small data (LessonPanel::setScale): each step's Set up, its run
// or experiment waited for, its question answered (Check) and Next; no error dialog appears, the
// graph is the lesson's template and each step's highlighted widget exists, is visible and is
// framed. A question's answer stays hidden until the user has answered and the run has finished
// (also while the run is paused); census-income's absence falls back to synthetic data with a
// note; the precomputed results load as complete experiments; Help > Lessons... opens the dock.
//
// Screenshots (not a test): MTL_LESSON_SHOTS=<dir> [MTL_LESSON_SCALE=1] runs the function
// screenshots(), which saves one step of each lesson at 1024x768 as <dir>/lesson-<id>.png.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <algorithm>

#include "app/MainWindow.h"
#include "data/Census.h"
#include "editor/GraphDocument.h"
#include "experiment/ExperimentController.h"
#include "experiment/ExperimentsPanel.h"
#include "graph/Templates.h"
#include "learn/Lesson.h"
#include "learn/LessonPanel.h"
#include "train/DataPanel.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

constexpr double kTestScale = 0.01;  // 100 rows -> 200, 100 epochs -> 1, 5 seeds -> 2
constexpr int kLong = 120000;        // ms: generous for a loaded 2-core machine

// Every dialog shown while it lives: recorded and closed (a test then fails on the list).
class DialogWatcher : public QObject {
public:
    DialogWatcher() { qApp->installEventFilter(this); }
    ~DialogWatcher() override { qApp->removeEventFilter(this); }
    QStringList shown;

protected:
    bool eventFilter(QObject* o, QEvent* e) override {
        if (e->type() == QEvent::Show)
            if (auto* d = qobject_cast<QDialog*>(o)) {
                auto* box = qobject_cast<QMessageBox*>(d);
                shown << (box ? box->text() : d->windowTitle());
                QTimer::singleShot(0, d, &QDialog::reject);
            }
        return false;
    }
};

QStringList nodeNames(const Graph& g) {
    QStringList names;
    for (const Node& n : g.nodes()) names << QString::fromStdString(n.name);
    names.sort();
    return names;
}

QStringList templateNodeNames(const QString& key) {
    TemplateOptions o;
    o.schema = templateSchema(key.toStdString(), defaultSchema());
    return nodeNames(makeTemplate(key.toStdString(), o));
}

// The template the lesson's steps leave loaded (the last step that loads one).
QString lessonTemplate(const Lesson& l) {
    QString key;
    for (const LessonStep& s : l.steps)
        if (s.setup && !s.setup->templateKey.isEmpty()) key = s.setup->templateKey;
    return key;
}

// A click on a radio button's indicator (a click beyond its text does not count).
void click(QRadioButton* b) {
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
}

bool busy(MainWindow& w) {
    return w.trainer()->isActive() || w.experimentsPanel()->controller()->isActive();
}

// The frame covers the highlighted widget (in the frame's window's coordinates).
bool framed(LessonPanel* panel) {
    QWidget* t = panel->highlighted();
    QWidget* f = panel->highlightFrame();
    if (!t || !f || !f->isVisible() || !t->isVisible()) return false;
    return f->geometry() == QRect(t->mapTo(t->window(), QPoint(0, 0)), t->size());
}

}  // namespace

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() { QSettings().clear(); }

    void lessonsAreWellFormed() {
        const QVector<Lesson> list = lessons();
        QCOMPARE(list.size(), 6);
        QStringList ids;
        for (const Lesson& l : list) {
            QVERIFY(!l.id.isEmpty() && !l.title.isEmpty());
            QVERIFY2(!ids.contains(l.id), qPrintable(l.id));
            ids << l.id;
            QVERIFY(l.steps.size() >= 2 && l.steps.size() <= 5);
            QVERIFY2(!lessonTemplate(l).isEmpty(), qPrintable(l.id));
            for (const LessonStep& s : l.steps) {
                QVERIFY(!s.title.isEmpty() && !s.text.isEmpty());
                if (!s.question.prompt.isEmpty()) QVERIFY(s.question.isValid());
                QVERIFY(s.question.choices.size() <= 4);
            }
        }
    }

    void precomputedResultsLoad() {
        for (const QString& file :
             {QStringLiteral("fig4-sb-investigation.jsonl"), QStringLiteral("mmoe-table1.jsonl")}) {
            exp::ExperimentRecord record;
            QString error;
            QVERIFY2(loadPrecomputed(QStringLiteral(":/lessons/results/") + file,
                                     QStringLiteral("pre"), &record, &error),
                     qPrintable(error));
            QVERIFY(record.complete());
            QCOMPARE(record.runs.size(), record.cells);
            QCOMPARE(record.name, std::string("pre"));
        }
        QCOMPARE(exp::entriesFromCanonical("arch=mmoe(experts=4;expert-units=8),omoe;seeds=2;"),
                 (std::vector<std::pair<std::string, std::string>>{
                     {"arch", "mmoe(experts=4;expert-units=8),omoe"}, {"seeds", "2"}}));
        exp::ExperimentRecord record;
        QString error;
        QVERIFY(
            !loadPrecomputed(QStringLiteral(":/lessons/results/none.jsonl"), {}, &record, &error));
        QVERIFY(error.contains(QLatin1String("none.jsonl")));
    }

    void helpMenuOpensTheLessonsDock() {
        MainWindow w;
        w.show();
        auto* dock = w.findChild<QDockWidget*>(QStringLiteral("lessonsDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QVERIFY(dock->toggleViewAction());
        w.action(QStringLiteral("lessons"))->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(w.lessonPanel()->isVisible());
        w.document()->markClean();
    }

    void everyLessonRunsEndToEnd() {
        DialogWatcher dialogs;
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        w.action(QStringLiteral("lessons"))->trigger();
        LessonPanel* panel = w.lessonPanel();
        panel->setScale(kTestScale);
        QElapsedTimer clock;
        clock.start();
        for (int li = 0; li < panel->lessonList().size(); ++li) {
            const Lesson& lesson = panel->lessonList()[li];
            panel->lessonChooser()->setCurrentIndex(li);
            QCOMPARE(panel->currentLesson(), li);
            for (int si = 0; si < lesson.steps.size(); ++si) {
                const LessonStep& step = lesson.steps[si];
                const QString where = QStringLiteral("%1, step %2").arg(lesson.id).arg(si + 1);
                QCOMPARE(panel->currentStep(), si);
                QCOMPARE(panel->findChild<QScrollArea*>()->verticalScrollBar()->value(), 0);
                QCOMPARE(panel->progressLabel()->text(),
                         QStringLiteral("Step %1 of %2").arg(si + 1).arg(lesson.steps.size()));
                QCOMPARE(panel->setUpButton()->isVisible(), step.setup.has_value());
                if (step.setup) {
                    const size_t runs = w.runs().size();
                    const size_t experiments = w.experimentsPanel()->experiments().size();
                    QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);
                    QTRY_VERIFY_WITH_TIMEOUT(!panel->isWaiting() && !busy(w), kLong);
                    if (step.setup->start == LessonSetup::Start::Training)
                        QCOMPARE(w.runs().size(), runs + 1);
                    if (step.setup->start == LessonSetup::Start::Experiment) {
                        QCOMPARE(w.experimentsPanel()->experiments().size(), experiments + 1);
                        QVERIFY2(w.experimentsPanel()->experiments().back().complete(),
                                 qPrintable(where));
                    }
                    if (!step.setup->precomputed.isEmpty()) {
                        const int current = w.experimentsPanel()->currentExperiment();
                        QVERIFY(current >= 0);
                        QCOMPARE(QString::fromStdString(
                                     w.experimentsPanel()->experiments()[size_t(current)].name),
                                 step.setup->precomputedName);
                    }
                    QVERIFY2(!panel->noteLabel()->text().contains(QLatin1String("cancel")),
                             qPrintable(where));
                    // Census-income where its files are found; else the synthetic fallback
                    // (censusMissingFallsBackToSynthetic checks its note).
                    if (step.setup->data && step.setup->data->kind == DataSpec::Kind::Census)
                        QVERIFY2(w.dataPanel()->spec().kind == (defaultCensusDir().empty()
                                                                    ? DataSpec::Kind::Synthetic
                                                                    : DataSpec::Kind::Census),
                                 qPrintable(where + panel->noteLabel()->text()));
                }
                if (step.question.isValid()) {
                    QRadioButton* choice = panel->choiceButton(step.question.answer);
                    QVERIFY(choice->isVisible() && choice->isEnabled());
                    QCOMPARE(panel->choiceLabel(step.question.answer)->text(),
                             step.question.choices[step.question.answer]);
                    // Its text chooses it too.
                    QTest::mouseClick(panel->choiceLabel(step.question.answer), Qt::LeftButton);
                    QVERIFY(choice->isChecked());
                    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
                    QVERIFY2(panel->isAnswerShown(), qPrintable(where));
                    QVERIFY(panel->answerLabel()->text().startsWith(QLatin1String("<b>Right")));
                }
                if (!step.highlight.isEmpty()) {
                    QVERIFY2(panel->highlighted(), qPrintable(where + ": " + step.highlight));
                    QCOMPARE(panel->highlighted()->objectName(), step.highlight);
                    QTRY_VERIFY2(panel->highlighted()->isVisible(), qPrintable(where));
                    QTRY_VERIFY2(framed(panel), qPrintable(where));
                }
                QVERIFY2(dialogs.shown.isEmpty(), qPrintable(dialogs.shown.join('\n')));
                // The step fits the dock's width (text wraps; nothing runs off to the right).
                auto* area = panel->findChild<QScrollArea*>();
                QVERIFY(area && area->widget());
                QTRY_VERIFY2(area->widget()->width() <= area->viewport()->width(),
                             qPrintable(where));
                if (si + 1 < lesson.steps.size()) {
                    QVERIFY(panel->nextButton()->isEnabled());
                    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
                } else {
                    QVERIFY(!panel->nextButton()->isEnabled());
                }
            }
            QCOMPARE(nodeNames(w.document()->graph()), templateNodeNames(lessonTemplate(lesson)));
        }
        QVERIFY2(dialogs.shown.isEmpty(), qPrintable(dialogs.shown.join('\n')));
        qInfo("all lessons: %.1f s", clock.elapsed() / 1000.0);
        w.document()->markClean();
    }

    // Predict, then run: the answer waits for both the answer and the end of the run.
    void answerHiddenUntilTheRunFinished() {
        DialogWatcher dialogs;
        MainWindow w;
        w.show();
        w.showLessons();
        LessonPanel* panel = w.lessonPanel();
        panel->setScale(kTestScale);
        const int sparse = 4;  // Top-k: a training run
        panel->lessonChooser()->setCurrentIndex(sparse);
        const LessonQuestion q = panel->lessonList()[sparse].steps[0].question;
        QVERIFY(q.isValid());

        // Answered before Set up: noted, not revealed.
        const int wrong = q.answer == 0 ? 1 : 0;
        click(panel->choiceButton(wrong));
        QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
        QVERIFY(!panel->isAnswerShown());
        QVERIFY(panel->answerLabel()->isVisible());
        QVERIFY(!panel->answerLabel()->text().contains(q.explanation));
        QVERIFY(!panel->choiceButton(q.answer)->isEnabled());  // the prediction is kept

        // Set up, paused at once: the run has not finished, the answer stays hidden.
        QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);
        QVERIFY(panel->isWaiting());
        QVERIFY(!panel->setUpButton()->isEnabled());
        // Paused before its first batch (the Pause action waits for the data to load; the
        // controller takes the request at once): the run cannot finish before the checks below.
        QVERIFY(w.trainer()->isActive());
        w.trainer()->pause();
        QTRY_VERIFY_WITH_TIMEOUT(w.trainer()->state() == TrainingController::State::Paused, kLong);
        QTest::qWait(100);
        QVERIFY(!panel->isAnswerShown());
        QVERIFY(!panel->answerLabel()->text().contains(q.explanation));
        // Set up again while the run is going on is refused.
        QVERIFY(!panel->setUpButton()->isEnabled());

        w.trainingPanel()->pauseAction()->trigger();  // Resume
        QTRY_VERIFY_WITH_TIMEOUT(panel->isAnswerShown(), kLong);
        QVERIFY(!w.trainer()->isActive());
        QVERIFY(panel->answerLabel()->text().contains(QLatin1String("Not quite")));
        QVERIFY(panel->answerLabel()->text().contains(q.explanation.toHtmlEscaped()));

        // Run first, answer afterwards: revealed on Check. Another step resets the question.
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        const LessonQuestion q2 = panel->lessonList()[sparse].steps[1].question;
        QVERIFY(!panel->isAnswerShown());
        QVERIFY(!panel->answerLabel()->isVisible());
        QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isWaiting(), kLong);
        QVERIFY(!panel->isAnswerShown());
        QVERIFY(!panel->checkButton()->isEnabled());  // nothing chosen yet
        click(panel->choiceButton(q2.answer));
        QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
        QVERIFY(panel->isAnswerShown());
        QVERIFY(panel->answerLabel()->text().startsWith(QLatin1String("<b>Right")));
        QVERIFY2(dialogs.shown.isEmpty(), qPrintable(dialogs.shown.join('\n')));
        w.document()->markClean();
    }

    // Census-income files not found: the step says so and trains on synthetic data instead.
    void censusMissingFallsBackToSynthetic() {
        DialogWatcher dialogs;
        QTemporaryDir empty;
        MainWindow w;
        w.show();
        w.showLessons();
        DataSpec nowhere;
        nowhere.census.dir = empty.path().toStdString();
        w.dataPanel()->setSpec(nowhere);
        LessonPanel* panel = w.lessonPanel();
        panel->setScale(kTestScale);
        panel->lessonChooser()->setCurrentIndex(1);  // MMoE's gates on census-income
        QCOMPARE(panel->lessonList()[1].steps[0].setup->data->kind, DataSpec::Kind::Census);
        QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);
        QVERIFY(panel->noteLabel()->isVisible());
        QVERIFY2(panel->noteLabel()->text().contains(QLatin1String("not found")),
                 qPrintable(panel->noteLabel()->text()));
        QVERIFY(panel->noteLabel()->text().contains(QLatin1String("instead")));
        QCOMPARE(w.dataPanel()->spec().kind, DataSpec::Kind::Synthetic);
        QVERIFY(w.dataPanel()->spec().synthetic.binary);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isWaiting(), kLong);
        QCOMPARE(w.runs().size(), size_t(1));
        QCOMPARE(nodeNames(w.document()->graph()), templateNodeNames(QStringLiteral("mmoe")));
        QVERIFY2(dialogs.shown.isEmpty(), qPrintable(dialogs.shown.join('\n')));
        w.document()->markClean();
    }

    // The setup is one undoable step for the graph, and Set up while a run is active is refused
    // with the reason (nothing changes).
    void setupIsUndoableAndRefusedWhileBusy() {
        MainWindow w;
        w.show();
        w.showLessons();
        LessonPanel* panel = w.lessonPanel();
        panel->setScale(kTestScale);
        const QStringList before = nodeNames(w.document()->graph());
        panel->lessonChooser()->setCurrentIndex(0);
        QString message;
        LessonSetup setup = scaledSetup(*panel->lessonList()[0].steps[0].setup, kTestScale);
        setup.start = LessonSetup::Start::Nothing;
        QVERIFY(w.applyLessonSetup(setup, &message));
        QCOMPARE(nodeNames(w.document()->graph()),
                 templateNodeNames(QStringLiteral("shared_bottom")));
        QCOMPARE(w.trainingPanel()->config().epochs, setup.epochs);
        QVERIFY(w.document()->undoStack()->canUndo());
        w.document()->undoStack()->undo();
        QCOMPARE(nodeNames(w.document()->graph()), before);

        QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);  // trains Shared-Bottom
        QVERIFY(w.trainer()->isActive());
        w.trainer()->pause();
        LessonSetup other = scaledSetup(*panel->lessonList()[4].steps[0].setup, kTestScale);
        QVERIFY(!w.applyLessonSetup(other, &message));
        QVERIFY(message.contains(QLatin1String("run")));
        QCOMPARE(nodeNames(w.document()->graph()),
                 templateNodeNames(QStringLiteral("shared_bottom")));
        w.trainingPanel()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.trainer()->isActive(), kLong);
        w.document()->markClean();
    }

    // The Experiments panel's setter shows a lesson's grid in its controls, or refuses an entry
    // the controls cannot show and changes nothing.
    void experimentsPanelTakesALessonGrid() {
        MainWindow w;
        ExperimentsPanel* panel = w.experimentsPanel();
        const auto before = panel->gridEntries();
        QString error;
        QVERIFY(!panel->setGrid(QStringLiteral("x"), {{"arch", "mmoe"}, {"batch", "64"}}, &error));
        QVERIFY(error.contains(QLatin1String("batch=64")));
        QVERIFY(!panel->setGrid(QStringLiteral("x"), {{"arch", "nosuch"}}, &error));
        QVERIFY(error.contains(QLatin1String("nosuch")));
        QVERIFY(panel->gridEntries() == before);
        const LessonSetup setup = *lessons()[0].steps[1].setup;  // lessons() is a new list
        QVERIFY(panel->setGrid(setup.experimentName, setup.experiment, &error));
        auto entries = panel->gridEntries();
        std::sort(entries.begin(), entries.end());
        auto expected = setup.experiment;
        for (auto& [name, value] : expected)
            if (name == "arch") value = "shared_bottom,mmoe";  // in the list's order
        std::sort(expected.begin(), expected.end());
        QCOMPARE(entries, expected);
        w.document()->markClean();
    }

    // Not a test: screenshots of one step of each lesson (see the top of the file).
    void screenshots() {
        const QString dir = qEnvironmentVariable("MTL_LESSON_SHOTS");
        if (dir.isEmpty()) QSKIP("set MTL_LESSON_SHOTS=<dir> to take the lesson screenshots");
        const double scale = qEnvironmentVariableIsSet("MTL_LESSON_SCALE")
                                 ? qEnvironmentVariable("MTL_LESSON_SCALE").toDouble()
                                 : 1.0;
        // The step shown per lesson (0-based).
        const QMap<QString, int> shown = {{"relatedness", 1},  {"mmoe-gates", 0},
                                          {"omoe-vs-mmoe", 1}, {"ple", 0},
                                          {"sparse-gates", 1}, {"esmm", 0}};
        DialogWatcher dialogs;
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        w.showLessons();
        LessonPanel* panel = w.lessonPanel();
        panel->setScale(scale);
        for (int li = 0; li < panel->lessonList().size(); ++li) {
            const Lesson& lesson = panel->lessonList()[li];
            panel->lessonChooser()->setCurrentIndex(li);
            for (int si = 0; si <= shown.value(lesson.id); ++si) {
                panel->setStep(si);
                const LessonStep& step = lesson.steps[si];
                if (step.setup) {
                    QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);
                    QTRY_VERIFY_WITH_TIMEOUT(!panel->isWaiting() && !busy(w), 15 * 60000);
                }
                if (step.question.isValid()) {
                    click(panel->choiceButton(step.question.answer));
                    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
                }
            }
            QTest::qWait(600);
            QVERIFY(w.grab().save(dir + QStringLiteral("/lesson-%1.png").arg(lesson.id)));
        }
        QVERIFY2(dialogs.shown.isEmpty(), qPrintable(dialogs.shown.join('\n')));
        w.document()->markClean();
    }
};

QTEST_MAIN(TestLessons)
#include "tst_ui_lessons.moc"
