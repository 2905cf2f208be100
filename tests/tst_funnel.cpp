// The synthetic click -> conversion funnel (core/data/Funnel.h) and the ESMM selection-bias
// measurement (core/experiment/EsmmBias.h): determinism and common random numbers, the click and
// conversion rates near their parameters, conversion observed only after a click, the CVR
// features of clicked and unclicked users equal without bias and apart with it, refused
// parameters, the data kind (DataSpec, archive, ESMM template), the measurement's finite
// confidence intervals, and `mtlstudio-cli esmm-bias` / `train --data funnel` as a user runs them.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "CliTestSupport.h"
#include "data/DataSpec.h"
#include "data/Funnel.h"
#include "experiment/EsmmBias.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "nn/Model.h"

namespace {

mtl::FunnelConfig small(double bias, unsigned long long seed = 1) {
    mtl::FunnelConfig c;
    c.d = 8;
    c.nTrain = 20000;
    c.nValid = 200;
    c.nTest = 500;
    c.bias = bias;
    c.seed = seed;
    return c;
}

// Mean of x.v over the training rows with the given click label.
double cvrFeatureMean(const mtl::Dataset& d, const Eigen::VectorXd& v, bool clicked) {
    double s = 0;
    int n = 0;
    for (int r = 0; r < d.rows(); ++r) {
        if ((d.labels(0, r) == 1.0f) != clicked) continue;
        double z = 0;
        for (int i = 0; i < d.numeric.rows(); ++i) z += d.numeric(i, r) * v[i];
        s += z;
        ++n;
    }
    return n ? s / n : std::nan("");
}

// The message of the std::invalid_argument `f` throws, or "" when it throws none.
template <class F>
QString refusal(F f) {
    try {
        f();
    } catch (const std::invalid_argument& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

mtl::exp::EsmmBiasConfig tinyMeasurement() {
    mtl::exp::EsmmBiasConfig c;
    c.funnel.d = 6;
    c.funnel.nTrain = 1500;
    c.funnel.nValid = 300;
    c.funnel.nTest = 600;
    c.funnel.clickRate = 0.3;
    c.funnel.conversionRate = 0.3;
    c.biases = {0.0, 1.0};
    c.seeds = 3;
    c.train.epochs = 2;
    c.train.batchSize = 128;
    c.model.bottomUnits = {8};
    c.model.towerUnits = {4};
    return c;
}

using Run = mtl::test::CliRun;
QString describe(const Run& r) { return mtl::test::describeRun(r); }

const QStringList kTinyCli = {"--seeds",   "2",    "--bias",         "0,1", "--d",           "6",
                              "--n-train", "1200", "--n-valid",      "300", "--n-test",      "400",
                              "--epochs",  "2",    "--bottom-units", "8",   "--tower-units", "4"};

}  // namespace

class TestFunnel : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameData() {
        mtl::FunnelInfo ia, ib, ic;
        const mtl::DataSplits a = mtl::makeFunnel(small(0.5, 7), &ia);
        const mtl::DataSplits b = mtl::makeFunnel(small(0.5, 7), &ib);
        const mtl::DataSplits c = mtl::makeFunnel(small(0.5, 8), &ic);
        QVERIFY(a.train.numeric == b.train.numeric);
        QVERIFY(a.train.labels == b.train.labels);
        QVERIFY(a.test.labels == b.test.labels);
        QVERIFY(ia.test.conversion == ib.test.conversion);
        QVERIFY(ia.test.pCvr == ib.test.pCvr);
        QVERIFY(!(a.train.numeric == c.train.numeric));
        QVERIFY(!(a.train.labels == c.train.labels));
        QCOMPARE(a.train.schema.tasks.size(), size_t(2));
        QCOMPARE(QString::fromStdString(a.train.schema.tasks[0].name), QString("click"));
        QCOMPARE(QString::fromStdString(a.train.schema.tasks[1].name),
                 QString("click_and_conversion"));
        QCOMPARE(a.train.schema.numeric(), 8);
        a.train.check();
        a.test.check();
    }

    // A fixed seed keeps the impressions, their propensities and latent conversions when the
    // bias changes: only who clicks changes.
    void biasChangesOnlyTheClicks() {
        mtl::FunnelInfo i0, i1;
        const mtl::DataSplits a = mtl::makeFunnel(small(0.0, 3), &i0);
        const mtl::DataSplits b = mtl::makeFunnel(small(1.0, 3), &i1);
        QVERIFY(a.train.numeric == b.train.numeric);
        QVERIFY(i0.train.pCvr == i1.train.pCvr);
        QVERIFY(i0.train.conversion == i1.train.conversion);
        QVERIFY(!(a.train.labels.row(0) == b.train.labels.row(0)));
        QCOMPARE(i0.clickIntercept, i1.clickIntercept);
    }

    void ratesNearTheirParameters_data() {
        QTest::addColumn<double>("clickRate");
        QTest::addColumn<double>("conversionRate");
        QTest::addColumn<double>("bias");
        QTest::newRow("0.2/0.2 unbiased") << 0.2 << 0.2 << 0.0;
        QTest::newRow("0.05/0.1 biased") << 0.05 << 0.1 << 1.0;
        QTest::newRow("0.5/0.02 negative bias") << 0.5 << 0.02 << -0.7;
    }
    void ratesNearTheirParameters() {
        QFETCH(double, clickRate);
        QFETCH(double, conversionRate);
        QFETCH(double, bias);
        mtl::FunnelConfig c = small(bias, 11);
        c.clickRate = clickRate;
        c.conversionRate = conversionRate;
        mtl::FunnelInfo info;
        const mtl::DataSplits d = mtl::makeFunnel(c, &info);
        const int n = d.train.rows();
        double clicks = 0, pctr = 0, pcvr = 0;
        for (int r = 0; r < n; ++r) {
            clicks += d.train.labels(0, r);
            pctr += info.train.pCtr[r];
            pcvr += info.train.pCvr[r];
        }
        // 5 binomial standard deviations of the measured rates (20,000 rows), plus the
        // sampling of x behind the propensities.
        const double sdClick = std::sqrt(clickRate * (1 - clickRate) / n);
        QVERIFY2(std::fabs(clicks / n - clickRate) < 5 * sdClick + 0.01,
                 qPrintable(QString("click rate %1 for %2").arg(clicks / n).arg(clickRate)));
        QVERIFY2(std::fabs(pctr / n - clickRate) < 0.01, qPrintable(QString::number(pctr / n)));
        QVERIFY2(std::fabs(pcvr / n - conversionRate) < 0.01,
                 qPrintable(QString("mean pCVR %1 for %2").arg(pcvr / n).arg(conversionRate)));
        const double sdConv = std::sqrt(conversionRate * (1 - conversionRate) / n);
        QVERIFY(std::fabs(info.conversionRateAll - conversionRate) < 5 * sdConv + 0.01);
        QCOMPARE(info.clickRate, clicks / n);
    }

    void conversionObservedOnlyAfterClick() {
        mtl::FunnelInfo info;
        const mtl::DataSplits d = mtl::makeFunnel(small(0.8, 5), &info);
        int latentUnclicked = 0, observed = 0;
        for (int r = 0; r < d.train.rows(); ++r) {
            const float click = d.train.labels(0, r), joint = d.train.labels(1, r);
            QVERIFY(click == 0.0f || click == 1.0f);
            if (click == 0.0f) {
                QCOMPARE(joint, 0.0f);
                latentUnclicked += info.train.conversion[r] == 1.0f;
            } else {
                QCOMPARE(joint, info.train.conversion[r]);  // observed = latent when clicked
                observed += joint == 1.0f;
            }
        }
        // The unclicked users would have converted too: the labels hide those conversions.
        QVERIFY(latentUnclicked > 100);
        QVERIFY(observed > 100);

        std::vector<int> rows;
        const mtl::Dataset clicked = mtl::clickedConversionData(d.train, &rows);
        QCOMPARE(clicked.rows(), static_cast<int>(rows.size()));
        QCOMPARE(clicked.schema.tasks.size(), size_t(1));
        QCOMPARE(QString::fromStdString(clicked.schema.tasks[0].name), QString("conversion"));
        for (int j = 0; j < clicked.rows(); ++j) {
            QCOMPARE(d.train.labels(0, rows[j]), 1.0f);
            QCOMPARE(clicked.labels(0, j), info.train.conversion[rows[j]]);
            QVERIFY(clicked.numeric.col(j) == d.train.numeric.col(rows[j]));
        }
        clicked.check();
    }

    // Without bias the clicked users have the CVR features of everyone; with it they do not.
    void selectionBiasInTheCvrFeatures() {
        for (unsigned long long seed : {1ULL, 2ULL, 3ULL}) {
            mtl::FunnelInfo i0, i1;
            const mtl::DataSplits d0 = mtl::makeFunnel(small(0.0, seed), &i0);
            const mtl::DataSplits d1 = mtl::makeFunnel(small(1.0, seed), &i1);
            const double gap0 =
                cvrFeatureMean(d0.train, i0.v, true) - cvrFeatureMean(d0.train, i0.v, false);
            const double gap1 =
                cvrFeatureMean(d1.train, i1.v, true) - cvrFeatureMean(d1.train, i1.v, false);
            // Standard error of the gap: sqrt(1/4000 + 1/16000) = 0.018.
            QVERIFY2(std::fabs(gap0) < 0.08, qPrintable(QString("gap at bias 0: %1").arg(gap0)));
            QVERIFY2(gap1 > 0.5, qPrintable(QString("gap at bias 1: %1").arg(gap1)));
            QVERIFY(std::fabs(gap0 - (i0.cvrFeatureMeanClicked - i0.cvrFeatureMeanUnclicked)) <
                    1e-6);
            // ... and so their conversion propensity: equal without bias, higher with it.
            QVERIFY(std::fabs(i0.conversionRateClicked - i0.conversionRateUnclicked) < 0.04);
            QVERIFY(i1.conversionRateClicked > i1.conversionRateUnclicked + 0.1);
        }
    }

    void refusedParameters_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("d 1") << "d" << 1.0 << "d must be at least 2";
        QTest::newRow("nTrain 1") << "nTrain" << 1.0 << "at least 2 training rows";
        QTest::newRow("nTest -1") << "nTest" << -1.0 << "must not be negative";
        QTest::newRow("click rate 0") << "clickRate" << 0.0 << "click rate must be greater than 0";
        QTest::newRow("click rate 1") << "clickRate" << 1.0 << "and less than 1, got 1";
        QTest::newRow("click rate nan") << "clickRate" << nan << "click rate";
        QTest::newRow("conversion rate -0.1")
            << "conversionRate" << -0.1 << "conversion rate must be greater than 0";
        QTest::newRow("bias 1.5") << "bias" << 1.5 << "bias strength must be between -1 and 1";
        QTest::newRow("bias nan") << "bias" << nan << "bias strength";
        QTest::newRow("slope -1") << "clickSlope" << -1.0 << "click slope";
        QTest::newRow("m 1001") << "m" << 1001.0 << "sinusoids";
    }
    void refusedParameters() {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, message);
        mtl::FunnelConfig c = small(0.5);
        if (field == "d") c.d = static_cast<int>(value);
        if (field == "nTrain") c.nTrain = static_cast<int>(value);
        if (field == "nTest") c.nTest = static_cast<int>(value);
        if (field == "clickRate") c.clickRate = value;
        if (field == "conversionRate") c.conversionRate = value;
        if (field == "bias") c.bias = value;
        if (field == "clickSlope") c.clickSlope = value;
        if (field == "m") c.m = static_cast<int>(value);
        const QString msg = refusal([&] { mtl::makeFunnel(c); });
        QVERIFY2(msg.contains(message), qPrintable("got: " + msg));
        QVERIFY(msg.startsWith("funnel data: "));
    }

    // The data kind: loaded through DataSpec, its tasks and layout known without loading, fit
    // for the ESMM template, and kept in a project file.
    void dataSpecKind() {
        mtl::DataSpec spec;
        spec.kind = mtl::DataSpec::Kind::Funnel;
        spec.funnel = small(0.25, 4);
        mtl::FunnelInfo info;
        const mtl::DataSplits d = mtl::loadData(spec, nullptr, &info);
        QCOMPARE(d.train.rows(), 20000);
        QCOMPARE(static_cast<int>(info.test.pCvr.size()), 500);
        const auto schema = mtl::schemaWithoutLoading(spec);
        QVERIFY(schema.has_value());
        QVERIFY(schema->sameFeatures(d.train.schema));
        QCOMPARE(schema->tasks.size(), d.train.schema.tasks.size());
        for (size_t t = 0; t < schema->tasks.size(); ++t)
            QCOMPARE(schema->tasks[t].name, d.train.schema.tasks[t].name);
        QVERIFY(QString::fromStdString(mtl::describe(spec)).startsWith("funnel bias 0.25"));

        // ESMM's template schema is the funnel's own.
        const mtl::DataSchema es = mtl::templateSchema("esmm", d.train.schema);
        QCOMPARE(es.tasks[0].name, std::string("click"));
        QCOMPARE(es.tasks[1].name, std::string("click_and_conversion"));
        mtl::TemplateOptions o;
        o.schema = d.train.schema;
        QVERIFY(mtl::Model::compile(mtl::makeTemplate("esmm", o), d.train.schema, 1) != nullptr);

        mtl::ProjectFile p;
        p.graph = mtl::makeTemplate("esmm", o);
        p.schema = d.train.schema;
        mtl::RunRecord r;
        r.data = spec;
        p.runs.push_back(r);
        const mtl::ProjectFile back = mtl::loadProjectFromString(mtl::saveProjectToString(p));
        QCOMPARE(back.runs.size(), size_t(1));
        const mtl::DataSpec& s = back.runs[0].data;
        QVERIFY(s.kind == mtl::DataSpec::Kind::Funnel);
        QCOMPARE(s.funnel.bias, 0.25);
        QCOMPARE(s.funnel.seed, 4ULL);
        QCOMPARE(s.funnel.nTrain, 20000);
        QCOMPARE(s.funnel.clickRate, spec.funnel.clickRate);
        QCOMPARE(s.funnel.conversionSlope, spec.funnel.conversionSlope);
        QCOMPARE(s.funnel.d, 8);
    }

    void measurementHasFiniteIntervals() {
        const mtl::exp::EsmmBiasConfig c = tinyMeasurement();
        const mtl::exp::EsmmBiasResult r = mtl::exp::measureEsmmBias(c);
        QCOMPARE(r.runs.size(), size_t(6));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.levels.size(), size_t(2));
        for (const mtl::exp::EsmmBiasRun& run : r.runs) {
            QVERIFY2(run.ok, run.note.c_str());
            QVERIFY(run.clickedTrainRows > 100 && run.clickedTrainRows < run.trainRows);
            for (double x :
                 {run.clicked.auc, run.esmm.auc, run.clicked.calibration, run.esmm.calibration,
                  run.clicked.clickAuc, run.esmm.clickAuc, run.oracleAuc})
                QVERIFY(std::isfinite(x));
            QVERIFY(run.clicked.meanPrediction > 0 && run.clicked.meanPrediction < 1);
            QVERIFY(run.esmm.meanPrediction > 0 && run.esmm.meanPrediction < 1);
        }
        for (const mtl::exp::EsmmBiasLevel& l : r.levels) {
            QCOMPARE(l.runs, 3);
            for (const mtl::exp::Stat* s : {&l.aucClicked, &l.aucEsmm, &l.aucDiff, &l.calClicked,
                                            &l.calEsmm, &l.absCalDiff, &l.oracleAuc}) {
                QCOMPARE(s->n, 3);
                QVERIFY(std::isfinite(s->mean));
                QVERIFY(std::isfinite(s->half) && s->half >= 0);
            }
        }
        QVERIFY(std::fabs(r.levels[0].featureGap.mean) < 0.2);
        QVERIFY(r.levels[1].featureGap.mean > 0.5);
        // The paired difference is the mean of the per-seed differences.
        double sum = 0;
        for (int k = 0; k < 3; ++k) sum += r.runs[k].esmm.auc - r.runs[k].clicked.auc;
        QVERIFY(std::fabs(r.levels[0].aucDiff.mean - sum / 3) < 1e-12);

        // Same numbers on two workers.
        mtl::exp::EsmmBiasConfig c2 = c;
        c2.workers = 2;
        const mtl::exp::EsmmBiasResult r2 = mtl::exp::measureEsmmBias(c2);
        QCOMPARE(r2.runs.size(), r.runs.size());
        for (size_t k = 0; k < r.runs.size(); ++k) {
            QCOMPARE(r2.runs[k].seed, r.runs[k].seed);
            QCOMPARE(r2.runs[k].esmm.auc, r.runs[k].esmm.auc);
            QCOMPARE(r2.runs[k].clicked.calibration, r.runs[k].clicked.calibration);
        }
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray::fromStdString(mtl::exp::esmmBiasJson(r)));
        QVERIFY(doc.isObject());
        QCOMPARE(doc["esmm_bias"]["levels"].toArray().size(), 2);
        QCOMPARE(doc["esmm_bias"]["runs"].toArray().size(), 6);
    }

    void tooFewClicksIsANoteNotACrash() {
        mtl::exp::EsmmBiasConfig c = tinyMeasurement();
        c.funnel.nTrain = 2;
        c.funnel.clickRate = 1e-6;
        const mtl::exp::EsmmBiasRun run = mtl::exp::runEsmmBiasCell(c, 0.0, 1);
        QVERIFY(!run.ok);
        QVERIFY(QString::fromStdString(run.note).contains("clicked training rows"));
        QVERIFY(std::isnan(run.esmm.auc));
    }

    void measurementSettingsRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("bias 2") << "bias"
                                << "0,2"
                                << "bias must be at least -1 and at most 1";
        QTest::newRow("bias empty entry") << "bias"
                                          << "0,,1"
                                          << "empty entry";
        QTest::newRow("bias twice") << "bias"
                                    << "0,0"
                                    << "twice";
        QTest::newRow("seeds 0") << "seeds"
                                 << "0"
                                 << "seeds must be between 1 and 10000";
        QTest::newRow("click rate 1") << "click-rate"
                                      << "1"
                                      << "less than 1";
        QTest::newRow("epochs abc") << "epochs"
                                    << "abc"
                                    << "whole number";
        QTest::newRow("unknown") << "p"
                                 << "0.5"
                                 << "unknown setting 'p'";
    }
    void measurementSettingsRefused() {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString msg = refusal([&] {
            mtl::exp::parseEsmmBias({{name.toStdString(), value.toStdString()}});
        });
        QVERIFY2(msg.contains(message), qPrintable("got: " + msg));
    }

    void cliPrintsTheTable() {
        const Run r = mtl::test::runCli(QStringList{"esmm-bias"} + kTinyCli);
        QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("bias 0 (2 runs)") && r.out.contains("bias 1 (2 runs)"),
                 qPrintable(describe(r)));
        QVERIFY(r.out.contains("AUC, entire space"));
        QVERIFY(r.out.contains("calibration bias"));
        QVERIFY(r.out.contains("+-"));
    }

    void cliWritesJson() {
        QTemporaryDir dir;
        const QString out = dir.filePath("esmm.json");
        const Run r = mtl::test::runCli(QStringList{"esmm-bias"} + kTinyCli +
                                        QStringList{"--json", "--out", out});
        QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
        const QJsonDocument printed = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY2(printed.isObject(), qPrintable(describe(r)));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonDocument written = QJsonDocument::fromJson(f.readAll());
        QCOMPARE(written["esmm_bias"]["levels"].toArray().size(), 2);
        const QJsonObject level = written["esmm_bias"]["levels"][1].toObject();
        QVERIFY(std::isfinite(level["auc_esmm_minus_clicked_only"]["ci95"].toDouble(NAN)));
    }

    void cliRefusesBadOptions_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bias out of range")
            << QStringList{"esmm-bias", "--bias", "0,3"} << "--bias must be at least -1";
        QTest::newRow("unknown option")
            << QStringList{"esmm-bias", "--p", "0.5"} << "unknown option '--p'";
        QTest::newRow("missing value") << QStringList{"esmm-bias", "--seeds"} << "needs a value";
        QTest::newRow("no folder")
            << QStringList{"esmm-bias", "--out", "/nonexistent/x.json"} << "does not exist";
        // the sweep's tokenizer: the same refusals in the same words
        QTest::newRow("given twice") << QStringList{"esmm-bias", "--seeds", "2", "--seeds=3"}
                                     << "--seeds is given more than once";
        QTest::newRow("empty value") << QStringList{"esmm-bias", "--out="} << "--out needs a value";
        QTest::newRow("flag with value")
            << QStringList{"esmm-bias", "--json=yes"} << "--json takes no value";
        QTest::newRow("option as value")
            << QStringList{"esmm-bias", "--out", "--json"} << "--out needs a value";
        QTest::newRow("train: bias out of range")
            << QStringList{"train", "--data", "funnel", "--bias", "1.5"}
            << "--bias must be at least -1";
        QTest::newRow("train: click rate 0")
            << QStringList{"train", "--data", "funnel", "--click-rate", "0"}
            << "--click-rate must be greater than 0";
        QTest::newRow("train: bias on synthetic")
            << QStringList{"train", "--data", "synthetic", "--bias", "0.5"}
            << "--bias applies to --data funnel, not to --data synthetic";
        QTest::newRow("train: p on funnel") << QStringList{"train", "--data", "funnel", "--p", "1"}
                                            << "--p applies to --data synthetic";
    }
    void cliRefusesBadOptions() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = mtl::test::runCli(args);
        QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    }

    void cliTrainsEsmmOnFunnelData() {
        const Run r =
            mtl::test::runCli({"train", "--template", "esmm", "--data", "funnel", "--bias", "1",
                               "--click-rate", "0.3", "--n-train", "1000", "--n-valid", "200",
                               "--n-test", "300", "--d", "5", "--epochs", "1"});
        QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains("funnel (impression -> click -> conversion), bias 1"));
        QVERIFY(r.out.contains("click_and_conversion"));
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
