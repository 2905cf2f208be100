#include "learn/LearnCards.h"

#include <QSet>
#include <algorithm>

#include "CoreText.h"
#include "graph/Registry.h"

namespace mtl::ui {

namespace {

LearnPaper paper(const char* authors, const char* title, const char* venue, int year) {
    return {QString::fromUtf8(authors), QString::fromUtf8(title), QString::fromUtf8(venue), year};
}

const LearnPaper kCaruana =
    paper("Rich Caruana", "Multitask Learning", "Machine Learning 28(1)", 1997);
const LearnPaper kJacobs = paper(
    "Robert A. Jacobs, Michael I. Jordan, Steven J. Nowlan, "
    "Geoffrey E. Hinton",
    "Adaptive Mixtures of Local Experts", "Neural Computation 3(1)", 1991);
const LearnPaper kMmoe = paper("Jiaqi Ma, Zhe Zhao, Xinyang Yi, Jilin Chen, Lichan Hong, Ed H. Chi",
                               "Modeling Task Relationships in Multi-task Learning with Multi-gate "
                               "Mixture-of-Experts",
                               "KDD", 2018);
const LearnPaper kPle = paper("Hongyan Tang, Junning Liu, Ming Zhao, Xudong Gong",
                              "Progressive Layered Extraction (PLE): A Novel Multi-Task Learning "
                              "(MTL) Model for Personalized Recommendations",
                              "RecSys", 2020);
const LearnPaper kEsmm = paper(
    "Xiao Ma, Liqin Zhao, Guan Huang, Zhi Wang, Zelin Hu, Xiaoqiang Zhu, "
    "Kun Gai",
    "Entire Space Multi-Task Model: An Effective Approach for "
    "Estimating Post-Click Conversion Rate",
    "SIGIR", 2018);
const LearnPaper kCrossStitch = paper(
    "Ishan Misra, Abhinav Shrivastava, Abhinav Gupta, "
    "Martial Hebert",
    "Cross-stitch Networks for Multi-task Learning", "CVPR", 2016);
const LearnPaper kDuong = paper("Long Duong, Trevor Cohn, Steven Bird, Paul Cook",
                                "Low Resource Dependency Parsing: Cross-lingual Parameter Sharing "
                                "in a Neural Network Parser",
                                "ACL", 2015);
const LearnPaper kShazeer = paper(
    "Noam Shazeer, Azalia Mirhoseini, Krzysztof Maziarz, Andy Davis, "
    "Quoc Le, Geoffrey Hinton, Jeff Dean",
    "Outrageously Large Neural Networks: The Sparsely-Gated "
    "Mixture-of-Experts Layer",
    "ICLR", 2017);
const LearnPaper kDselect = paper(
    "Hussein Hazimeh, Zhe Zhao, Aakanksha Chowdhery, Maheswaran "
    "Sathiamoorthy, Yihua Chen, Rahul Mazumder, Lichan Hong, Ed H. "
    "Chi",
    "DSelect-k: Differentiable Selection in the Mixture of Experts "
    "with Applications to Multi-Task Learning",
    "NeurIPS", 2021);

QList<LearnCard> makeCards() {
    QList<LearnCard> cards;
    auto add = [&](const char* id, QStringList types, QStringList templates, QStringList params,
                   QString title, QString summary, QList<LearnPaper> papers) {
        cards.append({QString::fromLatin1(id), types, templates, params, title, summary, papers});
    };
    const QString dense = QStringLiteral("layer.dense");
    add("single", {}, {QStringLiteral("single")}, {dense}, LearnCards::tr("Single-task networks"),
        LearnCards::tr(
            "Each task <i>k</i> has its own network <i>h</i><sup><i>k</i></sup> from the input "
            "<i>x</i> to its prediction: nothing is "
            "shared. It is the baseline every multi-task model is measured against: sharing "
            "helps a task when it beats its single-task network."),
        {kCaruana});
    add("shared_bottom", {}, {QStringLiteral("shared_bottom")}, {dense},
        LearnCards::tr("Shared-Bottom (hard parameter sharing)"),
        LearnCards::tr(
            "One bottom network <i>f</i>, shared by all tasks, turns the input into a "
            "representation; "
            "each task's tower <i>h</i><sup><i>k</i></sup> reads it and predicts. Sharing acts "
            "as a regulariser when the "
            "tasks are related, and hurts them (negative transfer) when they are not."),
        {kCaruana});
    add("experts", {QStringLiteral("experts.group")}, {}, {QStringLiteral("experts.group")},
        LearnCards::tr("Experts"),
        LearnCards::tr(
            "An expert group holds <i>n</i> small networks <i>f</i><sub>1</sub> … "
            "<i>f</i><sub><i>n</i></sub> of the same shape, each reading "
            "the same input. They start different (random initialisation) and specialise as the "
            "gates send them different tasks or examples. Its output is the list of the <i>n</i> "
            "expert outputs, for mixtures to weigh."),
        {kJacobs, kMmoe});
    add("moe", {QStringLiteral("mixture")}, {QStringLiteral("omoe")},
        {QStringLiteral("experts.group"), QStringLiteral("gate.softmax"),
         QStringLiteral("mixture")},
        LearnCards::tr("Mixture of experts (OMoE)"),
        LearnCards::tr(
            "A gate <i>g</i>(<i>x</i>) gives a softmax weight to each expert "
            "<i>f<sub>i</sub></i> for every "
            "example, and the mixture <i>y</i> is the weighted sum of the experts' outputs. In "
            "the one-gate model (OMoE) "
            "all task towers <i>h</i><sup><i>k</i></sup> read the same mixture: the experts are "
            "shared, but every task "
            "gets the same blend of them."),
        {kJacobs, kMmoe});
    add("mmoe", {QStringLiteral("gate.softmax")}, {QStringLiteral("mmoe")},
        {QStringLiteral("experts.group"), QStringLiteral("gate.softmax")},
        LearnCards::tr("Multi-gate mixture of experts (MMoE)"),
        LearnCards::tr(
            "Every task <i>k</i> has its own softmax gate <i>g</i><sup><i>k</i></sup> over the "
            "shared experts, so each task "
            "mixes its own blend <i>f</i><sup><i>k</i></sup> of them and feeds it to its tower "
            "<i>h</i><sup><i>k</i></sup>. Related tasks learn "
            "to use the same experts; unrelated tasks can use different ones, which avoids much "
            "of Shared-Bottom's negative transfer at almost no extra cost."),
        {kMmoe});
    add("cgc", {QStringLiteral("ple.cgc")}, {QStringLiteral("cgc"), QStringLiteral("ple")},
        {QStringLiteral("ple.cgc")}, LearnCards::tr("CGC and PLE (progressive layered extraction)"),
        LearnCards::tr(
            "Customized Gate Control gives each task <i>k</i> its own experts "
            "<i>E</i><sub>(<i>k</i>,<i>i</i>)</sub> besides the shared experts "
            "<i>E</i><sub>(<i>s</i>,<i>i</i>)</sub>; task <i>k</i>'s gate "
            "<i>w</i><sup><i>k</i></sup> "
            "weighs only its own and the shared ones (the selection <i>S</i><sup><i>k</i></sup>)."
            " PLE stacks CGC levels: level <i>j</i>'s gates read the previous "
            "level's outputs, and a shared gate over all experts feeds the next level's shared "
            "experts. Separating task-specific from shared knowledge eases the seesaw where one "
            "task improves while another gets worse."),
        {kPle});
    add("esmm", {}, {QStringLiteral("esmm")}, {QStringLiteral("task.binary")},
        LearnCards::tr("ESMM (entire space multi-task model)"),
        LearnCards::tr(
            "Conversion is only observed after a click, so a conversion model trained on clicked "
            "examples is biased on the whole population. ESMM predicts pCTR and pCVR with two "
            "towers on a shared bottom and trains their product pCTCVR = pCTR × pCVR, together "
            "with pCTR, on all examples: pCVR is never fitted on the clicked examples alone."),
        {kEsmm});
    add("cross_stitch", {QStringLiteral("sharing.cross_stitch")}, {QStringLiteral("cross_stitch")},
        {QStringLiteral("sharing.cross_stitch")}, LearnCards::tr("Cross-stitch units"),
        LearnCards::tr(
            "Each task keeps its own network; between corresponding layers, a cross-stitch unit "
            "mixes the tasks' activations <i>x<sub>A</sub></i>, <i>x<sub>B</sub></i> with a "
            "learned "
            "matrix α. A diagonal α means no sharing, equal entries mean the layers are shared: "
            "the network learns how "
            "much to share at each depth."),
        {kCrossStitch});
    add("l2", {QStringLiteral("sharing.l2")}, {QStringLiteral("l2")},
        {QStringLiteral("sharing.l2")}, LearnCards::tr("L2-constrained soft sharing"),
        LearnCards::tr(
            "Each task keeps its own network, and a penalty λ‖<i>W<sub>A</sub></i> − "
            "<i>W<sub>B</sub></i>‖² "
            "pulls the weights of corresponding layers together. λ = 0 gives separate networks; "
            "a very large λ forces identical weights, as hard sharing does."),
        {kDuong, kMmoe});
    add("topk", {QStringLiteral("gate.topk")}, {QStringLiteral("mmoe_topk")},
        {QStringLiteral("gate.topk")}, LearnCards::tr("Top-k and noisy Top-k gates"),
        LearnCards::tr(
            "The gate keeps the <i>k</i> largest of its logits <i>H</i>(<i>x</i>) and sets the "
            "others "
            "to −∞ before the softmax, so each example uses only <i>k</i> experts. Noise scaled "
            "by a "
            "learned softplus is added while training, which spreads examples over the experts. "
            "The choice of experts is not differentiable: only the kept experts get gradients."),
        {kShazeer});
    add("dselect", {QStringLiteral("gate.dselect")}, {QStringLiteral("mmoe_dselect")},
        {QStringLiteral("gate.dselect")}, LearnCards::tr("DSelect-k gate"),
        LearnCards::tr(
            "<i>k</i> selectors each pick one expert through its binary code: bit <i>j</i> of the "
            "code "
            "is a smooth-step <i>S</i>(<i>z<sub>j</sub></i>), which reaches exactly 0 and 1, so a "
            "selector converges to one "
            "expert while staying differentiable. Softmax weights α combine the <i>k</i> "
            "selections "
            "into the gate <i>q</i>. Static gates learn <i>Z</i> and α directly; per-example gates "
            "compute them from <i>x</i>."),
        {kDselect});
    add("task", {QStringLiteral("task.binary"), QStringLiteral("task.regression")}, {},
        {QStringLiteral("task.binary"), QStringLiteral("task.regression")},
        LearnCards::tr("Task heads and the multi-task loss"),
        LearnCards::tr(
            "A task head turns its tower's output <i>z<sub>k</sub></i> into the prediction: a "
            "probability σ(<i>z<sub>k</sub></i>) for a binary task, <i>z<sub>k</sub></i> itself "
            "for "
            "regression. Training minimises the sum "
            "of the tasks' losses (cross-entropy or squared error), each weighted by its loss "
            "weight <i>w<sub>k</sub></i>."),
        {kCaruana});
    return cards;
}

bool isTaskHead(const mtl::Node* n) {
    return n && (n->type == "task.binary" || n->type == "task.regression");
}

// A Dense block whose output goes straight into a task head.
bool feedsTask(const mtl::Graph& g, mtl::NodeId id) {
    for (const mtl::Edge& e : g.edgesFrom(id))
        if (isTaskHead(g.node(e.to.node))) return true;
    return false;
}

}  // namespace

QString LearnPaper::text() const {
    return QStringLiteral("%1. %2. %3, %4.").arg(authors, title, venue).arg(year);
}

const QList<LearnCard>& LearnCards::all() {
    static const QList<LearnCard> cards = makeCards();
    return cards;
}

const LearnCard* LearnCards::find(const QString& id) {
    for (const LearnCard& c : all())
        if (c.id == id) return &c;
    return nullptr;
}

const LearnCard* LearnCards::forNodeType(const std::string& type) {
    const QString t = QString::fromStdString(type);
    for (const LearnCard& c : all())
        if (c.nodeTypes.contains(t)) return &c;
    return nullptr;
}

const LearnCard* LearnCards::forTemplate(const std::string& key) {
    const QString k = QString::fromStdString(key);
    for (const LearnCard& c : all())
        if (c.templateKeys.contains(k)) return &c;
    return nullptr;
}

const LearnCard* LearnCards::forGraph(const mtl::Graph& g) {
    QSet<QString> types;
    int heads = 0, gates = 0, mixtures = 0;
    bool probabilityHead = false, branching = false;
    for (const mtl::Node& n : g.nodes()) {
        types.insert(QString::fromStdString(n.type));
        if (isTaskHead(&n)) {
            ++heads;
            if (n.type == "task.binary" && n.params.count("from_probability") &&
                n.getBool("from_probability"))
                probabilityHead = true;
        }
        if (n.type == "gate.softmax") ++gates;
        if (n.type == "mixture") ++mixtures;
        if (n.type != "input.features") {
            QSet<mtl::NodeId> targets;
            for (const mtl::Edge& e : g.edgesFrom(n.id)) targets.insert(e.to.node);
            if (targets.size() > 1) branching = true;
        }
    }
    if (heads == 0) return nullptr;
    const auto has = [&](const char* t) { return types.contains(QLatin1String(t)); };
    if (has("ple.cgc")) return find(QStringLiteral("cgc"));
    if (has("gate.dselect")) return find(QStringLiteral("dselect"));
    if (has("gate.topk")) return find(QStringLiteral("topk"));
    if (has("sharing.cross_stitch")) return find(QStringLiteral("cross_stitch"));
    if (has("sharing.l2")) return find(QStringLiteral("l2"));
    if (has("op.multiply") && probabilityHead) return find(QStringLiteral("esmm"));
    if (mixtures > 0)
        return find(mixtures == 1 && gates <= 1 ? QStringLiteral("moe") : QStringLiteral("mmoe"));
    if (branching) return find(QStringLiteral("shared_bottom"));
    return find(QStringLiteral("single"));
}

QStringList LearnCards::roles() {
    return {QStringLiteral("input"),        QStringLiteral("expert"),
            QStringLiteral("task-expert"),  QStringLiteral("shared-expert"),
            QStringLiteral("gate"),         QStringLiteral("mixture"),
            QStringLiteral("bottom"),       QStringLiteral("tower"),
            QStringLiteral("layer"),        QStringLiteral("task"),
            QStringLiteral("cross-stitch"), QStringLiteral("l2"),
            QStringLiteral("product")};
}

QList<mtl::NodeId> LearnCards::roleNodes(const mtl::Graph& g, const QString& role) {
    // Which registry types play each role (a CGC level holds experts, gates and mixtures).
    static const QHash<QString, QStringList> byType = {
        {QStringLiteral("input"), {QStringLiteral("input.features")}},
        {QStringLiteral("expert"), {QStringLiteral("experts.group"), QStringLiteral("ple.cgc")}},
        {QStringLiteral("task-expert"), {QStringLiteral("ple.cgc")}},
        {QStringLiteral("shared-expert"), {QStringLiteral("ple.cgc")}},
        {QStringLiteral("gate"),
         {QStringLiteral("gate.softmax"), QStringLiteral("gate.topk"),
          QStringLiteral("gate.dselect"), QStringLiteral("ple.cgc")}},
        {QStringLiteral("mixture"), {QStringLiteral("mixture"), QStringLiteral("ple.cgc")}},
        {QStringLiteral("bottom"), {QStringLiteral("layer.dense")}},
        {QStringLiteral("tower"), {QStringLiteral("layer.dense")}},
        {QStringLiteral("layer"), {QStringLiteral("layer.dense")}},
        {QStringLiteral("task"),
         {QStringLiteral("task.binary"), QStringLiteral("task.regression")}},
        {QStringLiteral("cross-stitch"), {QStringLiteral("sharing.cross_stitch")}},
        {QStringLiteral("l2"), {QStringLiteral("sharing.l2")}},
        {QStringLiteral("product"), {QStringLiteral("op.multiply")}},
    };
    QList<mtl::NodeId> ids;
    const QStringList types = byType.value(role);
    for (const mtl::Node& n : g.nodes()) {
        if (!types.contains(QString::fromStdString(n.type))) continue;
        if (role == QLatin1String("tower") && !feedsTask(g, n.id)) continue;
        if (role == QLatin1String("bottom") && feedsTask(g, n.id)) continue;
        ids << n.id;
    }
    return ids;
}

QString LearnCards::roleText(const QString& role) {
    if (role == QLatin1String("input")) return tr("The input features x.");
    if (role == QLatin1String("expert")) return tr("An expert network (an expert group's member).");
    if (role == QLatin1String("task-expert"))
        return tr("A task-specific expert: only its task's gate weighs it.");
    if (role == QLatin1String("shared-expert"))
        return tr("A shared expert: every task's gate may weigh it.");
    if (role == QLatin1String("gate")) return tr("A gate: the weights it gives the experts.");
    if (role == QLatin1String("mixture")) return tr("A mixture: the experts weighed by a gate.");
    if (role == QLatin1String("bottom")) return tr("The shared bottom network.");
    if (role == QLatin1String("tower")) return tr("A task's tower (the layers before its head).");
    if (role == QLatin1String("layer")) return tr("A task's own layers.");
    if (role == QLatin1String("task")) return tr("A task head: its prediction and its loss.");
    if (role == QLatin1String("cross-stitch"))
        return tr("A cross-stitch unit: the learned mixing weights alpha.");
    if (role == QLatin1String("l2")) return tr("The L2 penalty between two tasks' layers.");
    if (role == QLatin1String("product"))
        return tr("The product of the two probabilities (a Multiply block).");
    return {};
}

QList<LearnParam> LearnCards::parameters(const LearnCard& card) {
    QList<LearnParam> list;
    for (const QString& key : card.paramTypes) {
        const mtl::NodeType* t = mtl::Registry::instance().find(key.toStdString());
        if (!t) continue;
        for (const mtl::ParamSpec& p : t->params)
            list.append({coreText(t->displayName), coreText(p.label), coreText(p.help)});
    }
    return list;
}

}  // namespace mtl::ui
