#pragma once
// Helpers for GUI tests that meet modal dialogs.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace ui_test {

// The text (and informative text) of the last dialog answered by answerNextDialog().
inline QString shown;

// Answers the next modal QMessageBox with `button`, recording its text in `shown`; gives up after
// about 10 s (the test then fails on the text it expected).
inline void answerNextDialog(QMessageBox::StandardButton button, int triesLeft = 1000) {
    if (triesLeft == 1000) shown.clear();
    QTimer::singleShot(10, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0) answerNextDialog(button, triesLeft - 1);
            return;
        }
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button) ? box->button(button)->click() : box->reject();
    });
}

}  // namespace ui_test
