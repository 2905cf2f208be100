#include "editor/Inspector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

#include "CoreText.h"
#include "editor/GraphDocument.h"
#include "editor/ProblemList.h"
#include "graph/Registry.h"
#include "widgets/PanelParts.h"
#include "widgets/SpinBoxes.h"

namespace mtl::ui {

namespace {

using Kind = mtl::ParamValue::Kind;

int intBound(double x) { return static_cast<int>(std::clamp(x, double(INT_MIN), double(INT_MAX))); }

// Edits of one parameter of one block that follow each other merge into one undo step.
int mergeKeyFor(mtl::NodeId id, const std::string& key) {
    const int k = static_cast<int>(qHashMulti(0, id, QByteArray::fromStdString(key)) & 0x7fffffff);
    return k ? k : 1;
}

// Parameters that change the graph's ports or shapes (everything but the real-valued weights,
// rates and initial values) cannot change while the structure is locked.
bool changesShapes(const mtl::ParamSpec& spec) { return spec.def.kind != Kind::Real; }

QLabel* secondaryLabel(const QString& text = {}) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// An inline message in the error colour, hidden while empty.
QLabel* messageLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, ProblemList::severityColor(mtl::Issue::Severity::Error));
    label->setPalette(p);
    label->hide();
    return label;
}

void setMessage(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void markInvalid(QLineEdit* edit, bool invalid) {
    edit->setStyleSheet(
        invalid ? QStringLiteral(
                      "QLineEdit { border: 1px solid %1; border-radius: 2px; padding: 1px; }")
                      .arg(ProblemList::severityColor(mtl::Issue::Severity::Error).name())
                : QString());
}

// The user has typed into `editor` and not committed yet: a refresh must not replace the text.
bool isTyping(const QWidget* editor) {
    const auto* edit = qobject_cast<const QLineEdit*>(editor);
    return edit && edit->hasFocus() && edit->isModified();
}

}  // namespace

Inspector::Inspector(GraphDocument* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    auto* hint = secondaryLabel(tr("Select a block to edit its parameters"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setMargin(12);

    auto* page = new QWidget;
    pageLayout_ = new QVBoxLayout(page);
    nameEdit_ = new QLineEdit;
    nameEdit_->setToolTip(tr("The block's name, unique in the graph"));
    QFont bold = nameEdit_->font();
    bold.setBold(true);
    nameEdit_->setFont(bold);
    nameMessage_ = messageLabel();
    typeLabel_ = new QLabel;
    descriptionLabel_ = secondaryLabel();
    paramsHeading_ = sectionHeading(tr("Parameters"));
    params_ = new QWidget;
    portsHeading_ = sectionHeading(tr("Ports"));
    ports_ = new QWidget;
    issuesHeading_ = sectionHeading(tr("Problems"));
    issues_ = new QLabel;
    issues_->setWordWrap(true);
    issues_->setTextFormat(Qt::RichText);
    for (QWidget* w : std::initializer_list<QWidget*>{
             nameEdit_, nameMessage_, typeLabel_, descriptionLabel_, paramsHeading_, params_,
             portsHeading_, ports_, issuesHeading_, issues_})
        pageLayout_->addWidget(w);
    pageLayout_->addStretch(1);

    QScrollArea* scroll = verticalScrollArea(page);

    stack_ = new QStackedLayout(this);
    stack_->addWidget(hint);
    stack_->addWidget(scroll);

    connect(nameEdit_, &QLineEdit::editingFinished, this, &Inspector::commitName);
    connect(doc_, &GraphDocument::nodeChanged, this, [this](mtl::NodeId id) {
        if (id == id_) refreshValues();
    });
    connect(doc_, &GraphDocument::nodeRemoved, this, [this](mtl::NodeId id) {
        if (id == id_) setNode(-1);
    });
    connect(doc_, &GraphDocument::graphReset, this, [this] {
        if (doc_->graph().node(id_))
            refreshValues();
        else
            setNode(-1);
    });
    connect(doc_, &GraphDocument::validationChanged, this, &Inspector::refreshDetails);
    setNode(-1);
}

void Inspector::setNode(mtl::NodeId id) {
    if (!doc_->graph().node(id)) id = -1;
    if (id >= 0 && id == id_) {
        refreshValues();  // the same block (selected again): keep the editors, their focus and
                          // merging
        return;
    }
    id_ = id;
    rebuild();
}

QWidget* Inspector::editorFor(const QString& paramKey) const {
    const std::string key = paramKey.toStdString();
    for (const ParamRow& row : rows_)
        if (row.spec->key == key) return row.editor;
    return nullptr;
}

const mtl::ParamValue& Inspector::currentValue(const mtl::ParamSpec& spec) const {
    const mtl::Node* n = doc_->graph().node(id_);
    if (!n) return spec.def;
    const auto it = n->params.find(spec.key);
    return it != n->params.end() && it->second.kind == spec.def.kind ? it->second : spec.def;
}

void Inspector::rebuild() {
    const mtl::Node* n = doc_->graph().node(id_);
    type_ = n ? mtl::Registry::instance().find(n->type) : nullptr;
    stack_->setCurrentIndex(n ? 1 : 0);
    setMessage(nameMessage_, {});
    nameEdit_->setModified(false);

    // New editors. The old ones go later: one of them may be sending the edit that led here.
    rows_.clear();
    pageLayout_->removeWidget(params_);
    params_->hide();
    params_->deleteLater();
    params_ = new QWidget;
    auto* form = new QFormLayout(params_);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (type_)
        for (const mtl::ParamSpec& spec : type_->params) rows_.push_back({&spec, nullptr, nullptr});
    for (ParamRow& row : rows_) {
        row.editor = createEditor(*row.spec);
        row.message = messageLabel();
        if (auto* spin = qobject_cast<IntSpinBox*>(row.editor)) spin->setMessageLabel(row.message);
        if (auto* spin = qobject_cast<RealSpinBox*>(row.editor)) spin->setMessageLabel(row.message);
        auto* field = new QWidget;
        auto* fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        fieldLayout->addWidget(row.editor);
        fieldLayout->addWidget(row.message);
        auto* label =
            new QLabel(coreText(row.spec->label.empty() ? row.spec->key : row.spec->label));
        label->setToolTip(row.editor->toolTip());
        label->setBuddy(row.editor);
        form->addRow(label, field);
    }
    pageLayout_->insertWidget(pageLayout_->indexOf(paramsHeading_) + 1, params_);
    paramsHeading_->setVisible(!rows_.empty());

    if (n) {
        typeLabel_->setText(type_ ? coreText(type_->displayName) : QString::fromStdString(n->type));
        descriptionLabel_->setText(
            type_ ? coreText(type_->description)
                  : tr("Unknown block type: this version of the application cannot use it."));
        typeLabel_->setToolTip(QString::fromStdString(n->type));
    }
    applyLock();
    refreshValues();
    refreshDetails();
}

QWidget* Inspector::createEditor(const mtl::ParamSpec& spec) {
    const int merge = mergeKeyFor(id_, spec.key);
    QWidget* editor = nullptr;
    switch (spec.def.kind) {
        case Kind::Int: {
            auto* spin = new IntSpinBox;
            spin->setRange(intBound(spec.min), intBound(spec.max));
            connect(spin, &QSpinBox::valueChanged, this,
                    [this, spin, merge](int v) { commit(spin, mtl::ParamValue::ofInt(v), merge); });
            editor = spin;
            break;
        }
        case Kind::Real: {
            auto* spin = new RealSpinBox;
            spin->setRange(spec.min, spec.max);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin, merge](double v) {
                commit(spin, mtl::ParamValue::ofReal(v), merge);
            });
            editor = spin;
            break;
        }
        case Kind::Bool: {
            auto* check = new QCheckBox;
            connect(check, &QCheckBox::toggled, this,
                    [this, check](bool on) { commit(check, mtl::ParamValue::ofBool(on)); });
            editor = check;
            break;
        }
        case Kind::String:
            if (!spec.choices.empty()) {
                auto* combo = new QComboBox;
                for (const std::string& choice : spec.choices)
                    combo->addItem(coreText(choice), QString::fromStdString(choice));
                connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int i) {
                    commit(combo,
                           mtl::ParamValue::ofString(combo->itemData(i).toString().toStdString()));
                });
                editor = combo;
            } else {
                auto* edit = new QLineEdit;
                connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
                    edit->setModified(false);
                    commit(edit, mtl::ParamValue::ofString(edit->text().toStdString()));
                });
                editor = edit;
            }
            break;
        case Kind::IntList: {
            auto* edit = new QLineEdit;
            edit->setPlaceholderText(spec.allowEmpty ? tr("none") : QStringLiteral("64,32"));
            const QString invalid = tr("Enter whole numbers separated by commas, e.g. 64,32.");
            connect(edit, &QLineEdit::textEdited, this, [this, edit, invalid](const QString& text) {
                std::vector<int> list;
                const bool ok = mtl::parseIntList(text.toStdString(), list);
                markInvalid(edit, !ok);
                if (const ParamRow* row = rowOf(edit))
                    setMessage(row->message, ok ? QString() : invalid);
            });
            connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
                std::vector<int> list;
                if (!mtl::parseIntList(edit->text().toStdString(), list)) return;  // stays marked
                edit->setModified(false);
                commit(edit, mtl::ParamValue::ofList(std::move(list)));
            });
            editor = edit;
            break;
        }
    }
    // The spin boxes take typed digits as one edit when done, and refuse (with the range) what
    // is not a number of the parameter's range: nothing is changed to another number.
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) {
        spin->setAccelerated(true);
        connect(spin, &QAbstractSpinBox::editingFinished, doc_, &GraphDocument::endMerge);
    }
    QString tip = coreText(spec.help);
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        tip += QLatin1Char('\n') + tr("From %1 to %2.").arg(spin->minimum()).arg(spin->maximum());
    if (auto* spin = qobject_cast<RealSpinBox*>(editor))
        tip += QLatin1Char('\n') +
               tr("From %1 to %2.")
                   .arg(spin->textFromValue(spin->minimum()), spin->textFromValue(spin->maximum()));
    editor->setToolTip(tip);
    return editor;
}

void Inspector::showValue(const ParamRow& row, const mtl::ParamValue& v) {
    if (isTyping(row.editor)) return;
    const QSignalBlocker blocker(row.editor);
    QString message;
    // A value outside the range (e.g. from a project file) cannot be shown by the spin box, which
    // would show a bound instead: say what the block holds.
    QLocale locale;  // as the spin boxes write numbers
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    auto outside = [&](double x, const QString& text) {
        if (x >= row.spec->min && x <= row.spec->max) return;
        message = tr("This block holds %1, outside the allowed range %2 to %3: enter a value "
                     "in the range.")
                      .arg(text, locale.toString(row.spec->min, 'g', 6),
                           locale.toString(row.spec->max, 'g', 6));
    };
    switch (row.spec->def.kind) {
        case Kind::Int:
            if (auto* spin = static_cast<QSpinBox*>(row.editor); spin->value() != v.i)
                spin->setValue(
                    static_cast<int>(std::clamp<long long>(v.i, spin->minimum(), spin->maximum())));
            outside(static_cast<double>(v.i), locale.toString(v.i));
            break;
        case Kind::Real:
            if (auto* spin = static_cast<QDoubleSpinBox*>(row.editor); spin->value() != v.r)
                spin->setValue(v.r);
            outside(v.r, locale.toString(v.r, 'g', 6));
            break;
        case Kind::Bool:
            static_cast<QCheckBox*>(row.editor)->setChecked(v.b);
            break;
        case Kind::String:
            if (auto* combo = qobject_cast<QComboBox*>(row.editor))
                combo->setCurrentIndex(combo->findData(QString::fromStdString(v.s)));
            else
                static_cast<QLineEdit*>(row.editor)->setText(QString::fromStdString(v.s));
            break;
        case Kind::IntList: {
            auto* edit = static_cast<QLineEdit*>(row.editor);
            edit->setText(QString::fromStdString(v.toString()));
            markInvalid(edit, false);
            break;
        }
    }
    setMessage(row.message, message);
}

const Inspector::ParamRow* Inspector::rowOf(const QWidget* editor) const {
    const auto it = std::find_if(rows_.begin(), rows_.end(),
                                 [&](const ParamRow& r) { return r.editor == editor; });
    return it == rows_.end() ? nullptr : &*it;
}

void Inspector::commit(const QWidget* editor, const mtl::ParamValue& value, int mergeKey) {
    const ParamRow* row = rowOf(editor);
    // Nothing for an editor of a previous block, or without a change (e.g. a line edit left after
    // a refused edit: its reason stays).
    if (!row || value == currentValue(*row->spec)) return;
    const mtl::ParamSpec& spec = *row->spec;  // the registry's: outlives a rebuild
    QString reason;
    const bool ok = doc_->setParam(id_, spec.key, value, &reason, mergeKey);
    if (!(row = rowOf(editor))) return;            // the document's signals rebuilt the editors
    if (!ok) showValue(*row, currentValue(spec));  // back to the document's value
    setMessage(row->message, ok ? QString() : reason);
}

void Inspector::commitName() {
    nameEdit_->setModified(false);
    const mtl::Node* n = doc_->graph().node(id_);
    if (!n || nameEdit_->text() == QString::fromStdString(n->name)) return;
    QString reason;
    const bool ok = doc_->renameNode(id_, nameEdit_->text(), &reason);
    setMessage(nameMessage_, ok ? QString() : reason);
    if (const mtl::Node* now = doc_->graph().node(id_))
        nameEdit_->setText(QString::fromStdString(now->name));
}

void Inspector::refreshValues() {
    const mtl::Node* n = doc_->graph().node(id_);
    if (!n) return;
    if (mtl::Registry::instance().find(n->type) != type_) {
        rebuild();  // a new type: other parameters
        return;
    }
    if (!isTyping(nameEdit_)) nameEdit_->setText(QString::fromStdString(n->name));
    for (const ParamRow& row : rows_) showValue(row, currentValue(*row.spec));
}

void Inspector::refreshDetails() {
    const mtl::Node* n = doc_->graph().node(id_);
    const mtl::ValidationResult& validation = doc_->validation();

    // Ports: rebuilt (read-only labels), each with the shape that flows through it.
    pageLayout_->removeWidget(ports_);
    delete ports_;
    ports_ = new QWidget;
    auto* grid = new QGridLayout(ports_);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(2, 1);
    int line = 0;
    auto addPorts = [&](const QString& title, const std::vector<mtl::PortSpec>& ports,
                        bool inputs) {
        if (ports.empty()) return;
        grid->addWidget(secondaryLabel(title), line++, 0, 1, 3);
        for (const mtl::PortSpec& port : ports) {
            // An output's own shape; an input's is the shape of the output that feeds it.
            const mtl::PortRef self{id_, port.name};
            const std::optional<mtl::Edge> in =
                inputs ? doc_->graph().edgeInto(self) : std::nullopt;
            QString shape = tr("not connected");
            if (!inputs || in) {
                const auto it = validation.shapes.find(inputs ? in->from : self);
                shape = it != validation.shapes.end() ? GraphDocument::shapeText(it->second)
                                                      : tr("unknown");
            }
            const QString help = portHelpText(port);
            int column = 0;
            for (const QString& text : {QString::fromStdString(port.name),
                                        GraphDocument::portKindText(port.kind), shape}) {
                auto* label = new QLabel(text);
                label->setToolTip(help);
                grid->addWidget(label, line, column++);
            }
            ++line;
        }
    };
    if (n && type_) {
        const mtl::PortList ports = GraphDocument::portsOf(*n);
        addPorts(tr("Inputs"), ports.inputs, true);
        addPorts(tr("Outputs"), ports.outputs, false);
    }
    pageLayout_->insertWidget(pageLayout_->indexOf(portsHeading_) + 1, ports_);
    portsHeading_->setVisible(line > 0);

    // Problems of this block, errors in red and warnings in amber.
    QStringList problems;
    for (const mtl::Issue& issue : validation.issues) {
        if (!n || issue.node != id_) continue;
        QString kind = ProblemList::issueKindText(issue.kind);
        if (!issue.port.empty())
            kind = tr("%1 (port %2)").arg(kind, QString::fromStdString(issue.port));
        problems << QStringLiteral(
                        "<p style=\"margin-top:0\"><span style=\"color:%1\">■ "
                        "<b>%2</b></span><br>%3</p>")
                        .arg(ProblemList::severityColor(issue.severity).name(),
                             kind.toHtmlEscaped(), ProblemList::issueDetail(issue).toHtmlEscaped());
    }
    issues_->setText(problems.join(QString()));
    issues_->setVisible(!problems.isEmpty());
    issuesHeading_->setVisible(!problems.isEmpty());
}

void Inspector::setStructureLocked(bool locked) {
    locked_ = locked;
    applyLock();
}

void Inspector::applyLock() {
    for (const ParamRow& row : rows_) row.editor->setEnabled(!locked_ || !changesShapes(*row.spec));
}

}  // namespace mtl::ui
