// Which parameters are shared between tasks, derived from the compiled graph
// (Model::paramSegments): stated per template from the architecture.
#include <QtTest>
#include <algorithm>
#include <map>

#include "GradCheck.h"
#include "graph/Templates.h"
#include "nn/Model.h"

using namespace mtl;

namespace {
std::unique_ptr<Model> compileTemplate(const std::string& key, int tasks = 2) {
    std::vector<TaskInfo> ti;
    for (int k = 0; k < tasks; ++k) ti.push_back({"t" + std::to_string(k), TaskKind::Binary});
    Dataset d = test::randomDataset(5, {3}, ti, 8, 1);
    TemplateOptions o;
    o.schema = d.schema;
    o.experts = 3;
    o.expertUnits = {4};
    o.towerUnits = {3};
    o.bottomUnits = {6};
    o.pleSpecific = 1;
    o.pleShared = 2;
    o.pleLevels = 2;
    if (key == "esmm") o.schema = templateSchema("esmm", d.schema);
    Graph g = makeTemplate(key, o);
    Model::bindInputs(g, o.schema);
    return Model::compile(g, o.schema, 3);
}
// The heads (bit mask) of each named parameter's rows, as "name rows:mask" strings.
std::vector<std::string> layout(const Model& m) {
    std::vector<std::string> r;
    for (const ParamSegment& s : m.paramSegments())
        r.push_back(s.param->name + " " + std::to_string(s.row0) + "+" + std::to_string(s.rows) +
                    ":" + std::to_string(s.heads));
    return r;
}
bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}
}  // namespace

class TestSharedParams : public QObject {
    Q_OBJECT
private slots:
    void sharedBottomSharesTheBottomOnly() {
        auto m = compileTemplate("shared_bottom");
        const std::vector<std::string> shared = {"bottom.fc0.W", "bottom.fc0.b"};
        QCOMPARE(m->sharedParamNames(), shared);
        const auto l = layout(*m);
        QVERIFY(has(l, "tower_t0.fc0.W 0+3:1"));  // task 0's tower: head 0 only
        QVERIFY(has(l, "tower_t1.fc1.b 0+1:2"));
    }

    void mmoeSharesTheExpertsNotTheGates() {
        auto m = compileTemplate("mmoe");
        const std::vector<std::string> shared = {"experts.fc0.W", "experts.fc0.b"};
        QCOMPARE(m->sharedParamNames(), shared);
        const auto l = layout(*m);
        QVERIFY(has(l, "gate_t0.W 0+3:1"));
        QVERIFY(has(l, "gate_t1.b 0+3:2"));
    }

    void cgcSharesOnlyTheSharedExpertsRows() {
        // One CGC level, 1 specific expert per task and 2 shared, 4 units, all experts fused in
        // one tensor: rows 0-3 are task 0's expert, 4-7 task 1's, 8-15 the shared ones. Gate
        // logits: rows 0-2 task 0's gate (its expert + 2 shared), 3-5 task 1's.
        auto m = compileTemplate("cgc");
        const auto l = layout(*m);
        QVERIFY(has(l, "cgc.all.experts.fc0.W 0+4:1"));
        QVERIFY(has(l, "cgc.all.experts.fc0.W 4+4:2"));
        QVERIFY(has(l, "cgc.all.experts.fc0.W 8+8:3"));
        QVERIFY(has(l, "cgc.all.experts.fc0.b 8+8:3"));
        QVERIFY(has(l, "cgc.all.gate.W 0+3:1"));
        QVERIFY(has(l, "cgc.all.gate.W 3+3:2"));
        const std::vector<std::string> shared = {"cgc.all.experts.fc0.W", "cgc.all.experts.fc0.b"};
        QCOMPARE(m->sharedParamNames(), shared);
    }

    void pleFirstLevelTaskExpertsAreSharedThroughTheSharedGate() {
        // Two levels: level 1's shared gate mixes every expert into the shared representation
        // that level 2's shared experts read, so ALL of level 1's experts serve both tasks; its
        // task gates serve their task, its shared gate (rows 6-9: 2 specific + 2 shared) both.
        // Level 2: task experts and gates are task-specific, shared experts shared.
        auto m = compileTemplate("ple");
        const auto l = layout(*m);
        QVERIFY(has(l, "level1.all.experts.fc0.W 0+16:3"));
        QVERIFY(has(l, "level1.all.gate.W 0+3:1"));
        QVERIFY(has(l, "level1.all.gate.W 3+3:2"));
        QVERIFY(has(l, "level1.all.gate.W 6+4:3"));
        QVERIFY(has(l, "level2.task0.experts.fc0.W 0+4:1"));
        QVERIFY(has(l, "level2.task1.gate.b 0+3:2"));
        QVERIFY(has(l, "level2.shared.experts.fc0.W 0+8:3"));
    }

    void esmmCvrTowerServesOnlyTheJointTask() {
        // Heads: CTR (bit 0), CVR (bit 1, no label), CTCVR = CTR x CVR (bit 2). Among the
        // labelled heads (0 and 2) the CTR tower is shared, the CVR tower belongs to CTCVR.
        auto m = compileTemplate("esmm");
        QCOMPARE(static_cast<int>(m->heads().size()), 3);
        const std::uint64_t labelled = 1 | 4;
        const auto shared = m->sharedParamNames(labelled);
        QVERIFY(has(shared, "bottom.fc0.W"));
        QVERIFY(has(shared, "tower_t0.fc0.W"));
        QVERIFY(!has(shared, "tower_cvr.fc0.W"));
    }

    void crossStitchSharesEverythingBeforeTheTowers() {
        auto m = compileTemplate("cross_stitch");
        const auto shared = m->sharedParamNames();
        QVERIFY(has(shared, "layer1_t0.fc0.W") && has(shared, "stitch2.alpha"));
        QVERIFY(!has(shared, "tower_t0.fc0.W") && !has(shared, "tower_t1.fc1.b"));
    }

    void segmentsCoverEveryRowOnce() {
        for (const char* k : {"shared_bottom", "mmoe", "cgc", "ple", "esmm", "cross_stitch"}) {
            auto m = compileTemplate(k);
            std::map<const Param*, int> next;
            for (const ParamSegment& s : m->paramSegments()) {
                QCOMPARE(s.row0, next[s.param]);
                next[s.param] += s.rows;
            }
            for (const Param* p : m->params()) QCOMPARE(next[p], static_cast<int>(p->value.rows()));
        }
    }

    void restrictedBackwardEqualsTheFullOne() {
        // backward(mask of head h) skips the layers head h does not depend on; with the other
        // heads weighted 0 it gives backward()'s gradients.
        for (const char* k : {"shared_bottom", "mmoe", "cgc", "ple", "esmm", "cross_stitch"}) {
            auto m = compileTemplate(k);
            Dataset d = test::randomDataset(5, {3}, m->schema().tasks, 16, 9);
            std::vector<int> rows(16);
            for (int i = 0; i < 16; ++i) rows[i] = i;
            const auto& heads = m->heads();
            for (size_t h = 0; h < heads.size(); ++h) {
                if (heads[h]->labelRow < 0) continue;
                for (size_t j = 0; j < heads.size(); ++j) heads[j]->lossWeight = j == h ? 1 : 0;
                Rng rng(1);
                m->forward(d, rows.data(), 16, true, rng);
                m->backward();
                std::vector<Mat> full;
                for (Param* p : m->params()) full.push_back(p->grad);
                for (Param* p : m->params()) p->grad.setConstant(7);  // stale values
                m->backward(std::uint64_t(1) << h);
                // Equal up to float rounding: a full backward runs sibling towers' first
                // products as one (SiblingProducts), which sums in another order.
                for (size_t i = 0; i < full.size(); ++i)
                    QVERIFY2(test::closeTo(m->params()[i]->grad, full[i]),
                             qPrintable(QString("%1: %2").arg(k).arg(
                                 QString::fromStdString(m->params()[i]->name))));
            }
        }
    }

    void structureMatchesTheGradients() {
        // A task's loss alone gives exactly zero gradient on rows the structure says it does not
        // reach, and a nonzero gradient somewhere on every segment it does reach.
        for (const char* k : {"shared_bottom", "mmoe", "cgc", "ple", "esmm", "cross_stitch"}) {
            auto m = compileTemplate(k);
            Dataset d = test::randomDataset(5, {3}, m->schema().tasks, 32, 7);
            std::vector<int> rows(32);
            for (int i = 0; i < 32; ++i) rows[i] = i;
            const auto& heads = m->heads();
            for (size_t h = 0; h < heads.size(); ++h) {
                if (heads[h]->labelRow < 0) continue;
                for (size_t j = 0; j < heads.size(); ++j) heads[j]->lossWeight = j == h ? 1 : 0;
                Rng rng(1);
                m->forward(d, rows.data(), 32, true, rng);
                m->backward();
                for (const ParamSegment& s : m->paramSegments()) {
                    const double g = s.param->grad.middleRows(s.row0, s.rows).cwiseAbs().sum();
                    const bool reached = (s.heads >> h) & 1;
                    QVERIFY2(reached || g == 0,
                             qPrintable(QString("%1: %2 reaches %3")
                                            .arg(k)
                                            .arg(QString::fromStdString(s.param->name))
                                            .arg(h)));
                    QVERIFY2(!reached || g > 0,
                             qPrintable(QString("%1: %2 not reached by %3")
                                            .arg(k)
                                            .arg(QString::fromStdString(s.param->name))
                                            .arg(h)));
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestSharedParams)
#include "tst_shared_params.moc"
