#include "widgets/RealSpinBox.h"

#include <QRegularExpression>
#include <cmath>

namespace mtl::ui {

RealSpinBox::RealSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(12);  // QDoubleSpinBox rounds values to this; the text has its own format
    QLocale l = locale();
    l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    setLocale(l);
}

QString RealSpinBox::textFromValue(double v) const { return locale().toString(v, 'g', 6); }

double RealSpinBox::valueFromText(const QString& text) const {
    return parse(text).value_or(value());
}

QValidator::State RealSpinBox::validate(QString& text, int&) const {
    if (const std::optional<double> v = parse(text))
        return *v >= minimum() && *v <= maximum() ? QValidator::Acceptable
                                                  : QValidator::Intermediate;
    static const QRegularExpression partial(
        QStringLiteral(R"(^[+-]?\d*([.,]\d*)?([eE][+-]?\d*)?$)"));
    return partial.match(text.trimmed()).hasMatch() ? QValidator::Intermediate
                                                    : QValidator::Invalid;
}

void RealSpinBox::stepBy(int steps) {
    const bool up = steps > 0;
    double v = value();
    for (int i = 0; i < std::abs(steps); ++i) {
        double step = 0.1;  // from zero
        if (v != 0) {
            step = std::pow(10.0, std::floor(std::log10(std::abs(v)) + 1e-9));
            if (up != (v > 0) && std::abs(std::abs(v) - step) < step * 1e-9) step /= 10;
        }
        v = QString::number(up ? v + step : v - step, 'g', 12)
                .toDouble();  // 0.3, not 0.30000000000000004
    }
    setValue(v);  // clamped to the range
}

// The locale's notation, else the C locale's ("1e-3", "0.9" work everywhere).
std::optional<double> RealSpinBox::parse(const QString& text) const {
    const QString t = text.trimmed();
    bool ok = false;
    double v = locale().toDouble(t, &ok);
    if (!ok) v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

}  // namespace mtl::ui
