#pragma once
// Guided lessons (the Lessons dock, LessonPanel): each lesson is a stable id, a title and a short
// sequence of steps. A step has rich text (a few sentences), and optionally:
//   - a one-click setup (LessonSetup): a template loaded as one undoable step, the data and the
//     training settings, precomputed results added to the Experiments panel, and a run or an
//     experiment started. The main window performs it (MainWindow::applyLessonSetup): lessons
//     never edit the graph themselves;
//   - a "predict, then run" question (multiple choice): its answer and explanation are shown only
//     once the user has answered and the step's run or experiment has finished;
//   - a highlight: the objectName of a widget to look at (its dock is raised and a frame drawn
//     around it).
// Every text goes through tr() in the context "Lessons"; lessons() builds them in the current
// language. scaledSetup() shrinks a setup's sizes (rows, epochs, seeds) for tests and quick looks.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "data/DataSpec.h"
#include "experiment/ExperimentRecord.h"

namespace mtl::ui {

struct LessonQuestion {
    QString prompt;
    QStringList choices;
    int answer = -1;  // index into choices
    QString explanation;
    bool isValid() const { return !prompt.isEmpty() && answer >= 0 && answer < choices.size(); }
};

struct LessonSetup {
    enum class Start { Nothing, Training, Experiment };
    QString templateKey;  // empty: the graph stays as it is
    std::optional<mtl::DataSpec> data;
    // Used instead of `data` when that cannot be loaded (census-income files not found); the
    // panel says so.
    std::optional<mtl::DataSpec> fallbackData;
    int epochs = 0;   // 0: keep the Training panel's value
    int batch = 0;    // likewise
    double lr = 0.0;  // likewise
    // An experiment (spec entries the Experiments panel's grid shows), run when start is
    // Experiment.
    QString experimentName;
    std::vector<std::pair<std::string, std::string>> experiment;
    // Precomputed results shipped with the app (a results file in the resources, e.g.
    // ":/lessons/results/fig4-sb-investigation.jsonl") added to the Experiments panel.
    QString precomputed;
    QString precomputedName;
    enum class Plot { Unchanged, Score, GateDivergence };
    Plot plot = Plot::Unchanged;  // what the Experiments panel's plot shows afterwards
    Start start = Start::Nothing;
};

struct LessonStep {
    QString title;
    QString text;  // rich text
    std::optional<LessonSetup> setup;
    LessonQuestion question;  // !isValid(): no question
    QString highlight;        // objectName of the widget to look at; empty: none
};

struct Lesson {
    QString id;  // stable (settings, tests)
    QString title;
    QString summary;
    QVector<LessonStep> steps;
};

// The lessons, in teaching order, in the current language.
QVector<Lesson> lessons();

// The data of ESMM's lesson: the synthetic click -> conversion funnel (DataSpec kind "funnel")
// with selection bias 1.
mtl::DataSpec funnelDataSpec();

// `setup` with its sizes multiplied by `scale` (0 < scale <= 1): synthetic training rows
// (at least 200), census-income rows (capped at scale x the file's rows, at least 2,000), epochs
// (at least 1), experiment seeds (at least 2) and rows. scale >= 1 returns `setup` unchanged.
LessonSetup scaledSetup(const LessonSetup& setup, double scale);

// The precomputed results file `resource` as an experiment named `name`. False with *error set
// when it cannot be read.
bool loadPrecomputed(const QString& resource, const QString& name,
                     mtl::exp::ExperimentRecord* record, QString* error);

}  // namespace mtl::ui
