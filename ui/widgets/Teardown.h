#pragma once
// Destruction order of composite widgets.
//
// C++ destroys an object's members after its destructor body, and ~QWidget / ~QObject delete the
// children after that: by the time a child is destroyed, the parent's own members (hashes, lists,
// pointers to siblings) are gone, yet the parent still receives the child's signals, because
// ~QObject disconnects the parent last. Children emit while they die (QUndoStack clears its stack,
// QGraphicsScene clears its selection, models reset, windows hide), so a parent whose slots or
// lambdas read its members must cut those connections first: call disconnectDescendants(this) at
// the top of its destructor. Likewise an event filter installed on a child must be removed in the
// filtering object's destructor (the child still sends events, e.g. Hide, while it dies), and an
// event filter compares `watched` with a stored pointer instead of calling into a child that may
// be half-destroyed.
#include <QList>
#include <QObject>

namespace mtl::ui {

// Cuts every connection from a descendant of `owner` (at any depth) to `owner` itself.
inline void disconnectDescendants(QObject* owner) {
    const QList<QObject*> descendants = owner->findChildren<QObject*>();
    for (QObject* d : descendants) QObject::disconnect(d, nullptr, owner, nullptr);
}

}  // namespace mtl::ui
