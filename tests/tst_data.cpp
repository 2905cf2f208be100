// Tests of the data layer: Dataset helpers, the MMoE synthetic generator, the census-income
// loader and the CSV loader.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include "data/Census.h"
#include "data/Csv.h"
#include "data/DataSpec.h"
#include "data/Dataset.h"
#include "data/Synthetic.h"

namespace {

// Pearson correlation of two label rows, over rows where both are present. Written here
// independently of mtl::labelCorrelation.
double pearson(const Eigen::MatrixXf& labels, int a, int b) {
    std::vector<double> x, y;
    for (Eigen::Index r = 0; r < labels.cols(); ++r) {
        if (std::isnan(labels(a, r)) || std::isnan(labels(b, r))) continue;
        x.push_back(labels(a, r));
        y.push_back(labels(b, r));
    }
    const double n = static_cast<double>(x.size());
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        syy += y[i] * y[i];
        sxy += x[i] * y[i];
    }
    const double cov = sxy / n - (sx / n) * (sy / n);
    const double vx = sxx / n - (sx / n) * (sx / n);
    const double vy = syy / n - (sy / n) * (sy / n);
    return cov / std::sqrt(vx * vy);
}

// Population correlation of the synthetic labels given the drawn alpha, beta (closed form).
// With s1, s2 ~ N(0, c^2) jointly Gaussian with correlation rho and g(s) = s + sum_i sin(a_i s +
// b_i):
//   Cov(s1, s2)                     = rho c^2
//   Cov(s1, sin(a s2 + b))          = rho c^2 a cos(b) exp(-a^2 c^2 / 2)          (Stein's lemma)
//   E[sin(a s1 + b) sin(a' s2 + b')] = (cos(b - b') exp(-c^2 (a^2 + a'^2 - 2 rho a a') / 2)
//                                     - cos(b + b') exp(-c^2 (a^2 + a'^2 + 2 rho a a') / 2)) / 2
//   E[sin(a s + b)]                 = sin(b) exp(-a^2 c^2 / 2)
// and Var(y_k) = Cov at rho = 1 plus the noise variance.
double theoreticalCorrelation(const Eigen::VectorXd& a, const Eigen::VectorXd& b, double p,
                              double c, double noise) {
    const double c2 = c * c;
    auto cov = [&](double rho) {
        double v = rho * c2;
        const Eigen::Index m = a.size();
        for (Eigen::Index i = 0; i < m; ++i)
            v += 2 * rho * c2 * a[i] * std::cos(b[i]) * std::exp(-a[i] * a[i] * c2 / 2);
        for (Eigen::Index i = 0; i < m; ++i)
            for (Eigen::Index j = 0; j < m; ++j) {
                const double s = a[i] * a[i] + a[j] * a[j];
                const double e2 =
                    0.5 *
                    (std::cos(b[i] - b[j]) * std::exp(-0.5 * c2 * (s - 2 * rho * a[i] * a[j])) -
                     std::cos(b[i] + b[j]) * std::exp(-0.5 * c2 * (s + 2 * rho * a[i] * a[j])));
                v += e2 - std::sin(b[i]) * std::sin(b[j]) * std::exp(-0.5 * c2 * s);
            }
        return v;
    };
    return cov(p) / (cov(1.0) + noise * noise);
}

// Plain loops instead of Eigen reductions on double vectors (GCC 12 warns inside Eigen's AVX-512
// code for those with -march=native).
double dot(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    double s = 0;
    for (Eigen::Index i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}
double norm(const Eigen::VectorXd& a) { return std::sqrt(dot(a, a)); }

// Mean and population standard deviation of one feature row.
void rowStats(const Eigen::MatrixXf& m, int row, double& mean, double& sd) {
    double s = 0, ss = 0;
    const Eigen::Index n = m.cols();
    for (Eigen::Index j = 0; j < n; ++j) s += m(row, j);
    mean = s / n;
    for (Eigen::Index j = 0; j < n; ++j) ss += (m(row, j) - mean) * (m(row, j) - mean);
    sd = std::sqrt(ss / n);
}

bool sameData(const mtl::Dataset& a, const mtl::Dataset& b) {
    return a.numeric == b.numeric && a.categorical == b.categorical &&
           a.labels.cwiseEqual(b.labels).all();  // (no NaN labels in synthetic data)
}

int positives(const mtl::Dataset& d, int task) {
    int n = 0;
    for (int r = 0; r < d.rows(); ++r) n += d.labels(task, r) == 1.0f;
    return n;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

// Runs fn, expecting an mtl::DataError; returns its message ("" if none was thrown).
template <class Fn>
QString dataErrorOf(Fn fn) {
    try {
        fn();
    } catch (const mtl::DataError& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

// The first record of census-income.data (42 fields), used to build small files.
const char* kCensusRow =
    "73, Not in universe, 0, 0, High school graduate, 0, Not in universe, Widowed, Not in universe "
    "or children, Not in universe, White, All other, Female, Not in universe, Not in universe, Not "
    "in labor force, 0, 0, 0, Nonfiler, Not in universe, Not in universe, Other Rel 18+ ever marr "
    "not in subfamily, Other relative of householder, 1700.09, ?, ?, ?, Not in universe under 1 "
    "year old, ?, 0, Not in universe, United-States, United-States, United-States, Native- Born in "
    "the United States, 0, Not in universe, 2, 0, 95, - 50000.";

}  // namespace

class TestData : public QObject {
    Q_OBJECT

private:
    // Full census loads, shared by the census tests (loaded on first use).
    std::unique_ptr<mtl::DataSplits> census_[2];
    QString censusDir_;

    const mtl::DataSplits* census(int group) {
        auto& slot = census_[group - 1];
        if (!slot) {
            mtl::CensusConfig cfg;
            cfg.dir = censusDir_.toStdString();
            cfg.group = group;
            QElapsedTimer timer;
            timer.start();
            slot = std::make_unique<mtl::DataSplits>(mtl::loadCensus(cfg));
            qInfo("census-income group %d loaded in %.3f s (%s)", group,
                  timer.nsecsElapsed() * 1e-9, slot->description.c_str());
            for (const auto& n : slot->notes) qInfo("  %s", n.c_str());
        }
        return slot.get();
    }

private slots:
    void initTestCase() { censusDir_ = QString::fromStdString(mtl::defaultCensusDir()); }

    // ---- Dataset -------------------------------------------------------------------------
    // The tasks announced before loading are the tasks the loaded data has.
    void expectedTasksMatchLoadedData() {
        auto same = [](const std::vector<mtl::TaskInfo>& a, const std::vector<mtl::TaskInfo>& b) {
            if (a.size() != b.size()) return false;
            for (size_t i = 0; i < a.size(); ++i)
                if (a[i].name != b[i].name || a[i].kind != b[i].kind) return false;
            return true;
        };
        mtl::DataSpec spec;
        spec.synthetic.nTrain = 200;
        spec.synthetic.nValid = spec.synthetic.nTest = 50;
        for (bool binary : {false, true}) {
            spec.synthetic.binary = binary;
            QVERIFY(same(mtl::expectedTasks(spec), mtl::loadData(spec).train.schema.tasks));
        }
        QTemporaryDir dir;
        const QString csv = dir.filePath("t.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "a,b,y,z\n1,x,0,1.5\n2,y,1,2.5\n3,x,0,0.5\n4,y,1,1.0\n5,x,1,3.0\n6,y,0,2.0\n7,x,1,1."
            "0\n8,y,0,0.1\n9,x,1,0.2\n10,y,0,0.3\n");
        f.close();
        spec.kind = mtl::DataSpec::Kind::Csv;
        spec.csvPath = csv.toStdString();
        spec.csv.columns = {{"a", mtl::ColumnRole::Numeric, "", mtl::TaskKind::Binary},
                            {"b", mtl::ColumnRole::Categorical, "", mtl::TaskKind::Binary},
                            {"y", mtl::ColumnRole::Label, "click", mtl::TaskKind::Binary},
                            {"z", mtl::ColumnRole::Label, "", mtl::TaskKind::Regression}};
        QVERIFY(same(mtl::expectedTasks(spec), mtl::loadData(spec).train.schema.tasks));
        const std::string census = mtl::defaultCensusDir();
        if (census.empty()) return;  // the data is optional
        spec.kind = mtl::DataSpec::Kind::Census;
        spec.census.dir = census;
        spec.census.maxTrainRows = 2000;
        spec.census.maxTestRows = 2000;
        for (int group : {1, 2}) {
            spec.census.group = group;
            QVERIFY(same(mtl::expectedTasks(spec), mtl::loadData(spec).train.schema.tasks));
        }
    }

    void schemaHelpers() {
        mtl::DataSchema s;
        s.numericNames = {"a", "b"};
        s.categoricalNames = {"c", "d", "e"};
        s.cardinalities = {3, 1, 5};
        s.tasks = {{"t1", mtl::TaskKind::Binary}, {"t2", mtl::TaskKind::Regression}};
        QCOMPARE(s.oneHotWidth(), 2 + 3 + 1 + 5);
        QCOMPARE(s.taskIndex("t2"), 1);
        QCOMPARE(s.taskIndex("t1"), 0);
        QCOMPARE(s.taskIndex("nope"), -1);
        mtl::DataSchema o = s;
        o.tasks.clear();
        QVERIFY(s.sameFeatures(o));  // tasks do not matter
        o.cardinalities[2] = 6;
        QVERIFY(!s.sameFeatures(o));
        o = s;
        o.numericNames[1] = "x";
        QVERIFY(!s.sameFeatures(o));
    }

    void subsetAndCheck() {
        mtl::Dataset d;
        d.schema.numericNames = {"x"};
        d.schema.categoricalNames = {"c"};
        d.schema.cardinalities = {3};
        d.schema.tasks = {{"t", mtl::TaskKind::Binary}};
        const int n = 5;
        d.numeric.resize(1, n);
        d.categorical.resize(1, n);
        d.labels.resize(1, n);
        for (int r = 0; r < n; ++r) {
            d.numeric(0, r) = 10.0f * r;
            d.categorical(0, r) = r % 3;
            d.labels(0, r) = static_cast<float>(r % 2);
        }
        d.labels(0, 4) = std::numeric_limits<float>::quiet_NaN();
        d.check();

        const mtl::Dataset s = d.subset({4, 1, 1});
        QCOMPARE(s.rows(), 3);
        QCOMPARE(s.numeric(0, 0), 40.0f);
        QCOMPARE(s.numeric(0, 1), 10.0f);
        QCOMPARE(s.categorical(0, 2), 1);
        QVERIFY(std::isnan(s.labels(0, 0)));
        QCOMPARE(s.labels(0, 1), 1.0f);
        s.check();
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, d.subset({5}));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, d.subset({-1}));

        mtl::Dataset bad = d;
        bad.categorical(0, 2) = 3;  // cardinality 3 -> codes 0..2
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, bad.check());
        bad = d;
        bad.labels(0, 0) = 0.5f;  // binary task
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, bad.check());
        bad = d;
        bad.numeric.resize(1, n - 1);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, bad.check());
        bad = d;
        bad.schema.tasks.push_back({"u", mtl::TaskKind::Regression});
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, bad.check());
    }

    void labelCorrelationHelper() {
        mtl::Dataset d;
        d.schema.tasks = {{"a", mtl::TaskKind::Regression}, {"b", mtl::TaskKind::Regression}};
        d.labels.resize(2, 6);
        const float nan = std::numeric_limits<float>::quiet_NaN();
        // Rows 0..3 complete: a = 1 2 3 4, b = 2 1 4 3 -> corr = 0.6. Rows 4, 5 half missing.
        const float a[6] = {1, 2, 3, 4, 100, nan};
        const float b[6] = {2, 1, 4, 3, nan, -100};
        for (int r = 0; r < 6; ++r) {
            d.labels(0, r) = a[r];
            d.labels(1, r) = b[r];
        }
        QVERIFY(std::fabs(mtl::labelCorrelation(d, 0, 1) - 0.6) < 1e-9);
        QVERIFY(std::isnan(mtl::labelCorrelation(d, 0, 2)));
    }

    void permutation() {
        const std::vector<int> p = mtl::seededPermutation(1000, 7);
        QCOMPARE(std::set<int>(p.begin(), p.end()).size(), size_t(1000));
        QCOMPARE(*std::min_element(p.begin(), p.end()), 0);
        QCOMPARE(*std::max_element(p.begin(), p.end()), 999);
        QVERIFY(p == mtl::seededPermutation(1000, 7));
        QVERIFY(p != mtl::seededPermutation(1000, 8));
        int fixedPoints = 0;
        for (int i = 0; i < 1000; ++i) fixedPoints += p[i] == i;
        QVERIFY(fixedPoints < 10);  // a shuffle, not the identity (expected about 1)
    }

    // ---- Synthetic ------------------------------------------------------------------------
    void syntheticShapes() {
        mtl::SyntheticConfig cfg;
        mtl::SyntheticInfo info;
        const mtl::DataSplits s = mtl::makeSynthetic(cfg, &info);
        QCOMPARE(s.train.rows(), 10000);
        QCOMPARE(s.valid.rows(), 2000);
        QCOMPARE(s.test.rows(), 2000);
        for (const mtl::Dataset* d : {&s.train, &s.valid, &s.test}) {
            d->check();
            QCOMPARE(d->schema.numeric(), 100);
            QCOMPARE(d->schema.fields(), 0);
            QCOMPARE(int(d->schema.tasks.size()), 2);
            QCOMPARE(d->schema.tasks[0].name, std::string("task1"));
            QCOMPARE(d->schema.tasks[1].name, std::string("task2"));
            QVERIFY(d->schema.tasks[0].kind == mtl::TaskKind::Regression);
        }
        QCOMPARE(int(info.alpha.size()), 10);
        QCOMPARE(int(info.beta.size()), 10);
        // x ~ N(0, I): 1.4 million draws, so mean and variance are within ~0.005 of 0 and 1.
        double sum = 0, sumSq = 0;
        long long k = 0;
        for (const mtl::Dataset* d : {&s.train, &s.valid, &s.test})
            for (Eigen::Index j = 0; j < d->numeric.cols(); ++j)
                for (Eigen::Index i = 0; i < d->numeric.rows(); ++i, ++k) {
                    sum += d->numeric(i, j);
                    sumSq += double(d->numeric(i, j)) * d->numeric(i, j);
                }
        const double mean = sum / k, var = sumSq / k - mean * mean;
        QVERIFY2(std::fabs(mean) < 0.01, qPrintable(QString::number(mean)));
        QVERIFY2(std::fabs(var - 1) < 0.01, qPrintable(QString::number(var)));

        cfg.nTrain = 50;
        cfg.nValid = 0;
        cfg.nTest = 7;
        cfg.d = 3;
        const mtl::DataSplits small = mtl::makeSynthetic(cfg);
        QCOMPARE(small.train.rows(), 50);
        QCOMPARE(small.valid.rows(), 0);
        QCOMPARE(small.test.rows(), 7);
        QCOMPARE(small.test.schema.numeric(), 3);
        cfg.p = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mtl::makeSynthetic(cfg));
    }

    void syntheticDeterminism() {
        mtl::SyntheticConfig cfg;
        cfg.nTrain = 500;
        cfg.nValid = 100;
        cfg.nTest = 100;
        cfg.seed = 42;
        const mtl::DataSplits a = mtl::makeSynthetic(cfg), b = mtl::makeSynthetic(cfg);
        QVERIFY(sameData(a.train, b.train));
        QVERIFY(sameData(a.valid, b.valid));
        QVERIFY(sameData(a.test, b.test));
        cfg.seed = 43;
        const mtl::DataSplits c = mtl::makeSynthetic(cfg);
        QVERIFY(!sameData(a.train, c.train));
        // Inputs do not depend on p (common random numbers), labels do.
        cfg.seed = 42;
        cfg.p = 0.9;
        const mtl::DataSplits e = mtl::makeSynthetic(cfg);
        QVERIFY(a.train.numeric == e.train.numeric);
        QVERIFY(a.train.labels.row(0) == e.train.labels.row(0));  // w1 does not depend on p
        QVERIFY(a.train.labels.row(1) != e.train.labels.row(1));
    }

    void syntheticGeometry() {
        for (double p : {0.0, 0.5, 0.9}) {
            mtl::SyntheticConfig cfg;
            cfg.nTrain = 10;
            cfg.nValid = cfg.nTest = 0;
            cfg.p = p;
            cfg.c = 2.0;
            mtl::SyntheticInfo info;
            mtl::makeSynthetic(cfg, &info);
            QCOMPARE(int(info.u1.size()), 100);
            QVERIFY(std::fabs(norm(info.u1) - 1) < 1e-12);
            QVERIFY(std::fabs(norm(info.u2) - 1) < 1e-12);
            QVERIFY2(std::fabs(dot(info.u1, info.u2)) < 1e-12,
                     qPrintable(QString::number(dot(info.u1, info.u2))));
            QVERIFY(std::fabs(norm(info.w1) - 2) < 1e-12);
            QVERIFY(std::fabs(norm(info.w2) - 2) < 1e-12);
            const double cosine = dot(info.w1, info.w2) / (norm(info.w1) * norm(info.w2));
            QVERIFY(std::fabs(cosine - p) < 1e-12);
        }
    }

    void syntheticLabelsFollowFormula() {
        mtl::SyntheticConfig cfg;
        cfg.nTrain = 200;
        cfg.nValid = cfg.nTest = 10;
        cfg.noiseStd = 0;
        cfg.p = 0.3;
        mtl::SyntheticInfo info;
        const mtl::DataSplits s = mtl::makeSynthetic(cfg, &info);
        double worst = 0;
        for (const mtl::Dataset* d : {&s.train, &s.test})
            for (int r = 0; r < d->rows(); ++r) {
                const Eigen::VectorXd x = d->numeric.col(r).cast<double>();
                for (int k = 0; k < 2; ++k) {
                    const double wx = dot(k == 0 ? info.w1 : info.w2, x);
                    double y = wx;
                    for (int i = 0; i < cfg.m; ++i)
                        y += std::sin(info.alpha[i] * wx + info.beta[i]);
                    worst = std::max(worst, std::fabs(y - d->labels(k, r)) / (1 + std::fabs(y)));
                }
            }
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));  // float rounding only
        // With noise: residuals have the configured standard deviation.
        cfg.noiseStd = 0.1;
        cfg.nTrain = 5000;
        const mtl::DataSplits n = mtl::makeSynthetic(cfg, &info);
        double ss = 0;
        for (int r = 0; r < n.train.rows(); ++r) {
            const Eigen::VectorXd x = n.train.numeric.col(r).cast<double>();
            const double wx = dot(info.w1, x);
            double y = wx;
            for (int i = 0; i < cfg.m; ++i) y += std::sin(info.alpha[i] * wx + info.beta[i]);
            ss += (n.train.labels(0, r) - y) * (n.train.labels(0, r) - y);
        }
        const double sd = std::sqrt(ss / n.train.rows());
        QVERIFY2(std::fabs(sd - 0.1) < 0.005, qPrintable(QString::number(sd)));
    }

    // The label correlation is not p itself: the sinusoids make the labels nonlinear functions of
    // w_k^T x, which lowers the correlation (by Mehler's formula corr = sum_n h_n rho^n / sum_n h_n
    // with Hermite weights h_n >= 0, so 0 at p = 0, monotone increasing in p and at most p). How
    // much lower depends on the drawn alpha, beta: over seeds 1..10 we measured 0.23..0.47 for
    // p = 0.5 and 0.71..0.89 for p = 0.9. So we check: the exact population value computed from
    // the drawn alpha, beta (closed form above) within 0.025 of the measurement (with 50,000 rows
    // the sampling error is below 0.01; measured deviations were at most 0.009), the bound
    // corr <= p, monotonicity in p, and closeness to 0 for p = 0.
    void syntheticCorrelation_data() {
        QTest::addColumn<qulonglong>("seed");
        for (qulonglong s : {1ULL, 2ULL, 3ULL}) QTest::addRow("seed %llu", s) << s;
    }
    void syntheticCorrelation() {
        QFETCH(qulonglong, seed);
        double previous = -1;
        for (double p : {0.0, 0.5, 0.9}) {
            mtl::SyntheticConfig cfg;
            cfg.nTrain = 50000;
            cfg.nValid = cfg.nTest = 0;
            cfg.p = p;
            cfg.seed = seed;
            mtl::SyntheticInfo info;
            const mtl::DataSplits s = mtl::makeSynthetic(cfg, &info);
            const double measured = pearson(s.train.labels, 0, 1);
            const double theory =
                theoreticalCorrelation(info.alpha, info.beta, p, cfg.c, cfg.noiseStd);
            qInfo("seed %llu p %.1f: measured label correlation %.4f, population value %.4f",
                  static_cast<unsigned long long>(seed), p, measured, theory);
            QVERIFY(std::fabs(info.measuredCorrelation - measured) < 1e-6);
            QVERIFY2(
                std::fabs(measured - theory) < 0.025,
                qPrintable(
                    QString("p %1: measured %2, expected %3").arg(p).arg(measured).arg(theory)));
            QVERIFY(measured <= p + 0.025);
            if (p == 0.0) QVERIFY(std::fabs(measured) < 0.03);
            if (p > 0.0) QVERIFY(measured > p - 0.35);  // rough closeness (see above)
            QVERIFY(measured > previous);
            previous = measured;
            bool noted = false;
            for (const auto& n : s.notes)
                noted |= n.find("correlation") != std::string::npos &&
                         n.find(QString::number(info.measuredCorrelation, 'f', 4).toStdString()) !=
                             std::string::npos;
            QVERIFY(noted);
        }
    }

    void syntheticBinary() {
        mtl::SyntheticConfig cfg;
        cfg.binary = true;
        cfg.nTrain = 4000;
        cfg.p = 0.9;
        mtl::SyntheticInfo info;
        const mtl::DataSplits s = mtl::makeSynthetic(cfg, &info);
        for (const mtl::Dataset* d : {&s.train, &s.valid, &s.test}) {
            d->check();  // labels in {0, 1}
            QVERIFY(d->schema.tasks[1].kind == mtl::TaskKind::Binary);
        }
        QCOMPARE(positives(s.train, 0), 2000);  // median split of continuous values
        QCOMPARE(positives(s.train, 1), 2000);
        QVERIFY(std::fabs(positives(s.test, 0) - 1000) < 150);
        QVERIFY(std::fabs(info.measuredCorrelation - pearson(s.train.labels, 0, 1)) < 1e-9);
        QVERIFY(info.measuredCorrelation > 0.3);
        QVERIFY(info.measuredCorrelation < info.regressionCorrelation + 0.05);
    }

    // ---- Census-income --------------------------------------------------------------------
    void censusShapes() {
        if (censusDir_.isEmpty())
            QSKIP("census-income data not found (set MTL_CENSUS_DIR to shared/data/census-income)");
        for (int g : {1, 2}) {
            const mtl::DataSplits* s = census(g);
            QCOMPARE(s->train.rows(), 199523);
            QCOMPARE(s->valid.rows(), 49881);
            QCOMPARE(s->test.rows(), 49881);
            for (const mtl::Dataset* d : {&s->train, &s->valid, &s->test}) {
                d->check();
                QCOMPARE(d->schema.numeric(), 7);
                QCOMPARE(d->schema.fields(), 31);
                QVERIFY(d->schema.sameFeatures(s->train.schema));
            }
            QCOMPARE(s->train.schema.tasks[0].name, std::string(g == 1 ? "income" : "education"));
            QCOMPARE(s->train.schema.tasks[1].name, std::string("marital"));
        }
    }

    void censusLabelCounts() {
        if (censusDir_.isEmpty()) QSKIP("census-income data not found");
        const mtl::DataSplits* g1 = census(1);
        const mtl::DataSplits* g2 = census(2);
        // Counts from shared/data/census-income/README.md.
        QCOMPARE(positives(g1->train, 0), 12382);
        QCOMPARE(positives(g1->train, 1), 86485);
        QCOMPARE(positives(g2->train, 0), 39183);
        QCOMPARE(positives(g2->train, 1), 86485);
        // valid + test together are the whole test file.
        QCOMPARE(positives(g1->valid, 0) + positives(g1->test, 0), 6186);
        QCOMPARE(positives(g1->valid, 1) + positives(g1->test, 1), 43143);
        QCOMPARE(g1->train.labels.rows(), 2);
        QVERIFY(!g1->train.labels.hasNaN());
    }

    void censusFeatures() {
        if (censusDir_.isEmpty()) QSKIP("census-income data not found");
        const mtl::DataSplits* s = census(1);
        const mtl::DataSchema& sc = s->train.schema;
        const std::vector<std::string> expectedNumeric = {"age",
                                                          "wage per hour",
                                                          "capital gains",
                                                          "capital losses",
                                                          "dividends from stocks",
                                                          "num persons worked for employer",
                                                          "weeks worked in year"};
        QVERIFY(sc.numericNames == expectedNumeric);
        for (const auto& name : sc.categoricalNames) {
            QVERIFY(name != "instance weight");
            QVERIFY(name != "education");
            QVERIFY(name != "marital stat");
            QVERIFY(name != "income");
        }
        QCOMPARE(sc.categoricalNames.front(), std::string("class of worker"));
        QCOMPARE(sc.categoricalNames.back(), std::string("year"));
        for (int f = 0; f < sc.fields(); ++f) {
            // Every value appears in train, so no train code is 0; all codes are in range.
            QVERIFY(sc.cardinalities[f] >= 3);
            QVERIFY(s->train.categorical.row(f).minCoeff() >= 1);
            QCOMPARE(s->train.categorical.row(f).maxCoeff(), sc.cardinalities[f] - 1);
            for (const mtl::Dataset* d : {&s->valid, &s->test}) {
                QVERIFY(d->categorical.row(f).minCoeff() >= 0);
                QVERIFY(d->categorical.row(f).maxCoeff() < sc.cardinalities[f]);
            }
        }
        const int year = sc.fields() - 1;
        QCOMPARE(sc.cardinalities[year], 3);  // 94, 95 + unseen
        QCOMPARE(sc.oneHotWidth(),
                 7 + std::accumulate(sc.cardinalities.begin(), sc.cardinalities.end(), 0));
    }

    void censusStandardised() {
        if (censusDir_.isEmpty()) QSKIP("census-income data not found");
        const mtl::DataSplits* s = census(1);
        for (int i = 0; i < 7; ++i) {
            double mean = 0, sd = 0;
            rowStats(s->train.numeric, i, mean, sd);
            QVERIFY2(std::fabs(mean) < 1e-4, qPrintable(QString::number(mean)));
            QVERIFY2(std::fabs(sd - 1) < 1e-4, qPrintable(QString::number(sd)));
            // Same population, so the held-out rows are close to standardised too (not exactly).
            double testMean = 0, testSd = 0;
            rowStats(s->test.numeric, i, testMean, testSd);
            QVERIFY(std::fabs(testMean) < 0.05);
        }
        // Age is not constant and row 0 of train is 73 years old: above the mean of ~34.5.
        QVERIFY(s->train.numeric(0, 0) > 1.5);
    }

    void censusCorrelation() {
        if (censusDir_.isEmpty()) QSKIP("census-income data not found");
        // README: |corr| on the whole test file is 0.1787 (group 1) and 0.2376 (group 2).
        const double expected[2] = {0.1787, 0.2376};
        for (int g : {1, 2}) {
            const mtl::DataSplits* s = census(g);
            const double onTest = pearson(s->test.labels, 0, 1);
            Eigen::MatrixXf both(2, s->valid.rows() + s->test.rows());
            both << s->valid.labels, s->test.labels;
            const double onFile = pearson(both, 0, 1);
            qInfo("group %d: corr on test split %.4f, on the whole test file %.4f", g, onTest,
                  onFile);
            QVERIFY2(std::fabs(std::fabs(onFile) - expected[g - 1]) < 0.0005,
                     qPrintable(QString::number(onFile)));
            QVERIFY2(std::fabs(std::fabs(onTest) - expected[g - 1]) < 0.01,
                     qPrintable(QString::number(onTest)));
            QVERIFY(onTest < 0);  // high earners / graduates are rarely never married
            bool noted = false;
            for (const auto& n : s->notes)
                noted |= n.find(QString::number(onTest, 'f', 4).toStdString()) != std::string::npos;
            QVERIFY(noted);
        }
    }

    void censusSeedAndLimits() {
        if (censusDir_.isEmpty()) QSKIP("census-income data not found");
        mtl::CensusConfig cfg;
        cfg.dir = censusDir_.toStdString();
        cfg.maxTrainRows = 2000;
        cfg.maxTestRows = 1001;
        const mtl::DataSplits a = mtl::loadCensus(cfg);
        QCOMPARE(a.train.rows(), 2000);
        QCOMPARE(a.valid.rows(), 500);
        QCOMPARE(a.test.rows(), 501);
        a.train.check();
        a.valid.check();
        a.test.check();
        const mtl::DataSplits same = mtl::loadCensus(cfg);
        QVERIFY(same.valid.categorical == a.valid.categorical);
        cfg.seed = 2;
        const mtl::DataSplits b = mtl::loadCensus(cfg);
        QVERIFY(b.train.numeric == a.train.numeric);  // train does not depend on the seed
        QVERIFY(b.valid.numeric != a.valid.numeric);
        QCOMPARE(positives(b.valid, 1) + positives(b.test, 1),
                 positives(a.valid, 1) + positives(a.test, 1));
        cfg.group = 3;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mtl::loadCensus(cfg));
    }

    void censusMalformed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray good = QByteArray(kCensusRow) + "\n";
        QByteArray shortRow = QByteArray(kCensusRow);
        shortRow.truncate(shortRow.lastIndexOf(", "));  // 41 fields
        writeFile(dir.filePath("census-income.data"), good + good + shortRow + "\n" + good);
        writeFile(dir.filePath("census-income.test"), good + good);
        mtl::CensusConfig cfg;
        cfg.dir = dir.path().toStdString();
        QString msg = dataErrorOf([&] { mtl::loadCensus(cfg); });
        QVERIFY2(msg.contains("census-income.data") && msg.contains("line 3") &&
                     msg.contains("41 fields"),
                 qPrintable(msg));

        // Plain (uncompressed) files load; a bad number names line and column.
        writeFile(dir.filePath("census-income.data"), good + good + "\n");
        const mtl::DataSplits ok = mtl::loadCensus(cfg);
        QCOMPARE(ok.train.rows(), 2);
        QCOMPARE(ok.valid.rows() + ok.test.rows(), 2);
        QByteArray badAge = good;
        badAge.replace(0, 2, "7x");
        writeFile(dir.filePath("census-income.test"), good + badAge);
        msg = dataErrorOf([&] { mtl::loadCensus(cfg); });
        QVERIFY2(msg.contains("census-income.test") && msg.contains("line 2") &&
                     msg.contains("age") && msg.contains("7x"),
                 qPrintable(msg));

        cfg.dir = dir.filePath("missing").toStdString();
        QVERIFY(!dataErrorOf([&] { mtl::loadCensus(cfg); }).isEmpty());
    }

    // loadCensusText (the fuzz harness's entry point) is loadCensus without the files: the same
    // splits from the same text, and line errors name the names it is given.
    void censusFromText() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray other = QByteArray(kCensusRow);
        other.replace(0, 2, "58");
        const QByteArray train = QByteArray(kCensusRow) + "\n" + other + "\n" + kCensusRow + "\n";
        const QByteArray test = other + "\n" + kCensusRow + "\n" + other + "\n" + other + "\n";
        writeFile(dir.filePath("census-income.data"), train);
        writeFile(dir.filePath("census-income.test"), test);
        mtl::CensusConfig cfg;
        cfg.dir = dir.path().toStdString();
        cfg.seed = 7;
        mtl::FeatureEncoding fe, te;
        const mtl::DataSplits f = mtl::loadCensus(cfg, &fe);
        cfg.dir = dir.filePath("not used").toStdString();
        const mtl::DataSplits t =
            mtl::loadCensusText({std::string_view(train.constData(), size_t(train.size())),
                                 std::string_view(test.constData(), size_t(test.size()))},
                                cfg, &te);
        QCOMPARE(t.train.rows(), 3);
        QCOMPARE(t.valid.rows() + t.test.rows(), 4);
        for (auto [a, b] :
             {std::pair{&f.train, &t.train}, {&f.valid, &t.valid}, {&f.test, &t.test}}) {
            QVERIFY(a->numeric == b->numeric);
            QVERIFY(a->categorical == b->categorical);
            QVERIFY(a->labels == b->labels);
        }
        QVERIFY(fe.mean == te.mean && fe.categories == te.categories);

        mtl::CensusText bad{std::string_view(train.constData(), size_t(train.size())), "1, 2\n",
                            "train.txt", "held-out.txt"};
        const QString msg = dataErrorOf([&] { mtl::loadCensusText(bad, cfg); });
        QVERIFY2(msg.contains("held-out.txt") && msg.contains("line 1"), qPrintable(msg));
        bad.train = "";
        bad.test = std::string_view(test.constData(), size_t(test.size()));
        QVERIFY2(dataErrorOf([&] { mtl::loadCensusText(bad, cfg); }).contains("train.txt"),
                 "an empty training text is refused, named");
    }

    // ---- CSV --------------------------------------------------------------------------------
    void csvGoodFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("good.csv");
        writeFile(path,
                  "id,city,age,note,label\r\n"
                  "1,Paris,1,x,yes\r\n"
                  "2,\"New York, NY\",2,\"two\r\nlines\",0\r\n"
                  "3, Paris ,3,\"say \"\"hi\"\"\",TRUE\r\n"
                  "4,\"Say \"\"hi\"\"\",,z,\r\n"
                  "\r\n\r\n");
        mtl::CsvOptions opt;
        opt.validFrac = opt.testFrac = 0;
        opt.columns = {{"", mtl::ColumnRole::Ignore, "", mtl::TaskKind::Binary},
                       {"", mtl::ColumnRole::Categorical, "", mtl::TaskKind::Binary},
                       {"", mtl::ColumnRole::Numeric, "", mtl::TaskKind::Binary},
                       {"", mtl::ColumnRole::Categorical, "", mtl::TaskKind::Binary},
                       {"", mtl::ColumnRole::Label, "clicked", mtl::TaskKind::Binary}};
        mtl::FeatureEncoding enc;
        const mtl::DataSplits s = mtl::loadCsv(path.toStdString(), opt, &enc);
        s.train.check();
        QCOMPARE(s.train.rows(), 4);
        QCOMPARE(s.valid.rows(), 0);
        QCOMPARE(s.test.rows(), 0);
        const mtl::DataSchema& sc = s.train.schema;
        QVERIFY(sc.numericNames == std::vector<std::string>{"age"});
        QVERIFY((sc.categoricalNames == std::vector<std::string>{"city", "note"}));
        QCOMPARE(sc.tasks.size(), size_t(1));
        QCOMPARE(sc.tasks[0].name, std::string("clicked"));
        QVERIFY((sc.cardinalities == std::vector<int>{4, 5}));
        // city: Paris, "New York, NY", Paris (trimmed), Say "hi" -> 1 2 1 3
        QCOMPARE(s.train.categorical(0, 0), 1);
        QCOMPARE(s.train.categorical(0, 1), 2);
        QCOMPARE(s.train.categorical(0, 2), 1);
        QCOMPARE(s.train.categorical(0, 3), 3);
        QCOMPARE(enc.categories[0][1], std::string("New York, NY"));
        QCOMPARE(enc.categories[0][2], std::string("Say \"hi\""));
        QCOMPARE(enc.categories[1][1], std::string("two\r\nlines"));
        QCOMPARE(enc.categories[1][2], std::string("say \"hi\""));
        // age 1, 2, 3, missing: mean 2, sd sqrt(2/3); missing -> mean -> 0.
        const double sd = std::sqrt(2.0 / 3.0);
        QVERIFY(std::fabs(s.train.numeric(0, 0) - (-1 / sd)) < 1e-5);
        QVERIFY(std::fabs(s.train.numeric(0, 1)) < 1e-6);
        QVERIFY(std::fabs(s.train.numeric(0, 2) - 1 / sd) < 1e-5);
        QCOMPARE(s.train.numeric(0, 3), 0.0f);
        QVERIFY(std::fabs(enc.mean[0] - 2) < 1e-12);
        // labels yes, 0, TRUE, empty
        QCOMPARE(s.train.labels(0, 0), 1.0f);
        QCOMPARE(s.train.labels(0, 1), 0.0f);
        QCOMPARE(s.train.labels(0, 2), 1.0f);
        QVERIFY(std::isnan(s.train.labels(0, 3)));
    }

    void csvInferAndSplit() {
        QTemporaryDir dir;
        const QString path = dir.filePath("split.csv");
        QByteArray text = "\xEF\xBB\xBFx;colour;y\n";  // with a UTF-8 byte order mark
        const char* colours[3] = {"red", "green", "blue"};
        for (int i = 0; i < 100; ++i)
            text += QByteArray::number(i * 0.5) + ";" + colours[i % 3] + ";" +
                    (i == 99 ? "" : QByteArray::number(i)) + "\n";
        writeFile(path, text);
        mtl::CsvOptions opt;
        opt.delimiter = ';';
        opt.validFrac = 0.1;
        opt.testFrac = 0.2;
        opt.seed = 5;
        const mtl::DataSplits s = mtl::loadCsv(path.toStdString(), opt);
        QCOMPARE(s.train.rows(), 70);
        QCOMPARE(s.valid.rows(), 10);
        QCOMPARE(s.test.rows(), 20);
        const mtl::DataSchema& sc = s.train.schema;
        QVERIFY(sc.numericNames == std::vector<std::string>{"x"});
        QVERIFY(sc.categoricalNames == std::vector<std::string>{"colour"});
        QCOMPARE(sc.tasks[0].name, std::string("y"));
        QVERIFY(sc.tasks[0].kind == mtl::TaskKind::Regression);  // not 0/1 -> regression
        QCOMPARE(sc.cardinalities[0], 4);
        // The label is the row number: splits are disjoint, cover every row, keep file order,
        // and the features travel with their row (x = id / 2, colour = colours[id % 3]).
        mtl::FeatureEncoding enc;
        const mtl::DataSplits e = mtl::loadCsv(path.toStdString(), opt, &enc);
        QVERIFY(e.train.numeric == s.train.numeric);
        auto ids = [](const mtl::Dataset& d) {
            std::vector<int> v;
            for (int r = 0; r < d.rows(); ++r)
                v.push_back(std::isnan(d.labels(0, r)) ? 99 : int(d.labels(0, r)));
            return v;
        };
        std::set<int> seen;
        for (const mtl::Dataset* d : {&s.train, &s.valid, &s.test}) {
            d->check();
            const std::vector<int> id = ids(*d);
            QVERIFY(std::is_sorted(id.begin(), id.end()));
            for (int r = 0; r < d->rows(); ++r) {
                QVERIFY(seen.insert(id[r]).second);
                const double x = d->numeric(0, r) * enc.stddev[0] + enc.mean[0];
                QVERIFY2(std::fabs(x - id[r] * 0.5) < 1e-4, qPrintable(QString::number(x)));
                const int code = d->categorical(0, r);
                QVERIFY(code >= 1);  // all three colours occur in train
                QCOMPARE(enc.categories[0][code - 1], std::string(colours[id[r] % 3]));
            }
        }
        QCOMPARE(int(seen.size()), 100);
        // x standardised on train: exact mean 0 there.
        QVERIFY(std::fabs(s.train.numeric.row(0).mean()) < 1e-5);
        // A different seed gives a different split.
        opt.seed = 6;
        const mtl::DataSplits t = mtl::loadCsv(path.toStdString(), opt);
        QCOMPARE(t.valid.rows(), 10);
        QVERIFY(ids(t.valid) != ids(s.valid));
    }

    void csvUnseenCategory() {
        QTemporaryDir dir;
        const QString path = dir.filePath("unseen.csv");
        QByteArray text;  // no header
        for (int i = 0; i < 50; ++i)
            text += "v" + QByteArray::number(i) + "," + QByteArray::number(i % 2) + "\n";
        writeFile(path, text);
        mtl::CsvOptions opt;
        opt.header = false;
        opt.validFrac = 0.2;
        opt.testFrac = 0.2;
        const mtl::DataSplits s = mtl::loadCsv(path.toStdString(), opt);
        QCOMPARE(s.train.schema.categoricalNames[0], std::string("column1"));
        QCOMPARE(s.train.schema.tasks[0].name, std::string("label"));
        QVERIFY(s.train.schema.tasks[0].kind == mtl::TaskKind::Binary);
        QCOMPARE(s.train.rows(), 30);
        QCOMPARE(s.train.schema.cardinalities[0], 31);
        for (int r = 0; r < 30; ++r) QCOMPARE(s.train.categorical(0, r), r + 1);  // file order
        for (const mtl::Dataset* d : {&s.valid, &s.test})
            for (int r = 0; r < d->rows(); ++r) QCOMPARE(d->categorical(0, r), 0);
    }

    void csvErrors() {
        QTemporaryDir dir;
        mtl::CsvOptions opt;
        const QString p1 = dir.filePath("badnum.csv");
        writeFile(p1, "name,age,label\nann,31,1\nbob,abc,0\n");
        opt.columns = {{"", mtl::ColumnRole::Categorical, "", mtl::TaskKind::Binary},
                       {"", mtl::ColumnRole::Numeric, "", mtl::TaskKind::Binary},
                       {"", mtl::ColumnRole::Label, "", mtl::TaskKind::Binary}};
        QString msg = dataErrorOf([&] { mtl::loadCsv(p1.toStdString(), opt); });
        QVERIFY2(msg.contains("badnum.csv") && msg.contains("line 3") && msg.contains("column 2") &&
                     msg.contains("'age'") && msg.contains("abc"),
                 qPrintable(msg));

        const QString p2 = dir.filePath("short.csv");
        writeFile(p2, "a,b,label\n1,2,1\n3,4,0\n5,6,1\n7,8,0\n9,10,1\n11,12,0\n13,14,1\n15,1\n");
        opt.columns.clear();
        msg = dataErrorOf([&] { mtl::loadCsv(p2.toStdString(), opt); });
        QVERIFY2(msg.contains("short.csv") && msg.contains("line 9") && msg.contains("2 fields") &&
                     msg.contains("expected 3"),
                 qPrintable(msg));

        const QString p3 = dir.filePath("label.csv");
        writeFile(p3, "a,label\n1,yes\n2,no\n3,maybe\n");
        opt.columns = {{"", mtl::ColumnRole::Numeric, "", mtl::TaskKind::Binary},
                       {"", mtl::ColumnRole::Label, "", mtl::TaskKind::Binary}};
        msg = dataErrorOf([&] { mtl::loadCsv(p3.toStdString(), opt); });
        QVERIFY2(msg.contains("line 4") && msg.contains("'label'") && msg.contains("maybe"),
                 qPrintable(msg));

        const QString p4 = dir.filePath("quote.csv");
        writeFile(p4, "a,label\n1,1\n\"2,0\n");
        msg = dataErrorOf([&] { mtl::loadCsv(p4.toStdString(), opt); });
        QVERIFY2(msg.contains("line 3"), qPrintable(msg));

        opt.columns.pop_back();  // declared columns must match the file
        QVERIFY(!dataErrorOf([&] { mtl::loadCsv(p3.toStdString(), opt); }).isEmpty());
        opt.columns.clear();
        QVERIFY(!dataErrorOf([&] {
                     mtl::loadCsv(dir.filePath("nope.csv").toStdString(), opt);
                 }).isEmpty());
    }

    void csvPreview() {
        QTemporaryDir dir;
        const QString path = dir.filePath("preview.csv");
        QByteArray text = "n,word,ok\n";
        // About 2 MB, more than the preview's first read (1 MB).
        for (int i = 0; i < 100000; ++i)
            text += QByteArray::number(i) + ",\"w,\"\"" + QByteArray::number(i) + "\"," +
                    (i % 2 ? "yes" : "no") + "\n";
        writeFile(path, text);
        const mtl::CsvPreview pv = mtl::previewCsv(path.toStdString(), mtl::CsvOptions(), 5);
        QVERIFY((pv.header == std::vector<std::string>{"n", "word", "ok"}));
        QCOMPARE(pv.rows.size(), size_t(5));
        QCOMPARE(pv.rows[4][1], std::string("w,\"4"));
        QCOMPARE(pv.lines[4], 6LL);
        QCOMPARE(pv.columns.size(), size_t(3));
        QVERIFY(pv.columns[0].role == mtl::ColumnRole::Numeric);
        QVERIFY(pv.columns[1].role == mtl::ColumnRole::Categorical);
        QVERIFY(pv.columns[2].role == mtl::ColumnRole::Label);
        QVERIFY(pv.columns[2].kind == mtl::TaskKind::Binary);
    }
};

QTEST_APPLESS_MAIN(TestData)
#include "tst_data.moc"
