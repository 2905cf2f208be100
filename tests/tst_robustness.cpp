// Bad input never hangs or yields undefined values: NaN scores in the metrics, NaN weights in a
// model file, numbers beyond float range in the census files, interrupted saves.
#include <QtTest>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <limits>
#include <memory>
#include <thread>

#include "data/Census.h"
#include "data/Dataset.h"
#include "data/Synthetic.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "metrics/Metrics.h"
#include "nn/Model.h"
#include "train/Trainer.h"

using namespace mtl;
namespace fs = std::filesystem;

namespace {

const float kNaN = std::numeric_limits<float>::quiet_NaN();

// Runs `f` on its own thread and waits for it; false if it has not returned after a generous
// minute (a hang: the thread is abandoned, the process exits at the end of the test run).
// Turns an endless loop into a test failure instead of a stuck test binary.
template <class F>
bool returns(F f) {
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> fut = done->get_future();
    std::thread([f, done]() mutable {
        f();
        done->set_value();
    }).detach();
    return fut.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
}

// Three records of census-income.data (42 fields each); `age` replaces the first field of the
// second record.
std::string censusLines(const std::string& age) {
    const std::string tail1 =
        ", Not in universe, 0, 0, High school graduate, 0, Not in universe, Widowed, Not in "
        "universe or children, Not in universe, White, All other, Female, Not in universe, Not in "
        "universe, Not in labor force, 0, 0, 0, Nonfiler, Not in universe, Not in universe, Other "
        "Rel 18+ ever marr not in subfamily, Other relative of householder, 1700.09, ?, ?, ?, Not "
        "in universe under 1 year old, ?, 0, Not in universe, United-States, United-States, "
        "United-States, Native- Born in the United States, 0, Not in universe, 2, 0, 95, - 50000.";
    const std::string tail2 =
        ", Self-employed-not incorporated, 4, 34, Some college but no degree, 0, Not in universe, "
        "Never married, Construction, Precision production craft & repair, White, All other, "
        "Male, Not in universe, Not in universe, Children or Armed Forces, 0, 0, 0, Head of "
        "household, South, Arkansas, Householder, Householder, 1053.55, MSA to MSA, Same county, "
        "Same county, No, Yes, 1, Not in universe, United-States, United-States, United-States, "
        "Native- Born in the United States, 0, Not in universe, 2, 52, 94, 50000+.";
    return "73" + tail1 + "\n" + age + tail2 + "\n" + "18" + tail1 + "\n" + "44" + tail2 + "\n";
}

void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

DataSplits smallSynthetic() {
    SyntheticConfig c;
    c.d = 8;
    c.nTrain = 64;
    c.nValid = 32;
    c.nTest = 32;
    c.binary = true;
    return makeSynthetic(c);
}

Graph smallMmoe(const DataSchema& schema) {
    TemplateOptions o;
    o.schema = schema;
    o.experts = 2;
    o.expertUnits = {4};
    o.towerUnits = {4};
    return makeTemplate("mmoe", o);
}

}  // namespace

class TestRobustness : public QObject {
    Q_OBJECT
private slots:
    void aucWithNanScoreReturns() {
        // Everything the call uses is owned by the call (a hung thread outlives this function).
        const std::vector<float> scores{0.1f, kNaN, 0.3f, 0.9f, kNaN, 0.2f};
        const std::vector<float> labels{0, 1, 0, 1, 0, 1};
        auto auc = std::make_shared<double>(0.0);
        QVERIFY2(returns([scores, labels, auc] { *auc = rocAuc(scores, labels); }),
                 "rocAuc does not return on a NaN score");
        QVERIFY(std::isnan(*auc));
        // A NaN score of an unlabelled example is outside the task's sample space: no effect.
        const std::vector<float> scores2{0.1f, 0.8f, 0.3f, 0.9f, kNaN};
        const std::vector<float> labels2{0, 1, 0, 1, kNaN};
        QCOMPARE(rocAuc(scores2, labels2), 1.0);
    }

    void rocCurveWithNanScoreReturns() {
        const std::vector<float> scores{kNaN, 0.5f, kNaN, 0.7f};
        const std::vector<float> labels{1, 0, 0, 1};
        auto curve = std::make_shared<std::vector<std::pair<double, double>>>();
        QVERIFY2(returns([scores, labels, curve] { *curve = rocCurve(scores, labels); }),
                 "rocCurve does not return on a NaN score");
        QCOMPARE(curve->size(), size_t(1));
    }

    // A model whose weights are NaN scores NaN everywhere: evaluation ends (AUC undefined).
    void evaluatingNanModelReturns() {
        auto data = std::make_shared<DataSplits>(smallSynthetic());
        std::shared_ptr<Model> model =
            Model::compile(smallMmoe(data->train.schema), data->train.schema, 1);
        for (Param* p : model->params()) p->value.setConstant(kNaN);
        auto r = std::make_shared<EvalResult>();
        QVERIFY2(returns([data, model, r] { *r = evaluate(*model, data->test, 16); }),
                 "evaluate does not return for a model with NaN weights");
        QVERIFY(!r->tasks.empty());
        for (const TaskMetrics& t : r->tasks) QVERIFY(std::isnan(t.auc));
    }

    // A model file with valid checksums but NaN weights is refused with a message, for
    // evaluation and for continuing training (with or without optimizer state).
    void restoringNonFiniteWeightsIsRefused() {
        const DataSplits data = smallSynthetic();
        const Graph g = smallMmoe(data.train.schema);
        std::unique_ptr<Model> a = Model::compile(g, data.train.schema, 1);
        ModelFile file = captureModel(*a, nullptr, TrainConfig());
        QVERIFY(file.weights.size() > 2);
        file.weights[1].second(0, 0) = kNaN;
        // Through the file format (the checksums are valid: the file was written that way).
        const ModelFile loaded = loadModelFromString(saveModelToString(file));
        std::unique_ptr<Model> b = Model::compile(g, data.train.schema, 2);
        const Mat before = b->params()[1]->value;
        try {
            restoreWeights(*b, loaded);
            QFAIL("NaN weights were restored");
        } catch (const ArchiveError& e) {
            const QString msg = QString::fromStdString(e.what());
            QVERIFY2(msg.contains(QString::fromStdString(file.weights[1].first)), qPrintable(msg));
            QVERIFY2(msg.contains(QLatin1String("not finite")), qPrintable(msg));
        }
        QVERIFY(b->params()[1]->value.isApprox(before));  // untouched

        file.weights[1].second(0, 0) = std::numeric_limits<float>::infinity();
        Optimizer opt(OptimizerConfig{});
        QVERIFY_THROWS_EXCEPTION(ArchiveError, restoreWeights(*b, file, &opt));
    }

    // A number beyond float range in a census file is refused at its line and column (it was
    // cast to float: undefined behaviour, infinity in practice, NaN after standardising).
    void censusNumberBeyondFloatRangeIsRefused() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path d = dir.path().toStdString();
        writeFile(d / "census-income.data", censusLines("1e39"));
        writeFile(d / "census-income.test", censusLines("30") + censusLines("31"));
        CensusConfig c;
        c.dir = d.string();
        try {
            loadCensus(c);
            QFAIL("1e39 was accepted as a float");
        } catch (const DataError& e) {
            const QString msg = QString::fromStdString(e.what());
            QVERIFY2(msg.contains(QLatin1String("line 2, column 1")), qPrintable(msg));
            QVERIFY2(msg.contains(QLatin1String("1e39")), qPrintable(msg));
            QVERIFY2(msg.contains(QLatin1String("out of range")), qPrintable(msg));
        }
        // The largest float still loads.
        writeFile(d / "census-income.data", censusLines("3e38"));
        const DataSplits ok = loadCensus(c);
        QCOMPARE(static_cast<int>(ok.train.rows()), 4);
    }

    // A save removes the temporary files that interrupted saves of the same target left; those
    // of a process still running (which may be saving right now) stay.
    void saveRemovesStaleTemporaryFiles() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path d = dir.path().toStdString();
        const fs::path target = d / "model.mtlm";
        writeFile(d / "model.mtlm.tmp", "left by an older version");
        writeFile(d / "model.mtlm.tmp-999999999-0", "left by a killed save");
        writeFile(d / "model.mtlm.tmp-1-0", "process 1 runs: may be saving now");
        writeFile(d / "other.mtlm.tmp", "another target's");
        const DataSplits data = smallSynthetic();
        std::unique_ptr<Model> m =
            Model::compile(smallMmoe(data.train.schema), data.train.schema, 1);
        saveModelFile(target.string(), captureModel(*m, nullptr, TrainConfig()));
        QVERIFY(fs::exists(target));
        QVERIFY(!fs::exists(d / "model.mtlm.tmp"));
        QVERIFY(!fs::exists(d / "model.mtlm.tmp-999999999-0"));
        QVERIFY(fs::exists(d / "model.mtlm.tmp-1-0"));
        QVERIFY(fs::exists(d / "other.mtlm.tmp"));
        // Nothing of the save itself is left behind.
        int files = 0;
        for (const auto& e : fs::directory_iterator(d)) files += e.is_regular_file();
        QCOMPARE(files, 3);
        QCOMPARE(loadModelFile(target.string()).weights.size(), m->params().size());
    }

    void writabilityIsCheckedUpFront() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string ok = dir.filePath(QStringLiteral("m.mtlm")).toStdString();
        checkWritable(ok);
        QVERIFY(!fs::exists(ok));
        QVERIFY(fs::is_empty(dir.path().toStdString()));  // the probe is gone
        const std::string missing = dir.filePath(QStringLiteral("no/such/m.mtlm")).toStdString();
        try {
            checkWritable(missing);
            QFAIL("a missing folder was accepted");
        } catch (const ArchiveError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(QLatin1String("does not exist")),
                     e.what());
        }
        QVERIFY_THROWS_EXCEPTION(ArchiveError, checkWritable(dir.path().toStdString()));
        QVERIFY_THROWS_EXCEPTION(ArchiveError, checkWritable(""));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
