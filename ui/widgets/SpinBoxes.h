#pragma once
// Spin boxes that never put another number in place of a typed one.
//
// Qt's spin boxes swallow a keystroke that would leave their range, and when editing ends on text
// they cannot take they quietly show another value (the previous one, or a bound of the range:
// "2000" typed into a box of 1 to 1024 became 200, "100" typed into one of 1e-07 to 10 became
// 1e-07). These take any text while it is typed.
// When editing ends (Enter, the focus leaves, an arrow step) on text that is not a number of the
// range, the value stays what it was and the box says so: refusal() and refusalChanged() give the
// translated reason with the allowed range and the kept value ("1e9 is outside the allowed range,
// 1e-07 to 1e+06: the value stays 0.001."), shown in the message label given to
// setMessageLabel() (hidden while there is none). The next accepted value clears it. A refused
// Enter does not reach a dialog's default button.
//
// Typed text is one change when done (keyboard tracking is off). The mouse wheel changes a box only
// while it has the focus (a click or Tab gives it): over an unfocused box it scrolls the panel
// the box sits in, so that scrolling a settings dock does not change the values it passes over.
//
// RealSpinBox: real values that range over decades (learning rates, regularisers, loss weights):
// accepts scientific notation ("1e-3") in the locale's or the C notation, shows six significant
// digits and steps by the value's own decade (0.001 -> 0.002, 0.9 -> 1, down from 1 -> 0.9).
// DecimalSpinBox: a QDoubleSpinBox with a fixed number of decimals (more are refused, not
// rounded). IntSpinBox: whole numbers.
#include <QDoubleSpinBox>
#include <QPointer>
#include <QSpinBox>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace mtl::ui {

// What the three spin boxes share: whether the user has typed since editing last ended, and the
// reason the last typed text was refused (shown in the message label, if any). Not a QObject:
// each box emits its own refusalChanged().
class SpinGuard {
public:
    struct Hooks {
        std::function<QString()> why;        // the reason the current text is refused, or empty
        std::function<QString()> valueText;  // the box's value as it shows it
        std::function<void(const QString&)> changed;  // the reason changed
    };
    void install(QAbstractSpinBox* spin, QLineEdit* edit, Hooks hooks);
    // Editing ends (Enter, focus out, an arrow step): typed text that is refused is replaced by
    // the box's value (so that Qt interprets nothing else) and false is returned.
    bool editingEnds();
    bool typed() const { return typed_; }  // since editing last ended
    const QString& reason() const { return reason_; }
    void setLabel(QLabel* label);
    void setReason(const QString& reason);

private:
    QAbstractSpinBox* spin_ = nullptr;
    QLineEdit* edit_ = nullptr;
    Hooks hooks_;
    bool typed_ = false;
    QString reason_;
    QPointer<QLabel> label_;
};

class RealSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit RealSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double v) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;

    QString refusal() const { return guard_.reason(); }
    void setMessageLabel(QLabel* label) { guard_.setLabel(label); }

signals:
    void refusalChanged(const QString& reason);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    std::optional<double> parse(const QString& text) const;
    QString why() const;  // the reason the typed text is refused, or empty
    QString valueText() const;
    void guard();
    SpinGuard guard_;
};

class DecimalSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit DecimalSpinBox(QWidget* parent = nullptr);

    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;

    QString refusal() const { return guard_.reason(); }
    void setMessageLabel(QLabel* label) { guard_.setLabel(label); }

signals:
    void refusalChanged(const QString& reason);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QString why() const;
    QString valueText() const;
    void guard();
    SpinGuard guard_;
};

class IntSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit IntSpinBox(QWidget* parent = nullptr);

    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;

    QString refusal() const { return guard_.reason(); }
    void setMessageLabel(QLabel* label) { guard_.setLabel(label); }

signals:
    void refusalChanged(const QString& reason);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QString why() const;
    QString valueText() const;
    void guard();
    SpinGuard guard_;
};

// An inline message in the error colour, hidden while empty (the reason a value was refused).
QLabel* refusalLabel();

QWidget* fieldAbove(QWidget* field, QLabel* message);  // the two, stacked without margins

// `field` (a spin box, or a row holding one) above a refusal label that `spin` reports to.
template <class Spin>
QWidget* withRefusalMessage(QWidget* field, Spin* spin) {
    QLabel* message = refusalLabel();
    spin->setMessageLabel(message);
    return fieldAbove(field, message);
}

}  // namespace mtl::ui
