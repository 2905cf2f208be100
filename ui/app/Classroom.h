#pragma once
// Classroom mode: hides groups of advanced controls so that a class sees only what a lesson needs
// (like TensorFlow Playground's hidable controls). The teacher chooses the groups in a small
// dialog ("Classroom Mode Settings…"); the choice and the on/off state belong to the project
// (mtl::ClassroomSettings in core/io/Archive.h), so a project prepared at home opens in class
// the same way.
//
// Contract: groups are registered once by the main window under stable string keys (the keys
// saved in project files: never translated names or widget pointers), each with the docks, the
// actions and the form fields it hides. Hiding a dock also hides its entry in the View menu;
// leaving classroom mode (or un-choosing a group) gives every dock back the visibility it had
// before. A form field hides its whole form (labels included) and the heading just above it.
// Unknown keys read from a file are kept (saved again) and ignored. settings() / setSettings()
// move the state to and from a project; setSettings() does not count as a user change, while
// the action, the dialog, setEnabled() and setHiddenGroups() do (changed() is emitted and
// isModified() becomes true until setModified(false)).
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "io/Archive.h"

class QAction;
class QDialog;
class QDockWidget;
class QWidget;

namespace mtl::ui {

class ClassroomMode : public QObject {
    Q_OBJECT
public:
    explicit ClassroomMode(QObject* parent = nullptr);

    void addGroup(const QString& key, const QString& label, const QList<QDockWidget*>& docks,
                  const QList<QAction*>& actions = {}, const QList<QWidget*>& formFields = {});
    QStringList groupKeys() const;  // in registration order
    QString groupLabel(const QString& key) const;

    bool isEnabled() const { return settings_.enabled; }
    QStringList hiddenGroups() const;         // chosen keys (also while the mode is off)
    bool isHiding(const QString& key) const;  // on, and the group is chosen

    mtl::ClassroomSettings settings() const { return settings_; }
    void setSettings(const mtl::ClassroomSettings& settings);  // not a user change
    bool isModified() const { return modified_; }
    void setModified(bool modified) { modified_ = modified; }

    // The checkable "Classroom Mode" action and the "Classroom Mode Settings…" action.
    QAction* toggleAction() const { return toggle_; }
    QAction* settingsAction() const { return settingsAction_; }
    // The settings dialog (one check box per group, object names "classroom_<key>"), not shown.
    QDialog* createSettingsDialog(QWidget* parent);
    // Gives every hidden control back (before the window saves its dock layout): the settings
    // are unchanged and apply() hides them again.
    void revealAll();
    void apply();

public slots:
    void setEnabled(bool on);
    void setHiddenGroups(const QStringList& keys);
    void editSettings(QWidget* parent);  // runs the dialog

signals:
    void enabledChanged(bool on);
    void changed();  // a user change of the project's classroom settings

private:
    struct Group {
        QString key, label;
        QList<QPointer<QDockWidget>> docks;
        QList<QPointer<QAction>> actions;
        QList<QPointer<QWidget>> formFields;
        bool hidden = false;           // hidden by this mode now
        QList<bool> docksWereVisible;  // before they were hidden
    };
    void userChanged();
    static void setFieldFormVisible(QWidget* field, bool visible);

    QList<Group> groups_;
    mtl::ClassroomSettings settings_;
    bool modified_ = false;
    QAction* toggle_ = nullptr;
    QAction* settingsAction_ = nullptr;
};

}  // namespace mtl::ui
