#pragma once
// The Learn cards: one card per architecture and per expert, gate, sharing and task block, with
// the paper's equations typeset as an SVG (resources/learn/<id>.svg, made from <id>.tex by
// resources/learn/make-equations.sh and embedded under :/learn/), what the block does, its
// parameters (the registry's labels and help, as the inspector shows them) and the paper.
//
// Every template key (mtl::templateList()) and every registry node type of the categories Experts,
// Gates, Sharing and Tasks has a card (tests/tst_ui_learncards.cpp checks it). A symbol of an
// equation is a link "mtl:<role>?<name>" (name: the symbol in plain text, e.g. W_gk); the roles
// are data here: roleNodes() says which blocks of a graph play a role (e.g. "gate": the gate
// blocks; "tower": the Dense blocks that feed a task head), so that the Learn panel stays
// generic. All user text is translated (context
// mtl::ui::LearnCards) when the cards are first asked for.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "graph/Graph.h"

namespace mtl::ui {

struct LearnPaper {
    QString authors, title, venue;
    int year = 0;
    QString text() const;  // "Authors. Title. Venue, year."
};

struct LearnParam {
    QString block, label, help;  // translated registry text, as the inspector shows it
};

struct LearnCard {
    QString id;                // stable: also the SVG's name, :/learn/<id>.svg
    QStringList nodeTypes;     // registry keys whose selected block shows this card
    QStringList templateKeys;  // templates whose architecture this card explains
    QStringList paramTypes;    // registry keys whose parameters the card lists
    QString title;             // translated
    QString summary;           // what it does, 2-4 sentences, translated; rich text (<i>, <sub>)
    QList<LearnPaper> papers;
    QString svg() const { return QStringLiteral(":/learn/%1.svg").arg(id); }
};

class LearnCards {
    Q_DECLARE_TR_FUNCTIONS(mtl::ui::LearnCards)
public:
    static const QList<LearnCard>& all();
    static const LearnCard* find(const QString& id);
    // The card of a selected block's type (nullptr: none, e.g. a Dense block or an input).
    static const LearnCard* forNodeType(const std::string& type);
    static const LearnCard* forTemplate(const std::string& key);
    // The architecture a graph is built as, recognised from its blocks (a CGC level: CGC/PLE; a
    // DSelect-k or Top-k gate; cross-stitch; L2; ESMM's product of probabilities; one mixture for
    // several tasks: OMoE; mixtures: MMoE; a block feeding two others: Shared-Bottom; task heads:
    // single-task). nullptr for a graph without task heads.
    static const LearnCard* forGraph(const mtl::Graph& graph);

    // Link roles: "mtl:gate" -> "gate". The blocks of `graph` that play `role` (empty for an
    // unknown role).
    static QStringList roles();
    static QList<mtl::NodeId> roleNodes(const mtl::Graph& graph, const QString& role);
    // What a symbol of `role` stands for, one line, translated (for the tooltip).
    static QString roleText(const QString& role);
    // The parameters of the card's blocks (paramTypes), in the registry's order.
    static QList<LearnParam> parameters(const LearnCard& card);
};

}  // namespace mtl::ui
