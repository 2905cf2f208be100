// Model::backward() lets the first layer that writes an activation gradient overwrite it instead
// of zeroing every buffer first (Layer::inGradFresh): for every template, a backward() run right
// after another batch's backward() (so each buffer holds that batch's values) gives exactly the
// parameter and representation gradients of backward(all heads), which zeroes every buffer and
// only accumulates. A model whose output gradients are scratch (DataParallel's replicas) gets
// the same parameter gradients. Shared-Bottom's fused tower products (SiblingProducts) against
// per-head passes.
#include <QtTest>

#include "GradCheck.h"
#include "graph/Templates.h"
#include "nn/Model.h"

using namespace mtl;

namespace {
struct Case {
    std::unique_ptr<Model> model;
    Dataset data;
};

// wide: a 512-unit bottom and 64-unit towers, whose fused weight gradient (128 x 512 from 512
// examples) oneDNN computes transposed (SiblingProducts::weightGradientsTransposed).
// deep: a bottom of three layers (the tiny options have two).
Case compileTemplate(const std::string& key, bool wide = false, bool deep = false) {
    std::vector<TaskInfo> ti = {{"t0", TaskKind::Binary}, {"t1", TaskKind::Binary}};
    Case c;
    c.data = test::randomDataset(5, {3, 4}, ti, 16, 1);
    TemplateOptions o = test::tinyTemplateOptions(c.data.schema);
    if (wide) {
        o.bottomUnits = {512};
        o.towerUnits = {64};
    }
    if (deep) o.bottomUnits = {6, 5, 4};
    if (key == "esmm") {
        o.schema = templateSchema("esmm", c.data.schema);
        c.data.schema = o.schema;
    }
    Graph g = makeTemplate(key, o);
    Model::bindInputs(g, o.schema);
    c.model = Model::compile(g, o.schema, 3);
    return c;
}

std::vector<Mat> gradients(Model& m) {
    std::vector<Mat> out;
    for (const Param* p : m.params()) out.push_back(p->grad);
    for (const PortId& p : m.sharedRepresentation()) out.push_back(m.outputGrad(p));
    return out;
}
}  // namespace

class TestModelBackward : public QObject {
    Q_OBJECT
private slots:
    void freshGradientsEqualZeroedOnes_data() {
        QTest::addColumn<QString>("key");
        for (const char* k : {"single", "shared_bottom", "omoe", "mmoe", "cgc", "ple", "esmm",
                              "cross_stitch", "l2", "mmoe_dselect", "mmoe_topk"})
            QTest::newRow(k) << QString(k);
    }

    void freshGradientsEqualZeroedOnes() {
        QFETCH(QString, key);
        Case c = compileTemplate(key.toStdString());
        Model& m = *c.model;
        const int a[] = {0, 1, 2, 3, 4, 5, 6, 7}, b[] = {8, 9, 10, 11, 12, 13, 14, 15};
        Rng ra(1), rb1(2), rb2(2);
        m.forward(c.data, a, 8, true, ra);
        m.backward();  // leaves batch a's values in every gradient buffer
        m.forward(c.data, b, 8, true, rb1);
        m.backward();
        const std::vector<Mat> fresh = gradients(m);
        m.forward(c.data, b, 8, true, rb2);
        m.backward(~std::uint64_t(0));  // zeroes every buffer, accumulates only
        const std::vector<Mat> zeroed = gradients(m);
        QCOMPARE(fresh.size(), zeroed.size());
        for (size_t i = 0; i < fresh.size(); ++i) {
            const QByteArray what = i < m.params().size()
                                        ? QByteArray::fromStdString(m.params()[i]->name)
                                        : QByteArray("representation");
            QVERIFY2(fresh[i] == zeroed[i], what.constData());
        }
        bool someFresh = false;
        for (const auto& l : m.layers())
            for (bool f : l->inGradFresh) someFresh = someFresh || f;
        if (key != "single" && key != "esmm" && key != "l2")  // their layers read the input
            QVERIFY2(someFresh, "no layer overwrites a gradient: the test checks nothing");
    }

    // A model that lets backward use its output gradients as scratch (DataParallel's replicas;
    // dense stacks then compute their last activation's gradient in place) gets the same
    // parameter gradients, bit for bit, from backward() and from backward(heads), run twice so
    // that every buffer holds an earlier pass's values.
    void scratchOutputGradsKeepParameterGradients_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("wide");
        QTest::addColumn<bool>("deep");
        for (const char* k : {"single", "shared_bottom", "mmoe", "ple", "esmm", "cross_stitch",
                              "mmoe_dselect", "mmoe_topk"})
            QTest::newRow(k) << QString(k) << false << false;
        QTest::newRow("shared_bottom, wide") << QString("shared_bottom") << true << false;
        QTest::newRow("shared_bottom, 3-layer bottom") << QString("shared_bottom") << false << true;
    }

    void scratchOutputGradsKeepParameterGradients() {
        QFETCH(QString, key);
        QFETCH(bool, wide);
        QFETCH(bool, deep);
        Case kept = compileTemplate(key.toStdString(), wide, deep);
        Case scratch = compileTemplate(key.toStdString(), wide, deep);
        scratch.model->setOutputGradsScratch(true);
        const int a[] = {0, 1, 2, 3, 4, 5, 6, 7}, b[] = {8, 9, 10, 11, 12, 13, 14, 15};
        bool representationOverwritten = false;
        for (const std::uint64_t heads : {~std::uint64_t(0), std::uint64_t(1)}) {
            for (Case* c : {&kept, &scratch}) {
                Rng ra(1), rb(2);
                c->model->forward(c->data, a, 8, true, ra);
                c->model->backward();
                c->model->forward(c->data, b, 8, true, rb);
                if (heads == ~std::uint64_t(0))
                    c->model->backward();
                else
                    c->model->backward(heads);
            }
            Model& k = *kept.model;
            Model& s = *scratch.model;
            for (size_t i = 0; i < k.params().size(); ++i)
                QVERIFY2(k.params()[i]->grad == s.params()[i]->grad, k.params()[i]->name.c_str());
            for (const PortId& p : k.sharedRepresentation())
                representationOverwritten =
                    representationOverwritten || k.outputGrad(p) != s.outputGrad(p);
        }
        // Shared-Bottom's bottom is a dense stack read by the towers: its output gradient is
        // overwritten in place with the activation's gradient (else this test checks nothing).
        if (key == "shared_bottom") QVERIFY(representationOverwritten);
    }

    // Shared-Bottom's towers run their first products as one in a full backward (and in a
    // backward for every head); a backward for one head runs its tower's own products. The sum
    // of the per-head gradients is the full gradient: equal up to float rounding.
    void fusedTowersEqualPerHeadSums_data() {
        QTest::addColumn<bool>("wide");
        QTest::addColumn<int>("batch");
        QTest::newRow("tiny") << false << 12;
        QTest::newRow("wide, 512 examples") << true << 512;
    }

    void fusedTowersEqualPerHeadSums() {
        QFETCH(bool, wide);
        QFETCH(int, batch);
        Case c = compileTemplate("shared_bottom", wide);
        Model& m = *c.model;
        QCOMPARE(m.siblingGroups().size(), size_t(1));
        QCOMPARE(m.siblingGroups()[0].size(), m.heads().size());
        std::vector<int> rowList(static_cast<size_t>(batch));
        for (int j = 0; j < batch; ++j) rowList[static_cast<size_t>(j)] = (5 * j + 1) % 16;
        const int* rows = rowList.data();
        const int n = batch;
        Rng r0(5);
        m.forward(c.data, rows, n, true, r0);
        m.backward();
        QCOMPARE(m.fusedSiblingGroups(), 1);
        const std::vector<Mat> fused = gradients(m);
        std::vector<Mat> sum;
        for (size_t k = 0; k < m.heads().size(); ++k) {
            Rng rk(5);
            m.forward(c.data, rows, n, true, rk);
            m.backward(std::uint64_t(1) << k);
            QCOMPARE(m.fusedSiblingGroups(), 0);
            const std::vector<Mat> g = gradients(m);
            if (sum.empty())
                sum = g;
            else
                for (size_t i = 0; i < g.size(); ++i) sum[i] += g[i];
        }
        QCOMPARE(fused.size(), sum.size());
        for (size_t i = 0; i < m.params().size(); ++i)
            QVERIFY2(test::closeTo(fused[i], sum[i]), m.params()[i]->name.c_str());
        m.forward(c.data, rows, n, true, r0);
        m.backward(~std::uint64_t(0));  // every head: the towers' products run as one again
        QCOMPARE(m.fusedSiblingGroups(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModelBackward)
#include "tst_model_backward.moc"
