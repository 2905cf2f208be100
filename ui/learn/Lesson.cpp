#include "learn/Lesson.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <exception>

#include "experiment/Runner.h"

namespace mtl::ui {

namespace {

// The translation context of every lesson string.
class Lessons {
    Q_DECLARE_TR_FUNCTIONS(Lessons)
};

constexpr int kCensusTrainRows = 199523;  // census-income.data
constexpr int kCensusTestRows = 99762;    // census-income.test

mtl::DataSpec synthetic(double p, bool binary, int rows = 10000) {
    mtl::DataSpec d;
    d.kind = mtl::DataSpec::Kind::Synthetic;
    d.synthetic.p = p;
    d.synthetic.binary = binary;
    d.synthetic.nTrain = rows;
    return d;
}

mtl::DataSpec census(int group) {
    mtl::DataSpec d;
    d.kind = mtl::DataSpec::Kind::Census;
    d.census.group = group;  // the folder: the Data panel's (or the default one)
    return d;
}

LessonSetup train(const QString& templateKey, const mtl::DataSpec& data, int epochs, double lr,
                  int batch) {
    LessonSetup s;
    s.templateKey = templateKey;
    s.data = data;
    s.epochs = epochs;
    s.lr = lr;
    s.batch = batch;
    s.start = LessonSetup::Start::Training;
    return s;
}

// Census-income group 1, or binary synthetic data when its files are not there.
LessonSetup trainOnCensus(const QString& templateKey, int epochs) {
    LessonSetup s = train(templateKey, census(1), epochs, 1e-3, 256);
    s.fallbackData = synthetic(0.5, true);
    return s;
}

LessonSetup experiment(const QString& name, const QString& archs, int seeds, int epochs) {
    LessonSetup s;
    s.experimentName = name;
    s.experiment = {{"arch", archs.toStdString()},
                    {"data", "synthetic"},
                    {"p", "0, 0.5, 1"},
                    {"n-train", "10000"},
                    {"lr", "1e-2"},
                    {"seeds", std::to_string(seeds)},
                    {"epochs", std::to_string(epochs)}};
    s.start = LessonSetup::Start::Experiment;
    return s;
}

LessonSetup precomputed(const QString& file, const QString& name, LessonSetup::Plot plot) {
    LessonSetup s;
    s.precomputed = QStringLiteral(":/lessons/results/") + file;
    s.precomputedName = name;
    s.plot = plot;
    return s;
}

// `s` that also puts a template on the canvas (the architecture the step talks about), fitted
// to the synthetic data the step is about.
LessonSetup withTemplate(const QString& key, LessonSetup s) {
    s.templateKey = key;
    s.data = synthetic(0.5, false);
    return s;
}

LessonQuestion question(const QString& prompt, const QStringList& choices, int answer,
                        const QString& explanation) {
    return {prompt, choices, answer, explanation};
}

LessonStep step(const QString& title, const QString& text, std::optional<LessonSetup> setup = {},
                const LessonQuestion& q = {}, const QString& highlight = {}) {
    return {title, text, std::move(setup), q, highlight};
}

// 1. Task relatedness and Shared-Bottom (MMoE paper, Sec. 3 and Fig. 3).
Lesson relatedness() {
    Lesson l;
    l.id = QStringLiteral("relatedness");
    l.title = Lessons::tr("1. Task relatedness and Shared-Bottom");
    l.summary = Lessons::tr(
        "Does sharing one network hurt when tasks differ? Sweep the task "
        "correlation p.");
    l.steps << step(
        Lessons::tr("Shared-Bottom on two related tasks"),
        Lessons::tr(
            "<p><b>Shared-Bottom</b> is the classic multi-task network: one bottom network "
            "<i>f</i> shared by every task and a small tower <i>h<sup>k</sup></i> per task, "
            "<i>y<sub>k</sub></i> = <i>h<sup>k</sup></i>(<i>f</i>(<i>x</i>)).</p>"
            "<p>The MMoE paper (Ma et al. 2018, Sec. 3) builds two regression tasks whose "
            "relatedness is one number: the correlation <i>p</i> (the cosine between the two "
            "tasks' weight vectors). At <i>p</i> = 1 the tasks are the same, at <i>p</i> = 0 "
            "unrelated.</p><p><b>Set up</b> loads Shared-Bottom, synthetic data with <i>p</i> = "
            "0.5 and trains 30 epochs (a few seconds). Watch both tasks' losses in the "
            "Charts.</p>"),
        train(QStringLiteral("shared_bottom"), synthetic(0.5, false), 30, 1e-2, 128), {},
        QStringLiteral("chartsDock"));
    l.steps << step(
        Lessons::tr("Sweep the correlation"),
        Lessons::tr(
            "<p>One run proves little: seeds differ as much as architectures. <b>Set up</b> runs "
            "an experiment: Shared-Bottom and MMoE at <i>p</i> = 0, 0.5 and 1, 5 seeds each, 100 "
            "epochs on 10,000 rows (30 runs, about 1 to 2 minutes on 2 cores; measured 77 s). "
            "The plot shows each architecture's test loss against <i>p</i> with its 95% "
            "confidence interval shaded.</p>"
            "<p>The paper's claim (its Fig. 3): Shared-Bottom gets worse as the tasks diverge, "
            "because one shared representation has to serve both.</p>"),
        experiment(Lessons::tr("Lesson 1: Shared-Bottom vs MMoE across p"),
                   QStringLiteral("shared_bottom,mmoe"), 5, 100),
        question(Lessons::tr("Which architecture will have the lower test loss?"),
                 {Lessons::tr("Shared-Bottom, at every p"), Lessons::tr("MMoE, at every p"),
                  Lessons::tr("They will be the same")},
                 1,
                 Lessons::tr("MMoE. Measured with these settings: mean test MSE 0.034 / 0.026 / "
                             "0.030 for MMoE against 0.068 / 0.049 / 0.071 for Shared-Bottom at "
                             "p = 0 / 0.5 / 1. Look at the Paired differences table: a confidence "
                             "interval that excludes 0 is a difference that holds over the "
                             "seeds.")),
        QStringLiteral("experimentChart"));
    l.steps << step(
        Lessons::tr("Is the trend real? Precomputed results"),
        Lessons::tr(
            "<p>Five seeds give wide intervals. <b>Set up</b> adds precomputed results to the "
            "Experiments panel (nothing runs): MMoE and Shared-Bottom at <i>p</i> = 0, 0.5 and "
            "1, learning rates 1e-2 and 3e-2, <b>10 seeds, 300 epochs: 120 runs that took 11 "
            "minutes on 2 cores</b>. Each architecture's learning rate is chosen on the "
            "validation set.</p><p>Compare Shared-Bottom's test loss at the three values of "
            "<i>p</i>.</p>"),
        precomputed(QStringLiteral("fig4-sb-investigation.jsonl"),
                    Lessons::tr("Precomputed: MMoE vs Shared-Bottom, 10 seeds, 300 epochs"),
                    LessonSetup::Plot::Score),
        question(Lessons::tr("Does Shared-Bottom's test loss rise steadily as p falls from 1 "
                             "to 0, as the paper found?"),
                 {Lessons::tr("Yes, clearly"), Lessons::tr("No: there is no clear trend")}, 1,
                 Lessons::tr("No. Shared-Bottom's test MSE is 0.023 / 0.028 / 0.025 at p = 0 / "
                             "0.5 / 1, with wide intervals: a few seeds train badly and set the "
                             "mean. MMoE is flat (0.012 to 0.014) and better than Shared-Bottom "
                             "at every p. A lesson in itself: a paper's trend has to be measured, "
                             "with intervals, before it is believed.")),
        QStringLiteral("pairedTable"));
    return l;
}

// 2. MMoE's gates on census-income.
Lesson gates() {
    Lesson l;
    l.id = QStringLiteral("mmoe-gates");
    l.title = Lessons::tr("2. MMoE's gates");
    l.summary = Lessons::tr(
        "Each task has its own gate over shared experts: do the tasks choose "
        "different experts?");
    l.steps << step(
        Lessons::tr("One gate per task"),
        Lessons::tr(
            "<p><b>MMoE</b> shares <i>n</i> experts <i>f<sub>i</sub></i> between the tasks, and "
            "gives each task <i>k</i> its own gate, a softmax over the experts: "
            "<i>g<sup>k</sup></i>(<i>x</i>) = softmax(<i>W<sub>gk</sub> x</i>), "
            "<i>f<sup>k</sup></i>(<i>x</i>) = &sum;<sub><i>i</i></sub> "
            "<i>g<sup>k</sup></i>(<i>x</i>)<sub><i>i</i></sub> <i>f<sub>i</sub></i>(<i>x</i>), "
            "<i>y<sub>k</sub></i> = <i>h<sup>k</sup></i>(<i>f<sup>k</sup></i>(<i>x</i>)).</p>"
            "<p><b>Set up</b> trains MMoE (8 experts) on census-income, group 1: income above "
            "50K and never married, 4 epochs (about half a minute, most of it reading the "
            "files). If the census-income files are not found, the step says so and uses "
            "binary synthetic data instead.</p>"),
        trainOnCensus(QStringLiteral("mmoe"), 4),
        question(Lessons::tr("Will the income gate and the marital-status gate put their weight "
                             "on the same experts?"),
                 {Lessons::tr("Yes, on the same experts"),
                  Lessons::tr("No, mostly on different experts"),
                  Lessons::tr("Neither: both stay spread evenly")},
                 1,
                 Lessons::tr("Mostly different experts. In two runs measured here, the income "
                             "gate gave 0.78 (seed 1) and 0.60 (seed 2) of its weight to one "
                             "expert that the marital gate hardly used (0.01 to 0.02), while "
                             "the marital gate spread over two others. The gates learn to route "
                             "each task to experts that suit it; which experts they are changes "
                             "with the seed.")),
        QStringLiteral("gatesDock"));
    l.steps << step(
        Lessons::tr("Reading the gate heatmap"),
        Lessons::tr(
            "<p>In the Gates panel each row is a task's gate and each column an expert; the "
            "colour is the gate's mean weight on the validation set. Hover a cell for the exact "
            "value and its spread; move the epoch slider to see the gates specialise as "
            "training goes on. Clicking an expert selects its block on the canvas, where a small "
            "grid under the experts shows the same use in each task's colour.</p>"
            "<p>A row close to 1/<i>n</i> everywhere is a gate that has not chosen yet.</p>"),
        std::nullopt, {}, QStringLiteral("gatesDock"));
    return l;
}

// 3. OMoE vs MMoE across correlation (MMoE paper, Fig. 4), with gate divergence.
Lesson omoe() {
    Lesson l;
    l.id = QStringLiteral("omoe-vs-mmoe");
    l.title = Lessons::tr("3. OMoE vs MMoE across correlation");
    l.summary = Lessons::tr("One gate for all tasks or one per task: when does it matter?");
    l.steps << step(
        Lessons::tr("One gate or one per task"),
        Lessons::tr(
            "<p><b>OMoE</b> (one-gate mixture of experts) mixes the experts with a single gate "
            "for all tasks, <i>y</i> = &sum;<sub><i>i</i></sub> "
            "<i>g</i>(<i>x</i>)<sub><i>i</i></sub> <i>f<sub>i</sub></i>(<i>x</i>), then a tower "
            "per task. MMoE gives each task its own gate. The paper's Fig. 4: the gap between "
            "them grows as the tasks' correlation falls.</p>"
            "<p><b>Set up</b> puts OMoE on the canvas and runs an experiment: OMoE and MMoE at "
            "<i>p</i> = 0, 0.5 and 1, 5 seeds, 100 epochs on 10,000 rows (30 runs, about 1 to 2 "
            "minutes on 2 cores; measured 76 s).</p>"),
        withTemplate(QStringLiteral("omoe"),
                     experiment(Lessons::tr("Lesson 3: OMoE vs MMoE across p"),
                                QStringLiteral("omoe,mmoe"), 5, 100)),
        question(Lessons::tr("At p = 1 (identical tasks), will 5 seeds tell MMoE and OMoE "
                             "apart?"),
                 {Lessons::tr("Yes: MMoE is clearly better"),
                  Lessons::tr("No: the paired interval includes 0")},
                 1,
                 Lessons::tr("No. Identical tasks need no separate gates, so one gate does as "
                             "well: measured here, OMoE - MMoE = 0.004 +- 0.008 (task 1 test MSE) "
                             "at p = 1. With 20 seeds and 100 epochs (README, 7 minutes) MMoE's "
                             "test MSE is lower at p = 0.5 (by 0.013 +- 0.006) and still not "
                             "distinguishable at p = 1; 5 seeds are too few to separate the two "
                             "at p = 0.5.")),
        QStringLiteral("pairedTable"));
    l.steps << step(
        Lessons::tr("Gate divergence against p"),
        Lessons::tr(
            "<p>How differently do MMoE's two gates use the experts? The <b>gate divergence</b> "
            "is the Jensen-Shannon divergence between the tasks' mean gate distributions: 0 when "
            "both gates weigh the experts alike, ln 2 = 0.69 at most.</p>"
            "<p><b>Set up</b> puts MMoE on the canvas and adds precomputed results (MMoE and "
            "Shared-Bottom at <i>p</i> = 0, "
            "0.5, 1; <b>10 seeds, 300 epochs, 120 runs, 11 minutes on 2 cores</b>) and plots "
            "the gate divergence against <i>p</i>. Your own experiment of the step before has "
            "the same plot (choose it in the list).</p>"),
        withTemplate(
            QStringLiteral("mmoe"),
            precomputed(QStringLiteral("fig4-sb-investigation.jsonl"),
                        Lessons::tr("Precomputed: MMoE vs Shared-Bottom, 10 seeds, 300 epochs"),
                        LessonSetup::Plot::GateDivergence)),
        question(
            Lessons::tr("As p goes from 1 (identical tasks) to 0 (unrelated tasks), what "
                        "happens to the divergence between MMoE's gates?"),
            {Lessons::tr("It rises"), Lessons::tr("It falls"), Lessons::tr("It stays the same")}, 0,
            Lessons::tr("It rises: 0.012 at p = 1, 0.25 at p = 0.5 and 0.43 at p = 0 (mean "
                        "of 10 seeds). Unrelated tasks get routed to different experts, "
                        "which OMoE's single gate cannot do.")),
        QStringLiteral("experimentChart"));
    return l;
}

// 4. PLE: task-specific and shared experts, per-level heatmaps, the seesaw.
Lesson ple() {
    Lesson l;
    l.id = QStringLiteral("ple");
    l.title = Lessons::tr("4. PLE: task-specific and shared experts");
    l.summary = Lessons::tr("Experts of one's own, experts in common, and the seesaw.");
    l.steps << step(
        Lessons::tr("Experts of one's own"),
        Lessons::tr(
            "<p><b>CGC</b> (Tang et al. 2020) gives each task <i>k</i> its own experts "
            "<i>E</i><sub>(<i>k</i>,1)</sub> ... <i>E</i><sub>(<i>k</i>,<i>m<sub>k</sub></i>)"
            "</sub> beside shared ones <i>E</i><sub>(<i>s</i>,1)</sub> ... Task <i>k</i>'s gate "
            "sees only its own and the shared experts: <i>g<sup>k</sup></i>(<i>x</i>) = "
            "<i>w<sup>k</sup></i>(<i>x</i>) <i>S<sup>k</sup></i>(<i>x</i>). <b>PLE</b> stacks "
            "such levels; a shared gate between levels mixes all experts for the next level.</p>"
            "<p><b>Set up</b> trains PLE (2 levels) on census-income group 1, 3 epochs (binary "
            "synthetic data if the census-income files are not found). The Gates panel shows "
            "one heatmap per level.</p>"),
        trainOnCensus(QStringLiteral("ple"), 3),
        question(Lessons::tr("In a level's heatmap, which cells are hatched (not used)?"),
                 {Lessons::tr("The shared experts, in every row"),
                  Lessons::tr("The other task's own experts"),
                  Lessons::tr("None: every gate sees every expert")},
                 1,
                 Lessons::tr("A task's gate never sees the other task's own experts, so those "
                             "cells are hatched. The shared gate (row \"shared\") sees them "
                             "all. This is how CGC keeps some capacity for each task alone.")),
        QStringLiteral("gatesDock"));
    l.steps << step(
        Lessons::tr("The seesaw: MTL gain per task"),
        Lessons::tr(
            "<p>Multi-task learning often helps one task and hurts another (the <b>seesaw</b>). "
            "The PLE paper measures it per task with the <b>MTL gain</b>: a task's metric "
            "with the multi-task model minus its metric with a single-task model (Eq. 11; "
            "positive is better). The Paired differences table lists Single-task - PLE: that "
            "gain with its sign turned (negative there: PLE is better), seed by seed, with its "
            "interval.</p>"
            "<p><b>Set up</b> adds precomputed results: census-income group 1, seven "
            "architectures from Single-task to PLE, <b>20 seeds, 5 epochs: 140 runs, 11 "
            "minutes on 2 cores</b>.</p>"),
        precomputed(QStringLiteral("mmoe-table1.jsonl"),
                    Lessons::tr("Precomputed: census-income group 1, 7 architectures, 20 seeds"),
                    LessonSetup::Plot::Score),
        question(Lessons::tr("What is PLE's MTL gain on the income task here?"),
                 {Lessons::tr("Clearly positive"), Lessons::tr("About zero or slightly negative"),
                  Lessons::tr("Strongly negative")},
                 1,
                 Lessons::tr("Slightly negative: income test AUC 0.9473 for PLE against 0.9480 "
                             "for single-task models (gain -0.0007), and marital status is "
                             "0.9946 for every architecture (gain 0: the task is saturated, so "
                             "sharing has nothing to give it). On this data no architecture beats "
                             "single-task models; PLE's seesaw is milder than OMoE's (-0.0019).")),
        QStringLiteral("pairedTable"));
    return l;
}

// 5. Sparse gates: Top-k and DSelect-k.
Lesson sparse() {
    Lesson l;
    l.id = QStringLiteral("sparse-gates");
    l.title = Lessons::tr("5. Sparse gates: Top-k and DSelect-k");
    l.summary = Lessons::tr("Gates that use k of n experts per example.");
    l.steps << step(
        Lessons::tr("Top-k: keep the k largest"),
        Lessons::tr(
            "<p>A softmax gate gives every expert some weight, so every expert runs for every "
            "example. A <b>Top-k</b> gate keeps the <i>k</i> largest gate logits and sets the "
            "rest to minus infinity before the softmax: each example uses <i>k</i> of the "
            "<i>n</i> experts. The noisy variant adds learned noise so that more experts get "
            "tried. The choice jumps from one expert to another: Top-k is not smooth.</p>"
            "<p><b>Set up</b> trains MMoE with Top-2 gates over 8 experts on binary synthetic "
            "data, 20 epochs.</p>"),
        train(QStringLiteral("mmoe_topk"), synthetic(0.5, true), 20, 1e-2, 128),
        question(Lessons::tr("With k = 2 of 8 experts, how many experts does one example use?"),
                 {Lessons::tr("2"), Lessons::tr("8, with small weights on 6"),
                  Lessons::tr("It depends on the batch")},
                 0,
                 Lessons::tr("Exactly 2: the other 6 get weight 0 for that example. The heatmap "
                             "shows the mean over the validation examples, so more than 2 "
                             "columns can be coloured: different examples choose different "
                             "pairs.")),
        QStringLiteral("gatesDock"));
    l.steps << step(
        Lessons::tr("DSelect-k: smooth and sparse"),
        Lessons::tr(
            "<p><b>DSelect-k</b> (Hazimeh et al. 2021) has <i>k</i> selectors. Each picks one "
            "expert through a binary code of its index: each bit is a <b>smooth-step</b> "
            "function of a learned parameter, 0 or 1 outside a small interval and smooth "
            "inside it. Gradients flow while the selectors are undecided; as training goes on "
            "the bits settle at exactly 0 or 1 and the gate becomes sparse.</p>"
            "<p><b>Set up</b> trains MMoE with DSelect-2 gates on the same data. Scrub the "
            "epoch slider in the Gates panel: the weights concentrate on few experts.</p>"),
        train(QStringLiteral("mmoe_dselect"), synthetic(0.5, true), 20, 1e-2, 128),
        question(Lessons::tr("How does DSelect-k differ from Top-k?"),
                 {Lessons::tr("It is smooth, and becomes sparse"),
                  Lessons::tr("It uses every expert"), Lessons::tr("It picks experts at random")},
                 0,
                 Lessons::tr("DSelect-k is differentiable everywhere: the smooth-step lets "
                             "gradient descent choose the experts, and the choice becomes "
                             "exactly sparse (k experts) once the selectors settle. Top-k's "
                             "choice changes in jumps that gradients do not see. The gates here "
                             "choose per example, so after 20 epochs the heatmap's means still "
                             "spread over more than k experts, as with Top-k.")),
        QStringLiteral("gatesDock"));
    return l;
}

// 6. ESMM: pCTCVR = pCTR x pCVR over the entire space.
Lesson esmm() {
    Lesson l;
    l.id = QStringLiteral("esmm");
    l.title = Lessons::tr("6. ESMM: training over the entire space");
    l.summary = Lessons::tr(
        "Why pCTCVR = pCTR x pCVR trains over the entire space, and what it gains on a funnel.");
    LessonSetup setup = train(QStringLiteral("esmm"), funnelDataSpec(), 10, 1e-3, 256);
    l.steps << step(
        Lessons::tr("Conversion is only seen after a click"),
        Lessons::tr(
            "<p>In advertising, a user sees an impression, may click, and after a click may "
            "convert (buy). A conversion-rate (CVR) model trained on clicked impressions only "
            "learns from a biased sample: the users who click differ from those who do not, "
            "but the model is used on all impressions (<b>sample selection bias</b>), and "
            "clicks are rare (<b>data sparsity</b>).</p>"
            "<p><b>ESMM</b> (Ma et al. 2018) models, on every impression, pCTR = p(click) and "
            "pCTCVR = p(click and conversion) = pCTR &times; pCVR. Both have labels on the "
            "entire space; pCVR has no loss of its own and is trained through the product.</p>"
            "<p><b>Set up</b> loads the ESMM template and trains it 10 epochs on a synthetic "
            "click -> conversion funnel with strong selection bias. Follow the "
            "wiring on the canvas: two towers on one shared bottom, and a Multiply block.</p>"),
        setup,
        question(Lessons::tr("Which of ESMM's outputs has no label of its own?"),
                 {Lessons::tr("pCTR"), Lessons::tr("pCVR"), Lessons::tr("pCTCVR")}, 1,
                 Lessons::tr("pCVR. Its labels would exist only on clicked impressions, so ESMM "
                             "gives it none: on the canvas the cvr head has loss weight 0 and its "
                             "probability goes through the Multiply block into the joint head, "
                             "pCTCVR = pCTR x pCVR, whose labels (clicked and converted) exist "
                             "for every impression.")),
        QStringLiteral("graphView"));
    l.steps << step(
        Lessons::tr("What to look for"),
        Lessons::tr(
            "<p>The two losses, CTR and CTCVR, are both over all impressions, so the pCVR "
            "tower sees every user and its predictions are not confined to clickers.</p>"
            "<p>Does that remove a bias here? The data is a synthetic funnel in which the "
            "users who click have conversion features 1.1 standard deviations above the rest "
            "(selection bias 1). Measured over 10 seeds (mtlstudio-cli esmm-bias, README), a "
            "CVR model trained on clicked rows only scores AUC 0.717 on all impressions and "
            "ESMM 0.720: a difference of +0.003 &plusmn; 0.011, no measurable gain. Both "
            "depend on the features only, so p(conversion | click, x) is what both estimate; "
            "ESMM's paper gain comes from sparse clicks and what the features do not show.</p>"
            "<p>The towers share their embeddings and bottom layers, so the plentiful click "
            "data also helps the rare conversion task.</p>"
            "<p>In the Results panel, the pCVR head's row has no AUC and no examples: it has no "
            "labels of its own. The other two rows are pCTR and pCTCVR, both measured on every "
            "test example.</p>"),
        std::nullopt, {}, QStringLiteral("resultsDock"));
    return l;
}

}  // namespace

mtl::DataSpec funnelDataSpec() {
    // The synthetic click -> conversion funnel with strong selection bias (clicking depends
    // fully on the conversion features), the rest at the generator's defaults: the setting of
    // the README's esmm-bias table at b = 1.
    mtl::DataSpec spec;
    spec.kind = mtl::DataSpec::Kind::Funnel;
    spec.funnel.bias = 1.0;
    return spec;
}

QVector<Lesson> lessons() { return {relatedness(), gates(), omoe(), ple(), sparse(), esmm()}; }

LessonSetup scaledSetup(const LessonSetup& setup, double scale) {
    if (!(scale > 0) || scale >= 1) return setup;
    LessonSetup s = setup;
    auto scaled = [scale](int n, int least) {
        return std::max(least, static_cast<int>(std::lround(n * scale)));
    };
    for (std::optional<mtl::DataSpec>* d : {&s.data, &s.fallbackData}) {
        if (!*d) continue;
        (*d)->synthetic.nTrain = scaled((*d)->synthetic.nTrain, 200);
        (*d)->funnel.nTrain = scaled((*d)->funnel.nTrain, 500);
        mtl::CensusConfig& c = (*d)->census;
        c.maxTrainRows = scaled(c.maxTrainRows > 0 ? c.maxTrainRows : kCensusTrainRows, 2000);
        c.maxTestRows = scaled(c.maxTestRows > 0 ? c.maxTestRows : kCensusTestRows, 2000);
    }
    if (s.epochs > 0) s.epochs = scaled(s.epochs, 1);
    for (auto& [name, value] : s.experiment) {
        if (name == "seeds") value = std::to_string(scaled(std::stoi(value), 2));
        if (name == "epochs") value = std::to_string(scaled(std::stoi(value), 1));
        if (name == "n-train") value = std::to_string(scaled(std::stoi(value), 200));
    }
    return s;
}

bool loadPrecomputed(const QString& resource, const QString& name,
                     mtl::exp::ExperimentRecord* record, QString* error) {
    // The engine reads files: the resource is copied to a temporary one first.
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/results.jsonl");
    QFile in(resource);
    QFile out(path);
    if (!dir.isValid() || !in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
        out.write(in.readAll()) < 0) {
        if (error) *error = Lessons::tr("The precomputed results %1 cannot be read.").arg(resource);
        return false;
    }
    out.close();
    try {
        const mtl::exp::ResultsFile f = mtl::exp::readResults(path.toStdString());
        *record = mtl::exp::recordFromResults(name.toStdString(), f.spec, f.runs);
    } catch (const std::exception& e) {
        if (error)
            *error = Lessons::tr("The precomputed results %1 cannot be read: %2")
                         .arg(resource, QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

}  // namespace mtl::ui
