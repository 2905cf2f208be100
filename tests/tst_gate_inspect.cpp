// Gate inspection (metrics/GateInspect): allocation by slice, expert similarity, the 2-D
// projection of gate vectors and one example's drill-down, on constructed inputs with known
// answers and on the forward pass of a real small MMoE.
#include <QtTest>
#include <cmath>
#include <random>

#include "data/Census.h"
#include "data/Synthetic.h"
#include "graph/Templates.h"
#include "metrics/GateAnalysis.h"
#include "metrics/GateInspect.h"
#include "nn/Model.h"
#include "train/Inspect.h"

using namespace mtl;

namespace {

// A gate over 2 experts that routes by the sign of x: weight `sure` on expert 0 for x < 0, on
// expert 1 for x >= 0.
Eigen::MatrixXd signGate(const std::vector<double>& x, double sure) {
    Eigen::MatrixXd w(2, static_cast<Eigen::Index>(x.size()));
    for (size_t i = 0; i < x.size(); ++i) {
        const double a = x[i] < 0 ? sure : 1 - sure;
        w(0, static_cast<Eigen::Index>(i)) = a;
        w(1, static_cast<Eigen::Index>(i)) = 1 - a;
    }
    return w;
}

// A census-income record (42 fields) with the given education, marital stat and income label.
std::string censusRow(const std::string& education, const std::string& marital, bool rich) {
    return "73, Not in universe, 0, 0, " + education + ", 0, Not in universe, " + marital +
           ", Not in universe or children, Not in universe, White, All other, Female, Not in "
           "universe, Not in universe, Not in labor force, 0, 0, 0, Nonfiler, Not in universe, "
           "Not in universe, Other Rel 18+ ever marr not in subfamily, Other relative of "
           "householder, 1700.09, ?, ?, ?, Not in universe under 1 year old, ?, 0, Not in "
           "universe, United-States, United-States, United-States, Native- Born in the United "
           "States, 0, Not in universe, 2, 0, 95, " +
           (rich ? "50000+." : "- 50000.") + "\n";
}

std::vector<double> balancedFeature(int n) {  // n/2 negative, n/2 positive, interleaved
    std::vector<double> x;
    for (int i = 0; i < n; ++i) x.push_back(i % 2 == 0 ? -1.0 - i : 1.0 + i);
    return x;
}

}  // namespace

class TestGateInspect : public QObject {
    Q_OBJECT
private slots:
    void quantileBinsAreDeterministicAndSkipNaN() {
        const std::vector<double> v{5, 1, 3, std::nan(""), 2, 4, 6, 8, 7};
        const SliceColumn s = quantileSlices("v", v, 2);
        QCOMPARE(s.slices(), 2);
        // 8 finite values: the cut is the 5th smallest (5); 1..4 low, 5..8 high.
        const std::vector<int> expected{1, 0, 0, -1, 0, 0, 1, 1, 1};
        QCOMPARE(s.codes, expected);
        QCOMPARE(s.labels[0], std::string("[1, 4]"));
        QCOMPARE(s.labels[1], std::string("[5, 8]"));
        QCOMPARE(quantileSlices("v", v, 2).codes, s.codes);
        // A column with one value gets one bin, not empty ones.
        QCOMPARE(quantileSlices("c", {2, 2, 2, 2}, 4).slices(), 1);
    }

    void categoricalSlicesSortValues() {
        const SliceColumn s = categoricalSlices("edu", {"b", "a", "", "b"});
        QCOMPARE(s.labels, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(s.codes, (std::vector<int>{1, 0, -1, 1}));
    }

    void signRoutedGateGivesKnownSliceAllocations() {
        const std::vector<double> x = balancedFeature(200);
        const Eigen::MatrixXd w = signGate(x, 0.9);
        const SliceAllocation a = allocationBySlice(w, quantileSlices("x", x, 2));
        QCOMPARE(a.counts, (std::vector<int>{100, 100}));
        QVERIFY(std::abs(a.mean(0, 0) - 0.9) < 1e-12);  // negative slice: expert 0
        QVERIFY(std::abs(a.mean(0, 1) - 0.1) < 1e-12);
        QVERIFY(std::abs(a.mean(1, 0) - 0.1) < 1e-12);  // positive slice: expert 1
        QVERIFY(std::abs(a.mean(1, 1) - 0.9) < 1e-12);
        QVERIFY(std::abs(a.overall(0) - 0.5) < 1e-12);
        QVERIFY(std::abs(a.mutualInformation - 1.0) < 1e-12);  // perfectly routed, balanced
        QVERIFY(a.weightedJs > 0.1);
    }

    void sliceIndependentOfRoutingHasZeroDependence() {
        const std::vector<double> x = balancedFeature(200);
        const Eigen::MatrixXd w = signGate(x, 0.8);
        // Slice: i % 4 < 2, independent of the sign (which alternates with i).
        std::vector<std::string> other;
        for (int i = 0; i < 200; ++i) other.push_back(i % 4 < 2 ? "a" : "b");
        const SliceAllocation a = allocationBySlice(w, categoricalSlices("o", other));
        QCOMPARE(a.counts, (std::vector<int>{100, 100}));
        QVERIFY(std::abs(a.mutualInformation) < 1e-12);
        QVERIFY(std::abs(a.weightedJs) < 1e-12);
        QVERIFY(std::abs(a.mean(0, 0) - 0.5) < 1e-12);
    }

    void mismatchedSliceColumnGivesNaNNotACrash() {
        const SliceAllocation a =
            allocationBySlice(Eigen::MatrixXd::Ones(2, 5), categoricalSlices("o", {"a", "b"}));
        QVERIFY(std::isnan(a.mutualInformation));
        QVERIFY(a.counts.empty());
    }

    void censusKeepsRemovedColumnsAsSideColumns() {
        // Education and marital stat are not inputs, but their raw values stay per row of each
        // split (valid and test: the shuffled halves of the .test rows) to slice by.
        const char* edu[] = {"Bachelors degree(BA AB BS)", "High school graduate",
                             "Doctorate degree(PhD EdD)"};
        std::string train, test;
        for (int i = 0; i < 6; ++i) train += censusRow(edu[i % 3], "Never married", i % 2 == 0);
        for (int i = 0; i < 10; ++i)
            test += censusRow(edu[i % 3], i < 5 ? "Divorced" : "Never married", i % 2 == 0);
        CensusConfig cfg;
        const DataSplits d = loadCensusText({train, test}, cfg);
        QCOMPARE(d.side.size(), size_t(2));
        QCOMPARE(d.side[0].name, std::string("education"));
        QCOMPARE(d.side[0].train.size(), size_t(6));
        QCOMPARE(d.side[0].valid.size(), size_t(d.valid.rows()));
        QCOMPARE(d.side[0].test.size(), size_t(d.test.rows()));
        QVERIFY(std::find(d.train.schema.categoricalNames.begin(),
                          d.train.schema.categoricalNames.end(),
                          "education") == d.train.schema.categoricalNames.end());
        // The side value agrees with the label it defines: marital = "Never married".
        const SliceColumn marital = dataSliceColumn(d, DataSplit::Valid, "marital stat");
        const SliceColumn label = dataSliceColumn(d, DataSplit::Valid, "marital");
        QCOMPARE(marital.codes.size(), size_t(5));
        for (size_t i = 0; i < marital.codes.size(); ++i)
            QCOMPARE(marital.labels[static_cast<size_t>(marital.codes[i])] == "Never married",
                     label.labels[static_cast<size_t>(label.codes[i])] == "1");
        // Education per row, through the slice column (train split: file order).
        const SliceColumn e = dataSliceColumn(d, DataSplit::Train, "education");
        QCOMPARE(e.slices(), 3);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(e.labels[static_cast<size_t>(e.codes[static_cast<size_t>(i)])],
                     std::string(edu[i % 3]));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 dataSliceColumn(d, DataSplit::Valid, "no such column"));
    }

    void inspectGatesSlicesAModelsValidationRows() {
        SyntheticConfig c;
        c.d = 6;
        c.nTrain = 50;
        c.nValid = 120;
        c.nTest = 10;
        c.binary = true;
        const DataSplits data = makeSynthetic(c);
        TemplateOptions o;
        o.schema = data.train.schema;
        o.experts = 3;
        o.expertUnits = {4};
        auto model = Model::compile(makeTemplate("mmoe", o), data.train.schema, 5);
        const GateInspection r =
            inspectGates(*model, data.valid, dataSliceColumn(data, DataSplit::Valid, "task1"), 0.95,
                         50);  // batches of 50: the expert outputs are assembled across batches
        QCOMPARE(r.rows, 120);
        QCOMPARE(r.allocation.size(), size_t(2));
        QCOMPARE(r.expertNames.size(), size_t(3));
        QCOMPARE(r.similarity.cka.rows(), Eigen::Index(3));
        QCOMPARE(r.gateExpertNames[0].size(), size_t(3));
        QCOMPARE(r.allocation[0].counts[0] + r.allocation[0].counts[1], 120);
        for (int e = 0; e < 3; ++e) QVERIFY(std::abs(r.similarity.cka(e, e) - 1) < 1e-9);
        QVERIFY(std::abs(r.allocation[0].overall.sum() - 1) < 1e-5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 inspectGates(*model, data.valid, categoricalSlices("x", {"a"})));
    }

    void identicalExpertsAreDuplicatesIndependentOnesNot() {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> nd;
        auto random = [&](int d, int n) {
            Eigen::MatrixXd m(d, n);
            for (int i = 0; i < d; ++i)
                for (int j = 0; j < n; ++j) m(i, j) = nd(rng);
            return m;
        };
        const Eigen::MatrixXd a = random(4, 500), b = random(4, 500);
        const ExpertSimilarity s = expertSimilarity({a, a * 3.0, b});
        QVERIFY(std::abs(s.cka(0, 1) - 1.0) < 1e-9);
        QVERIFY(s.cka(0, 2) < 0.2);
        QVERIFY(std::abs(s.cka(2, 2) - 1.0) < 1e-9);
        QCOMPARE(s.duplicates.size(), size_t(1));
        QCOMPARE(s.duplicates[0], std::make_pair(0, 1));
    }

    // The stacked-Gram computation gives linearCka's value for every pair, with experts of
    // different widths, and NaN for a constant expert.
    void similarityMatchesPairwiseCka() {
        std::mt19937 gen(11);
        std::normal_distribution<double> nd;
        std::vector<Eigen::MatrixXd> outs;
        for (const int width : {3, 5, 2, 4}) {
            Eigen::MatrixXd m(width, 400);
            for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = nd(gen);
            outs.push_back(m);
        }
        outs[3].topRows(2) = outs[1].topRows(2) * 2.0;  // partly related
        outs.push_back(Eigen::MatrixXd::Constant(3, 400, 1.5));
        const ExpertSimilarity s = expertSimilarity(outs, 0.95);
        for (size_t i = 0; i < outs.size(); ++i)
            for (size_t j = 0; j < outs.size(); ++j) {
                const double want = linearCka(outs[i], outs[j]);
                const double got = s.cka(Eigen::Index(i), Eigen::Index(j));
                if (std::isnan(want))
                    QVERIFY(std::isnan(got));
                else
                    QVERIFY2(
                        std::abs(got - want) < 1e-9,
                        qPrintable(
                            QStringLiteral("%1 %2: %3 vs %4").arg(i).arg(j).arg(got).arg(want)));
            }
        QVERIFY(s.duplicates.empty());
    }

    void pcaRecoversKnownAxisDeterministically() {
        // Points along (3, -4)/5 with a small orthogonal spread, around (1, 2).
        // Dynamic vectors: fixed-size 2-vectors trip a false -Warray-bounds in GCC 12's AVX-512
        // intrinsics.
        Eigen::VectorXd u(2), v(2), centre(2);
        u << 0.6, -0.8;
        v << 0.8, 0.6;
        centre << 1, 2;
        Eigen::MatrixXd x(2, 41);
        for (int i = 0; i < 41; ++i) {
            const double t = i - 20, s = i % 2 == 0 ? 0.1 : -0.1;  // uncorrelated with t
            x.col(i) = centre + t * u + s * v;
        }
        const Projection2d p = pca2d(x);
        // Largest |loading| (-0.8) made positive: the axis is -u.
        QVERIFY((p.axes.col(0) - (-u)).norm() < 1e-9);
        QVERIFY(std::abs(std::abs(p.axes.col(1).dot(v)) - 1) < 1e-9);
        QVERIFY(p.variance(0) > 100 * p.variance(1));
        QVERIFY((p.mean - (centre + 0.1 / 41 * v)).norm() < 1e-9);
        QVERIFY(std::abs(p.points(0, 0) - 20.0) < 1e-9);  // t = -20 along -u
        const Projection2d again = pca2d(x);
        QVERIFY(again.points == p.points);
        // Flipping the input's sign convention does not flip the output axes.
        QVERIFY((pca2d(-x).axes.col(0) - p.axes.col(0)).norm() < 1e-9);
        // Degenerate inputs: no crash, zero axes.
        QVERIFY(pca2d(Eigen::MatrixXd::Zero(3, 1)).axes.isZero());
        QCOMPARE(pca2d(Eigen::MatrixXd(1, 10).setOnes()).points.cols(), Eigen::Index(10));
    }

    // Experts that read only input x2 (their weights on every other input zeroed) are sensitive
    // to x2 and to nothing else; the scores are the same on a second run (fixed sample, fixed
    // permutation). One example followed through the model: its contributions add up to each
    // gate's mixture, its weights to 1.
    void sensitivityFindsTheOnlyFieldExpertsRead() {
        SyntheticConfig c;
        c.d = 6;
        c.nTrain = 40;
        c.nValid = 300;
        c.nTest = 10;
        c.binary = true;
        const DataSplits data = makeSynthetic(c);
        TemplateOptions o;
        o.schema = data.train.schema;
        o.experts = 3;
        o.expertUnits = {5};
        auto model = Model::compile(makeTemplate("mmoe", o), data.train.schema, 5);
        int zeroed = 0;
        for (Param* p : model->params())
            if (p->name.rfind("experts", 0) == 0 && p->value.cols() == 6) {
                for (int j = 0; j < 6; ++j)
                    if (j != 2) p->value.col(j).setZero();
                ++zeroed;
            }
        QVERIFY(zeroed > 0);
        InspectOptions opt;
        opt.sensitivityRows = 200;
        opt.batchSize = 64;
        const GateInspection r =
            inspectModel(*model, data.valid, dataSliceColumn(data, DataSplit::Valid, "task1"), opt);
        QCOMPARE(r.sensitivityRows, 200);
        QCOMPARE(r.fields.size(), size_t(6));
        QCOMPARE(r.sensitivity.rows(), Eigen::Index(3));
        for (Eigen::Index e = 0; e < 3; ++e)
            for (Eigen::Index f = 0; f < 6; ++f) {
                if (f == 2)
                    QVERIFY2(r.sensitivity(e, f) > 0.05,
                             qPrintable(QString::number(r.sensitivity(e, f))));
                else
                    QCOMPARE(r.sensitivity(e, f), 0.0);
            }
        const GateInspection again =
            inspectModel(*model, data.valid, dataSliceColumn(data, DataSplit::Valid, "task1"), opt);
        QCOMPARE(again.sensitivity, r.sensitivity);
        QCOMPARE(r.maps.size(), size_t(2));
        QCOMPARE(r.maps[0].points.cols(), Eigen::Index(300));
        QCOMPARE(r.predictions.cols(), Eigen::Index(300));

        const ExampleInspection x = inspectExample(*model, data.valid, 17, r);
        QCOMPARE(x.features.size(), size_t(6));
        QCOMPARE(x.gateWeights.size(), size_t(2));
        for (size_t g = 0; g < 2; ++g) {
            QVERIFY(std::abs(x.gateWeights[g].sum() - 1) < 1e-5);
            QVERIFY((x.drill.contributions[g].rowwise().sum() - x.drill.mixtures[g]).norm() < 1e-9);
            // The same weights as the whole-split evaluation gave for row 17.
            QVERIFY((x.gateWeights[g] - r.weights[g].col(17)).norm() < 1e-5);
        }
        for (size_t h = 0; h < x.predictions.size(); ++h)
            QVERIFY(std::abs(x.predictions[h] - r.predictions(Eigen::Index(h), 17)) < 1e-5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, inspectExample(*model, data.valid, 300, r));
    }

    // Every template with gates (softmax, Top-k, DSelect-k, OMoE's one gate, CGC and two-level
    // PLE whose gates see only some experts): each gate's allocation sums to 1 over the experts it
    // sees, every weight names an expert of the model, and one example's contributions add up to
    // each gate's mixture.
    void everyGateKindIsInspected() {
        SyntheticConfig c;
        c.d = 6;
        c.nTrain = 40;
        c.nValid = 150;
        c.nTest = 10;
        c.binary = true;
        const DataSplits data = makeSynthetic(c);
        int inspected = 0;
        for (const TemplateInfo& t : templateList()) {
            TemplateOptions o;
            o.schema = data.train.schema;
            o.experts = 4;
            o.expertUnits = {5};
            Graph g = makeTemplate(t.key, o);
            Model::bindInputs(g, data.train.schema);
            auto model = Model::compile(g, data.train.schema, 5);
            InspectOptions opt;
            opt.sensitivityRows = 50;
            const GateInspection r = inspectModel(
                *model, data.valid, dataSliceColumn(data, DataSplit::Valid, "task1"), opt);
            if (r.gates.empty()) continue;
            ++inspected;
            for (size_t k = 0; k < r.allocation.size(); ++k) {
                QVERIFY2(std::abs(r.allocation[k].overall.sum() - 1) < 1e-4, t.key.c_str());
                for (const int e : r.gateExperts[k]) QVERIFY2(e >= 0, t.key.c_str());
            }
            QCOMPARE(r.sensitivity.rows(), Eigen::Index(r.experts.size()));
            const ExampleInspection x = inspectExample(*model, data.valid, 3, r);
            for (size_t k = 0; k < x.drill.mixtures.size(); ++k) {
                QVERIFY2(x.drill.contributions[k].size() > 0, t.key.c_str());
                QVERIFY2(
                    (x.drill.contributions[k].rowwise().sum() - x.drill.mixtures[k]).norm() < 1e-9,
                    t.key.c_str());
            }
        }
        QVERIFY(inspected >= 6);  // omoe, mmoe, cgc, ple, mmoe_dselect, mmoe_topk
    }

    // A gate's experts must share one width; different gates' experts may differ.
    void drillDownChecksWidthsPerGate() {
        const Eigen::VectorXd w = Eigen::VectorXd::Constant(2, 0.5);
        const std::vector<Eigen::VectorXd> outs = {
            Eigen::VectorXd::Ones(3), Eigen::VectorXd::Ones(3), Eigen::VectorXd::Ones(2)};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, drillDown({w}, {{0, 2}}, outs));
        const ExampleDrillDown d = drillDown({w, Eigen::VectorXd::Ones(1)}, {{0, 1}, {2}}, outs);
        QCOMPARE(d.mixtures[0].size(), Eigen::Index(3));
        QCOMPARE(d.mixtures[1].size(), Eigen::Index(2));
    }

    void drillDownSumsToTheMixtureOfARealModel() {
        SyntheticConfig c;
        c.d = 6;
        c.nTrain = 40;
        c.nValid = 10;
        c.nTest = 10;
        const DataSplits data = makeSynthetic(c);
        TemplateOptions o;
        o.schema = data.train.schema;
        o.experts = 3;
        o.expertUnits = {5};
        auto model = Model::compile(makeTemplate("mmoe", o), data.train.schema, 5);
        const int B = 7;
        std::vector<int> rows;
        for (int i = 0; i < B; ++i) rows.push_back(i);
        Rng rng(0);
        model->forward(data.train, rows.data(), B, false, rng, false);
        int mixtures = 0;
        for (const auto& layer : model->layers()) {
            const Node* node = nullptr;
            for (const Node& n : model->graph().nodes())
                if (n.name == layer->name) node = &n;
            if (!node || node->type != "mixture") continue;
            ++mixtures;
            const size_t k = layer->in.size() - 1;
            const Mat& w = layer->in[k]->m;
            const Mat& y = layer->out[0]->m;
            const Eigen::Index h = y.rows();
            for (int j = 0; j < B; ++j) {
                std::vector<Eigen::VectorXd> outputs;
                for (size_t s = 0; s < k; ++s)
                    for (Eigen::Index i = 0; i < layer->in[s]->m.rows() / h; ++i)
                        outputs.push_back(layer->in[s]->m.col(j).segment(i * h, h).cast<double>());
                std::vector<int> ids;
                for (int e = 0; e < static_cast<int>(outputs.size()); ++e) ids.push_back(e);
                const Eigen::VectorXd wj = w.col(j).cast<double>();
                const ExampleDrillDown d = drillDown({wj}, {ids}, outputs);
                QCOMPARE(d.contributions[0].cols(), Eigen::Index(3));
                const Eigen::VectorXd want = y.col(j).cast<double>();
                QVERIFY((d.mixtures[0] - want).norm() < 1e-5 * (1 + want.norm()));
                QVERIFY((d.contributions[0].rowwise().sum() - want).norm() <
                        1e-5 * (1 + want.norm()));
                QVERIFY(std::abs(d.expertNorms(1) - outputs[1].norm()) < 1e-12);
            }
        }
        QCOMPARE(mixtures, 2);  // one per task
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            drillDown({Eigen::VectorXd::Ones(2)}, {{0, 5}}, {Eigen::VectorXd::Ones(3)}));
    }
};

QTEST_GUILESS_MAIN(TestGateInspect)
#include "tst_gate_inspect.moc"
