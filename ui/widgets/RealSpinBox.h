#pragma once
// A spin box for real values that range over decades (learning rates, regularisers, loss
// weights): accepts scientific notation ("1e-3") in the locale's or the C notation, shows six
// significant digits and steps by the value's own decade (0.001 -> 0.002, 0.9 -> 1, down from
// 1 -> 0.9).
#include <QDoubleSpinBox>
#include <optional>

namespace mtl::ui {

class RealSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit RealSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double v) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;

private:
    std::optional<double> parse(const QString& text) const;
};

}  // namespace mtl::ui
