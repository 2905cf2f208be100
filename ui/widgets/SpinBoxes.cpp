#include "widgets/SpinBoxes.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "editor/ProblemList.h"

namespace mtl::ui {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("mtl::ui::SpinBoxes", text, nullptr, n);
}

enum class Problem { Empty, NotNumber, NotWhole, OutOfRange, TooManyDecimals };

// Why `typed` is refused, with the allowed range [lo, hi] and the value that stays.
QString reason(Problem problem, const QString& typed, const QString& lo, const QString& hi,
               const QString& kept, int decimals = 0) {
    switch (problem) {
        case Problem::Empty:
            return tr("Enter a value from %1 to %2; the value stays %3.").arg(lo, hi, kept);
        case Problem::NotNumber:
            return tr("'%1' is not a number. Enter a value from %2 to %3; the value stays %4.")
                .arg(typed, lo, hi, kept);
        case Problem::NotWhole:
            return tr("'%1' is not a whole number. Enter one from %2 to %3; the value stays %4.")
                .arg(typed, lo, hi, kept);
        case Problem::OutOfRange:
            return tr("%1 is outside the allowed range, %2 to %3: the value stays %4.")
                .arg(typed, lo, hi, kept);
        case Problem::TooManyDecimals:
            return tr("%1 has more than %n decimal place(s): the value stays %2.", decimals)
                .arg(typed, kept);
    }
    return {};
}

// A number in the locale's notation, else in the C locale's ("1e-3", "0.9" work everywhere).
std::optional<double> parseReal(const QLocale& locale, const QString& text) {
    const QString t = text.trimmed();
    bool ok = false;
    double v = locale.toDouble(t, &ok);
    if (!ok) v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<long long> parseWhole(const QLocale& locale, const QString& text) {
    const QString t = text.trimmed();
    bool ok = false;
    long long v = locale.toLongLong(t, &ok);
    if (!ok) v = t.toLongLong(&ok);
    return ok ? std::optional<long long>(v) : std::nullopt;
}

bool isEnter(const QKeyEvent* event) {
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

}  // namespace

void SpinGuard::install(QAbstractSpinBox* spin, QLineEdit* edit, Hooks hooks) {
    spin_ = spin;
    edit_ = edit;
    hooks_ = std::move(hooks);
    spin->setKeyboardTracking(false);  // typed text is one change when done
    spin->setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    spin->setFocusPolicy(Qt::StrongFocus);  // not WheelFocus: see wheelEvent
    QObject::connect(edit, &QLineEdit::textEdited, spin, [this] { typed_ = true; });
}

bool SpinGuard::editingEnds() {
    if (!typed_) return true;
    typed_ = false;
    const QString why = hooks_.why();
    setReason(why);
    if (why.isEmpty()) return true;
    edit_->setText(hooks_.valueText());
    spin_->selectAll();
    return false;
}

void SpinGuard::setReason(const QString& reason) {
    if (label_) {
        label_->setText(reason);
        label_->setVisible(!reason.isEmpty());
    }
    if (reason == reason_) return;
    reason_ = reason;
    hooks_.changed(reason);
}

void SpinGuard::setLabel(QLabel* label) {
    label_ = label;
    if (label_) {
        label_->setText(reason_);
        label_->setVisible(!reason_.isEmpty());
    }
}

QLabel* refusalLabel() {
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("refusal"));
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, ProblemList::severityColor(mtl::Issue::Severity::Error));
    label->setPalette(p);
    label->hide();
    return label;
}

QWidget* fieldAbove(QWidget* field, QLabel* message) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

// Each box checks typed text when editing ends (SpinGuard) before Qt interprets it, and forgets a
// refusal when its value changes.
#define MTL_SPIN_GUARD(Class, Base)                                                       \
    void Class::keyPressEvent(QKeyEvent* event) {                                         \
        const bool refused = isEnter(event) && !guard_.editingEnds();                     \
        Base::keyPressEvent(event);                                                       \
        if (refused) event->accept(); /* not a dialog's default button either */          \
    }                                                                                     \
    void Class::focusOutEvent(QFocusEvent* event) {                                       \
        guard_.editingEnds();                                                             \
        Base::focusOutEvent(event);                                                       \
    }                                                                                     \
    void Class::wheelEvent(QWheelEvent* event) {                                          \
        if (!hasFocus()) return event->ignore(); /* the panel scrolls */                  \
        Base::wheelEvent(event);                                                          \
    }                                                                                     \
    void Class::guard() {                                                                 \
        guard_.install(this, lineEdit(),                                                  \
                       {[this] { return why(); }, [this] { return valueText(); },         \
                        [this](const QString& reason) { emit refusalChanged(reason); }}); \
        connect(this, &Base::valueChanged, this, [this] { guard_.setReason({}); });       \
    }
MTL_SPIN_GUARD(RealSpinBox, QDoubleSpinBox)
MTL_SPIN_GUARD(DecimalSpinBox, QDoubleSpinBox)
MTL_SPIN_GUARD(IntSpinBox, QSpinBox)
#undef MTL_SPIN_GUARD

// ------------------------------------------------------------------------------- RealSpinBox

RealSpinBox::RealSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    // QDoubleSpinBox rounds values to its decimals (12 made 1e-13 a silent 0): as many as a double
    // has (Qt's maximum, 323). The text has its own format.
    setDecimals(DBL_MAX_10_EXP + DBL_DIG);
    QLocale l = locale();
    l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    setLocale(l);
    guard();
}

QString RealSpinBox::textFromValue(double v) const { return locale().toString(v, 'g', 6); }

double RealSpinBox::valueFromText(const QString& text) const {
    if (text == textFromValue(value())) return value();  // not its six-digit rounding
    return parse(text).value_or(value());
}

QValidator::State RealSpinBox::validate(QString& text, int&) const {
    const std::optional<double> v = parse(text);
    return v && *v >= minimum() && *v <= maximum() ? QValidator::Acceptable
                                                   : QValidator::Intermediate;
}

void RealSpinBox::stepBy(int steps) {
    const bool typed = guard_.typed();
    if (!guard_.editingEnds()) return;
    double v = typed ? parse(cleanText()).value_or(value()) : value();  // from a typed value
    const bool up = steps > 0;
    for (int i = 0; i < std::abs(steps); ++i) {
        double step = 0.1;  // from zero
        if (v != 0) {
            step = std::pow(10.0, std::floor(std::log10(std::abs(v)) + 1e-9));
            if (up != (v > 0) && std::abs(std::abs(v) - step) < step * 1e-9) step /= 10;
        }
        v = QString::number(up ? v + step : v - step, 'g', 12)
                .toDouble();  // 0.3, not 0.30000000000000004
    }
    setValue(std::clamp(v, minimum(), maximum()));  // an arrow stops at the end of the range
}

std::optional<double> RealSpinBox::parse(const QString& text) const {
    return parseReal(locale(), text);
}

QString RealSpinBox::valueText() const { return textFromValue(value()); }

QString RealSpinBox::why() const {
    const QString typed = cleanText().trimmed();
    const QString lo = textFromValue(minimum()), hi = textFromValue(maximum());
    const std::optional<double> v = parse(typed);
    if (typed.isEmpty()) return reason(Problem::Empty, typed, lo, hi, valueText());
    if (!v || std::isnan(*v)) return reason(Problem::NotNumber, typed, lo, hi, valueText());
    if (*v < minimum() || *v > maximum())
        return reason(Problem::OutOfRange, typed, lo, hi, valueText());
    return {};
}

// ---------------------------------------------------------------------------- DecimalSpinBox

DecimalSpinBox::DecimalSpinBox(QWidget* parent) : QDoubleSpinBox(parent) { guard(); }

QValidator::State DecimalSpinBox::validate(QString& text, int& pos) const {
    return QDoubleSpinBox::validate(text, pos) == QValidator::Acceptable ? QValidator::Acceptable
                                                                         : QValidator::Intermediate;
}

void DecimalSpinBox::stepBy(int steps) {
    if (guard_.editingEnds()) QDoubleSpinBox::stepBy(steps);
}

QString DecimalSpinBox::valueText() const { return textFromValue(value()); }

QString DecimalSpinBox::why() const {
    QString text = lineEdit()->text();
    int pos = 0;
    if (validate(text, pos) == QValidator::Acceptable) return {};
    const QString typed = cleanText().trimmed();
    const QString lo = textFromValue(minimum()), hi = textFromValue(maximum());
    const std::optional<double> v = parseReal(locale(), typed);
    Problem problem = Problem::TooManyDecimals;  // a number in range that Qt does not take
    if (typed.isEmpty())
        problem = Problem::Empty;
    else if (!v || std::isnan(*v))
        problem = Problem::NotNumber;
    else if (*v < minimum() || *v > maximum())
        problem = Problem::OutOfRange;
    else if (decimals() == 0 && std::floor(*v) != *v)
        problem = Problem::NotWhole;
    return reason(problem, typed, lo, hi, valueText(), decimals());
}

// -------------------------------------------------------------------------------- IntSpinBox

IntSpinBox::IntSpinBox(QWidget* parent) : QSpinBox(parent) { guard(); }

QValidator::State IntSpinBox::validate(QString& text, int& pos) const {
    return QSpinBox::validate(text, pos) == QValidator::Acceptable ? QValidator::Acceptable
                                                                   : QValidator::Intermediate;
}

void IntSpinBox::stepBy(int steps) {
    if (guard_.editingEnds()) QSpinBox::stepBy(steps);
}

QString IntSpinBox::valueText() const {
    return value() == minimum() && !specialValueText().isEmpty() ? specialValueText()
                                                                 : textFromValue(value());
}

QString IntSpinBox::why() const {
    QString text = lineEdit()->text();
    int pos = 0;
    if (validate(text, pos) == QValidator::Acceptable) return {};
    const QString typed = cleanText().trimmed();
    const QString lo = textFromValue(minimum()), hi = textFromValue(maximum());
    const std::optional<long long> v = parseWhole(locale(), typed);
    Problem problem = Problem::OutOfRange;
    if (typed.isEmpty())
        problem = Problem::Empty;
    else if (!v)
        problem = parseReal(locale(), typed) ? Problem::NotWhole : Problem::NotNumber;
    return reason(problem, typed, lo, hi, valueText());
}

}  // namespace mtl::ui
