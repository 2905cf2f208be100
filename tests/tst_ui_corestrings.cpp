// The hand-kept list of core strings (ui/CoreStrings.cpp) is checked against the core itself: every
// text the registry and the templates can put on screen must be in it, so that lupdate extracts it
// and a new block, parameter, port or template is never left untranslated. The walk covers the
// palette categories, port kinds, and per node type its name, description, parameter labels, help
// and choices, and the help of the ports of a node with default parameters and of nodes with 1..4
// tasks (per-task ports), then the templates' names and descriptions.
#include <QtTest>
#include <set>

#include "CoreText.h"
#include "graph/Graph.h"
#include "graph/Registry.h"
#include "graph/Templates.h"

using namespace mtl::ui;

namespace {

// Every core text the registry and the templates can show, with where it comes from.
std::map<std::string, std::string> shownCoreTexts() {
    std::map<std::string, std::string> texts;
    auto add = [&](const std::string& s, const std::string& where) {
        if (!s.empty()) texts.emplace(s, where);
    };
    const mtl::Registry& reg = mtl::Registry::instance();
    for (const std::string& c : reg.categories()) add(c, "category");
    for (mtl::PortKind k : {mtl::PortKind::Features, mtl::PortKind::Experts, mtl::PortKind::Gate})
        add(mtl::portKindName(k), "port kind");
    for (const std::string& key : reg.keys()) {
        const mtl::NodeType& t = *reg.find(key);
        add(t.displayName, key);
        add(t.description, key);
        for (const mtl::ParamSpec& p : t.params) {
            add(p.label, key + "." + p.key);
            add(p.help, key + "." + p.key);
            for (const std::string& c : p.choices) add(c, key + "." + p.key + " choice");
        }
        // Ports of the default node and of nodes whose count parameters take other values (the
        // per-task and per-expert port lists depend on them).
        mtl::Graph g;
        const mtl::NodeId id = g.addNode(key);
        std::vector<mtl::Node> variants{*g.node(id)};
        for (const mtl::ParamSpec& p : t.params) {
            if (p.def.kind != mtl::ParamValue::Kind::Int) continue;
            for (long long v = std::max<long long>(1, (long long)p.min);
                 v <= std::min<long long>(4, (long long)p.max); ++v) {
                mtl::Node n = *g.node(id);
                n.params[p.key] = mtl::ParamValue::ofInt(v);
                variants.push_back(n);
            }
        }
        for (const mtl::Node& n : variants) {
            const mtl::PortList ports = t.ports(n);
            for (const auto* list : {&ports.inputs, &ports.outputs})
                for (const mtl::PortSpec& s : *list) add(s.help, key + " port " + s.name);
        }
    }
    for (const mtl::TemplateInfo& info : mtl::templateList()) {
        add(info.displayName, "template " + info.key);
        add(info.description, "template " + info.key);
    }
    return texts;
}

}  // namespace

class TestCoreStrings : public QObject {
    Q_OBJECT

private slots:
    void everyShownCoreTextIsListed() {
        const QStringList listed = coreStrings();
        const std::set<QString> set(listed.begin(), listed.end());
        const auto texts = shownCoreTexts();
        QVERIFY(texts.size() > 100);
        QStringList missing;
        for (const auto& [text, where] : texts)
            if (!set.count(QString::fromStdString(text)))
                missing << QString::fromStdString(where + ": \"" + text + "\"");
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Add to ui/CoreStrings.cpp: ") +
                                               missing.join(QStringLiteral(" | "))));
    }

    // A per-task port's help names its task by number through one translatable pattern, so that
    // a third task's ports are translated as well as the first two.
    void perTaskPortHelpIsComposed() {
        const mtl::Registry& reg = mtl::Registry::instance();
        int perTask = 0;
        for (const std::string& key : reg.keys()) {
            const mtl::NodeType& t = *reg.find(key);
            mtl::Graph g;
            const mtl::NodeId id = g.addNode(key);
            mtl::Node n = *g.node(id);
            for (const mtl::ParamSpec& p : t.params)
                if (p.key == "tasks" && p.max >= 3) n.params[p.key] = mtl::ParamValue::ofInt(3);
            for (const mtl::PortSpec& s : t.ports(n).inputs) {
                if (s.task < 0) continue;
                ++perTask;
                QVERIFY2(!QString::fromStdString(s.help).contains(QStringLiteral("task ")),
                         s.help.c_str());
                const QString shown = portHelpText(s);
                QVERIFY2(shown.startsWith(QStringLiteral("task %1's ").arg(s.task)),
                         qPrintable(shown));
                QVERIFY(shown.endsWith(QString::fromStdString(s.help)));
            }
        }
        QVERIFY(perTask >= 4);  // cross-stitch and CGC, at least two tasks each
    }
};

QTEST_GUILESS_MAIN(TestCoreStrings)
#include "tst_ui_corestrings.moc"
