#pragma once
// Presentation scale: how much larger than normal the things a class looks at are drawn (the
// canvas's blocks and labels, the charts' fonts and lines, the gate heatmap's cells and numbers,
// and the text of the docks that follow it). One application-wide value, 100 % to 200 %, kept in
// QSettings under kPresentationSetting.
//
// Contract: PresentationScale::instance() is the single place that holds the value. Anything that
// draws at the presentation scale reads presentationScale() (a factor, 1.0 = 100 %) when it lays
// itself out, and follows the instance's changed() signal to lay itself out again. Widgets whose
// text should simply grow (a dock's contents, lesson text) call follow(widget): their font becomes
// the application font times the factor, now and after every change (children inherit it unless
// they set their own font). setPercent() refuses a value outside 100..200 (returns false and keeps
// the previous one). Nothing here knows the main window: it only wires the actions to it.
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace mtl::ui {

inline constexpr const char* kPresentationSetting = "appearance/presentationScale";

class PresentationScale : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinPercent = 100, kMaxPercent = 200, kStep = 25;

    static PresentationScale* instance();
    // The steps offered in the View menu: 100, 125, ..., 200.
    static QList<int> steps();

    int percent() const { return percent_; }
    double factor() const { return percent_ / 100.0; }
    // `font` enlarged by the factor (point or pixel size, whichever it has).
    QFont scaled(const QFont& font) const;
    // Keeps `widget`'s font at the application font times the factor (until it is destroyed).
    void follow(QWidget* widget);
    // Reads the saved value (an invalid saved value: 100 %).
    void load();

public slots:
    // False (value unchanged) unless kMinPercent <= percent <= kMaxPercent. Saved in QSettings.
    bool setPercent(int percent);
    void increase();  // to the next step (200 % stays)
    void decrease();  // to the previous step (100 % stays)

signals:
    void changed(double factor);

private:
    explicit PresentationScale(QObject* parent = nullptr);
    void apply(QWidget* widget) const;

    int percent_ = 100;
    QList<QPointer<QWidget>> followers_;
};

// PresentationScale::instance()->factor(): 1.0 at 100 %.
double presentationScale();

}  // namespace mtl::ui
