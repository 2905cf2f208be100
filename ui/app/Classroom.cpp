#include "app/Classroom.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWidget>
#include <algorithm>

namespace mtl::ui {

ClassroomMode::ClassroomMode(QObject* parent) : QObject(parent) {
    toggle_ = new QAction(tr("&Classroom Mode"), this);
    toggle_->setObjectName(QStringLiteral("classroomMode"));
    toggle_->setCheckable(true);
    toggle_->setShortcut(QKeySequence(Qt::Key_F11));
    toggle_->setStatusTip(tr("Hide the advanced controls chosen in the classroom mode settings"));
    toggle_->setToolTip(toggle_->statusTip() + QStringLiteral(" (") +
                        toggle_->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    connect(toggle_, &QAction::triggered, this, &ClassroomMode::setEnabled);
    settingsAction_ = new QAction(tr("Classroom Mode &Settings…"), this);
    settingsAction_->setObjectName(QStringLiteral("classroomSettings"));
    settingsAction_->setStatusTip(tr("Choose which controls classroom mode hides"));
    connect(settingsAction_, &QAction::triggered, this,
            [this] { editSettings(qobject_cast<QWidget*>(this->parent())); });
}

void ClassroomMode::addGroup(const QString& key, const QString& label,
                             const QList<QDockWidget*>& docks, const QList<QAction*>& actions,
                             const QList<QWidget*>& formFields) {
    Group g;
    g.key = key;
    g.label = label;
    for (QDockWidget* d : docks)
        if (d) g.docks << d;
    for (QAction* a : actions)
        if (a) g.actions << a;
    for (QWidget* w : formFields)
        if (w) g.formFields << w;
    groups_ << g;
    apply();
}

QStringList ClassroomMode::groupKeys() const {
    QStringList keys;
    for (const Group& g : groups_) keys << g.key;
    return keys;
}

QString ClassroomMode::groupLabel(const QString& key) const {
    for (const Group& g : groups_)
        if (g.key == key) return g.label;
    return key;
}

QStringList ClassroomMode::hiddenGroups() const {
    QStringList keys;
    for (const std::string& k : settings_.hidden) keys << QString::fromStdString(k);
    return keys;
}

bool ClassroomMode::isHiding(const QString& key) const {
    return settings_.enabled && hiddenGroups().contains(key);
}

void ClassroomMode::setSettings(const mtl::ClassroomSettings& settings) {
    const bool was = settings_.enabled;
    settings_ = settings;
    modified_ = false;
    {
        const QSignalBlocker quiet(toggle_);
        toggle_->setChecked(settings_.enabled);
    }
    apply();
    if (was != settings_.enabled) emit enabledChanged(settings_.enabled);
}

void ClassroomMode::setEnabled(bool on) {
    {
        const QSignalBlocker quiet(toggle_);
        toggle_->setChecked(on);
    }
    if (on == settings_.enabled) return;
    settings_.enabled = on;
    apply();
    emit enabledChanged(on);
    userChanged();
}

void ClassroomMode::setHiddenGroups(const QStringList& keys) {
    // Known groups in registration order, then the unknown keys the file had.
    std::vector<std::string> hidden;
    for (const Group& g : groups_)
        if (keys.contains(g.key)) hidden.push_back(g.key.toStdString());
    const QStringList known = groupKeys();
    for (const std::string& k : settings_.hidden)
        if (!known.contains(QString::fromStdString(k))) hidden.push_back(k);
    if (hidden == settings_.hidden) return;
    settings_.hidden = hidden;
    apply();
    userChanged();
}

void ClassroomMode::userChanged() {
    modified_ = true;
    emit changed();
}

void ClassroomMode::setFieldFormVisible(QWidget* field, bool visible) {
    // The form holding the field, or a container around it (an editor with its message).
    QFormLayout* form = nullptr;
    for (QWidget* w = field; w && w->parentWidget() && !form; w = w->parentWidget())
        for (QFormLayout* f : w->parentWidget()->findChildren<QFormLayout*>())
            if (f->indexOf(w) >= 0) {
                form = f;
                break;
            }
    if (form) {
        for (int row = 0; row < form->rowCount(); ++row) form->setRowVisible(row, visible);
        // The section heading just above the form.
        if (auto* box = qobject_cast<QBoxLayout*>(form->parent())) {
            const int at = box->indexOf(form);
            if (at > 0)
                if (QWidget* heading = box->itemAt(at - 1)->widget())
                    if (qobject_cast<QLabel*>(heading)) heading->setVisible(visible);
        }
    }
}

void ClassroomMode::revealAll() {
    for (Group& g : groups_) {
        if (!g.hidden) continue;
        for (int i = 0; i < g.docks.size(); ++i)
            if (g.docks[i]) {
                g.docks[i]->toggleViewAction()->setVisible(true);
                g.docks[i]->setVisible(g.docksWereVisible.value(i, true));
            }
        for (const QPointer<QAction>& a : g.actions)
            if (a) a->setVisible(true);
        for (const QPointer<QWidget>& w : g.formFields)
            if (w) setFieldFormVisible(w, true);
        g.hidden = false;
    }
}

void ClassroomMode::apply() {
    const QStringList hidden = hiddenGroups();
    for (Group& g : groups_) {
        const bool hide = settings_.enabled && hidden.contains(g.key);
        if (hide == g.hidden) continue;
        if (hide) {
            g.docksWereVisible.clear();
            for (const QPointer<QDockWidget>& d : g.docks) {
                g.docksWereVisible << (d && d->toggleViewAction()->isChecked());
                if (!d) continue;
                d->hide();
                d->toggleViewAction()->setVisible(false);
            }
        } else {
            for (int i = 0; i < g.docks.size(); ++i)
                if (g.docks[i]) {
                    g.docks[i]->toggleViewAction()->setVisible(true);
                    g.docks[i]->setVisible(g.docksWereVisible.value(i, true));
                }
        }
        for (const QPointer<QAction>& a : g.actions)
            if (a) a->setVisible(!hide);
        for (const QPointer<QWidget>& w : g.formFields)
            if (w) setFieldFormVisible(w, !hide);
        g.hidden = hide;
    }
}

QDialog* ClassroomMode::createSettingsDialog(QWidget* parent) {
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("classroomSettingsDialog"));
    dialog->setWindowTitle(tr("Classroom Mode Settings"));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(
        tr("Classroom mode hides these controls. The choice is saved in the project."), dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QStringList hidden = hiddenGroups();
    QList<QCheckBox*> boxes;
    for (const Group& g : groups_) {
        auto* box = new QCheckBox(g.label, dialog);
        box->setObjectName(QStringLiteral("classroom_") + g.key);
        box->setChecked(hidden.contains(g.key));
        layout->addWidget(box);
        boxes << box;
    }
    auto* on = new QCheckBox(tr("Classroom mode &on"), dialog);
    on->setObjectName(QStringLiteral("classroom_enabled"));
    on->setChecked(settings_.enabled);
    layout->addWidget(on);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, boxes, on] {
        QStringList keys;
        for (QCheckBox* b : boxes)
            if (b->isChecked()) keys << b->objectName().mid(int(qstrlen("classroom_")));
        setHiddenGroups(keys);
        setEnabled(on->isChecked());
    });
    return dialog;
}

void ClassroomMode::editSettings(QWidget* parent) {
    QDialog* dialog = createSettingsDialog(parent);
    dialog->exec();
    delete dialog;
}

}  // namespace mtl::ui
